// The modem's error policy (devices.md §2.6, §2.8): which +CMS/+CME codes are worth another try, when
// start-up must stop, and the SIM's PIN, tried once only so a wrong PIN cannot walk the SIM into PUK.

import type { GatewayProblem, SubmitOutcome } from '../ports';
import { parsePinState, type PinState } from './at-replies';
import { AtError, isRefusal } from './at-session';
import type { Lifetime, ModemLink } from './modem-link';

// §2.8: transient network or SIM conditions; nothing went out. 322 (memory full) clears after a read pass.
const RETRY_CMS = new Set([500, 512, 513, 514, 332, 331, 314, 515, 322]);
const SIM_BUSY_CME = new Set([14, 515]);
const SIM_BUSY_CMS = new Set([314, 515]);
const MEMORY_FULL_CMS = 322;

export function isSimBusy(error: unknown): boolean {
  if (!(error instanceof AtError) || error.code === null) return false;
  return error.failure === 'cme' ? SIM_BUSY_CME.has(error.code) : error.failure === 'cms' && SIM_BUSY_CMS.has(error.code);
}

function isCme(error: unknown, ...codes: number[]): boolean {
  return error instanceof AtError && error.failure === 'cme' && error.code !== null && codes.includes(error.code);
}

// Start-up cannot go on. retry: the condition may clear by itself (a silent modem, a SIM inserted late);
// otherwise someone has to act (wrong PIN, PUK) and trying again could lock the SIM.
export class StartupHalt extends Error {
  constructor(
    readonly problem: GatewayProblem,
    readonly retry: boolean,
  ) {
    super(problem);
    this.name = 'StartupHalt';
  }
}

// What a failed AT+CMGS means for the part, and what the modem should do next.
export type FollowUp = 'readStored' | 'recheckRegistration' | 'afterSilence';

export function sendErrorOutcome(error: AtError): { outcome: SubmitOutcome; then: FollowUp[] } {
  switch (error.failure) {
    case 'cms': {
      const code = error.code ?? 0;
      if (!RETRY_CMS.has(code)) return { outcome: { kind: 'rejected', code: `cms.${code}` }, then: [] };
      return { outcome: { kind: 'retry', code: `cms.${code}` }, then: code === MEMORY_FULL_CMS ? ['readStored', 'recheckRegistration'] : ['recheckRegistration'] };
    }
    case 'cme':
      return { outcome: { kind: isSimBusy(error) ? 'retry' : 'rejected', code: `cme.${error.code}` }, then: [] };
    case 'timeout':
      return { outcome: { kind: 'unknown', code: 'modem.noAnswer' }, then: ['afterSilence'] };
    case 'closed':
      return { outcome: { kind: 'unknown', code: 'modem.unplugged' }, then: [] };
    case 'error':
      return { outcome: { kind: 'rejected', code: 'modem.error' }, then: [] };
  }
}

export class SimUnlock {
  // PINs sent and not yet proven right: never sent again, not even after a re-plug.
  private readonly unprovenPins = new Set<string>();

  constructor(
    private readonly link: ModemLink,
    private readonly pin: string | null,
    // AT+CPIN? with retries while the SIM answers "busy".
    private readonly patiently: (life: Lifetime, command: string) => Promise<string[]>,
  ) {}

  async unlock(life: Lifetime): Promise<void> {
    const state = await this.pinState(life);
    if (state === 'ready') return;
    if (state === 'puk') throw new StartupHalt('sim.puk', false);
    const pin = this.pin;
    if (state !== 'pin' || pin === null) throw new StartupHalt('sim.pinRequired', false);
    if (this.unprovenPins.has(pin)) throw new StartupHalt('sim.wrongPin', false);
    this.unprovenPins.add(pin);
    try {
      await this.link.at(life, `AT+CPIN="${pin}"`);
    } catch (error) {
      if (isCme(error, 16)) throw new StartupHalt('sim.wrongPin', false);
      if (isCme(error, 12)) throw new StartupHalt('sim.puk', false);
      if (!isRefusal(error)) throw error;
    }
    const after = await this.pinState(life);
    if (after === 'ready') {
      this.unprovenPins.delete(pin);
      return;
    }
    throw new StartupHalt(after === 'puk' ? 'sim.puk' : 'sim.wrongPin', false);
  }

  private async pinState(life: Lifetime): Promise<PinState> {
    let lines: string[];
    try {
      lines = await this.patiently(life, 'AT+CPIN?');
    } catch (error) {
      if (isCme(error, 10, 13)) throw new StartupHalt('sim.missing', true);
      if (isCme(error, 11)) return 'pin';
      if (isCme(error, 12)) return 'puk';
      // Wavecom answers AT+CPIN? without OK (devices.md §2.4): the +CPIN line before the timeout is the answer.
      if (!(error instanceof AtError && error.failure === 'timeout' && parsePinState(error.lines) !== null)) throw error;
      lines = error.lines;
    }
    return parsePinState(lines) ?? 'other';
  }
}
