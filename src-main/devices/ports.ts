// What modules see of devices: small interfaces, implemented under devices/ and handed to the modules
// by create-core. Modules import this file and nothing else from devices/ (a lint zone enforces it).

// The result of handing one SMS (a part for the modem, a whole message for a panel) to a gateway.
export type SubmitOutcome =
  // reference: the modem's TP-MR ("0"–"255") or the panel's message id; used to match delivery reports.
  | { kind: 'accepted'; reference: string }
  // Transient (network congestion, not registered, SIM busy, panel 5xx): nothing went out, try later.
  | { kind: 'retry'; code: string }
  // Permanent (bad PDU, no SMSC, barred, no credit, bad number): never retried.
  | { kind: 'rejected'; code: string }
  // The device went silent or away in the middle: it may or may not have gone out. Never resent silently.
  | { kind: 'unknown'; code: string };

export type GatewayState = 'off' | 'starting' | 'ready' | 'unavailable';

// Machine codes; the UI words them (src-shared/i18n). null when there is nothing wrong.
export type GatewayProblem =
  | 'port.missing' // no candidate path opens
  | 'modem.silent' // the port opens but nothing answers AT
  | 'modem.initFailed' // a configured init command was refused (caller ID may not be reported)
  | 'sim.missing'
  | 'sim.pinRequired' // a PIN is needed and none is configured
  | 'sim.wrongPin' // the one attempt failed: we stop so the SIM is not locked into PUK
  | 'sim.puk'
  | 'sim.busy'
  | 'network.searching'
  | 'network.denied'
  | 'network.none'
  | 'panel.auth' // the panel refused the key
  | 'panel.credit'
  | 'panel.unreachable';

export interface GatewayStatus {
  state: GatewayState;
  problem: GatewayProblem | null;
  // Modem facts, null when unknown or not a modem.
  path: string | null;
  manufacturer: string | null;
  model: string | null;
  operator: string | null;
  signalDbm: number | null;
  storage: { used: number; total: number } | null;
}

export interface InboundPart {
  // As the network gave it: +98912…, 0912…, or an alphanumeric sender name.
  from: string;
  fromType: 'international' | 'national' | 'alphanumeric' | 'unknown';
  text: string;
  // The service centre's time stamp (ISO 8601 with offset), null when the device gives none.
  sentAt: string | null;
  concat: { reference: number; total: number; sequence: number } | null;
}

export interface DeliveryReport {
  // TP-MR as a string, matched with the recipient and a time window (the modem reuses 0–255).
  reference: string;
  recipient: string;
  state: 'delivered' | 'pending' | 'failed';
  // TP-ST (0x00 delivered, 0x20–0x3F still trying, 0x40+ failed).
  status: number;
  at: string | null;
}

// The listener commits what it is given; only when its promise resolves does the modem delete the
// message from the SIM. A rejected promise leaves it there for the next poll.
export type InboundListener = (part: InboundPart) => Promise<void>;
export type DeliveryReportListener = (report: DeliveryReport) => Promise<void>;

export interface PartRequest {
  to: string;
  text: string;
  // Concatenation reference shared by the parts of one message (0–255), and which part to send (0-based).
  reference: number;
  partIndex: number;
  requestStatusReport: boolean;
}

export interface ModemGateway {
  readonly kind: 'modem';
  start(): void;
  stop(): Promise<void>;
  status(): GatewayStatus;
  onStatus(listener: (status: GatewayStatus) => void): () => void;
  // One part at a time: the outbox commits "submitting" before and the outcome after every part.
  submitPart(request: PartRequest): Promise<SubmitOutcome>;
  onInbound(listener: InboundListener): () => void;
  onDeliveryReport(listener: DeliveryReportListener): () => void;
}

export interface PanelMessage {
  // The outbox's message id, echoed back so outcomes are matched without relying on order.
  localId: number;
  // International form, +989…
  to: string;
  text: string;
}

export interface PanelDelivery {
  reference: string;
  state: 'delivered' | 'pending' | 'failed' | 'unknown';
}

export interface PanelInbound {
  // The panel's own id, kept so a message polled twice is stored once.
  id: string;
  from: string;
  text: string;
  receivedAt: string | null;
}

export interface PanelGateway {
  readonly kind: 'panel';
  status(): GatewayStatus;
  // A licensed panel takes the whole text (it splits and bills the parts) and many recipients per call.
  submitMessages(batch: readonly PanelMessage[]): Promise<Map<number, SubmitOutcome>>;
  queryDelivery(references: readonly string[]): Promise<PanelDelivery[]>;
  fetchInbound(): Promise<PanelInbound[]>;
}

export type SmsGateway = ModemGateway | PanelGateway;

// ---------- telephony ----------

// What a phone line reports. A source may carry several lines (multi-line caller-ID boxes): `line` is the
// line number within the source (1 for single-line sources).
export type CallSignal =
  | { kind: 'ring'; line: number }
  // The caller's number as the line gave it (digits, maybe without area code or with +98), or why there is none.
  | { kind: 'callerId'; line: number; number: string | null; withheld: 'private' | 'unavailable' | null; name: string | null }
  // The device says the call is over (NO CARRIER, ^CEND, a box's hang-up record); otherwise the core ends a
  // call when the rings stop.
  | { kind: 'ended'; line: number }
  // The handset was lifted or the far end answered an outgoing call (when the device can tell).
  | { kind: 'answered'; line: number };

export type DialOutcome = { kind: 'dialling' } | { kind: 'failed'; code: string };

export interface CallerIdSource {
  start(): void;
  stop(): Promise<void>;
  status(): GatewayStatus;
  onStatus(listener: (status: GatewayStatus) => void): () => void;
  onSignal(listener: (signal: CallSignal) => void): () => void;
  // Everything the device sends, as bytes: the settings screen shows it so an installer can see what an
  // unknown caller-ID box speaks.
  onRaw(listener: (bytes: Buffer) => void): () => void;
  // Click-to-dial; absent on sources that cannot dial (caller-ID boxes).
  dial?(number: string): Promise<DialOutcome>;
  hangUp?(): Promise<void>;
}

// A GSM modem is one device for both SMS and calls: one owner of its port.
export type GsmDevice = ModemGateway & CallerIdSource & Required<Pick<CallerIdSource, 'dial' | 'hangUp'>>;
