// The GSM modem driver's timeouts and intervals, and what a caller passes to create one.

export interface GsmModemTiming {
  // AT+CMGS waits for the network: up to 120 s (devices.md §2.9).
  sendTimeoutMs: number;
  commandTimeoutMs: number;
  // AT is tried this many times, this long each, before the modem counts as silent.
  probeAttempts: number;
  probeTimeoutMs: number;
  // Waits between tries while the SIM answers "busy" (after a PIN, devices.md §2.6).
  simBusyBackoffMs: readonly number[];
  // AT+CMGL=4 and the signal: stored messages give no +CMTI, and +CMTI stops when storage is full.
  pollIntervalMs: number;
  // AT+CREG? while not registered, in case the +CREG indication is missed.
  registrationRecheckMs: number;
  // Start-up is tried again after this when the modem was silent or the SIM missing or busy.
  startupRetryMs: number;
  // Between attempts to open a candidate port.
  reconnectMs: number;
  // How often the open port's device node is checked for still being there (see watchPort).
  portCheckMs: number;
  // AT+CLCC while an outgoing call is up: when the far end answers, and when the call is over.
  callPollMs: number;
}

export const DEFAULT_TIMING: GsmModemTiming = {
  sendTimeoutMs: 120_000,
  commandTimeoutMs: 10_000,
  probeAttempts: 3,
  probeTimeoutMs: 2_000,
  simBusyBackoffMs: [1_000, 2_000, 4_000, 8_000],
  pollIntervalMs: 60_000,
  registrationRecheckMs: 15_000,
  startupRetryMs: 30_000,
  reconnectMs: 1_000,
  portCheckMs: 2_000,
  callPollMs: 1_000,
};

export interface GsmModemOptions {
  // Port paths to try, asked again on every reconnect: a re-plugged modem may get another name.
  candidates: () => string[];
  pin: string | null;
  // Service centre number for AT+CSCA; null keeps the SIM's own.
  smsc: string | null;
  baudRate?: number;
  timing?: Partial<GsmModemTiming>;
  log?: (line: string) => void;
}
