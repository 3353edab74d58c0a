import { eq } from 'drizzle-orm';
import type { LineStatus, PhoneLine } from '../../../src-shared/api/telephony';
import { phoneLookupKey } from '../../../src-shared/domain/iran-ids';
import type { CallerIdSource, CallSignal } from '../../devices/ports';
import type { SystemAccess } from '../../core/dispatch';
import type { WriteCtx } from '../../core/context';
import { prepared } from '../../core/db/open';
import { logInteraction } from '../interactions/queries';
import { ownerOfNumber } from '../parties/contact-points';
import { defaultAreaCode } from '../settings/queries';
import { IncomingCallTracker, type TrackerEvent } from './call-tracker';
import { getCall } from './queries';
import { telephonySettings } from './schema';

export interface TelephonyDevices {
  createSource(line: PhoneLine): CallerIdSource;
  // `npm run serve -- --callerid kind:port,…`: these lines, whatever the stored settings say.
  linesOverride: PhoneLine[] | null;
}

export interface TelephonyTiming {
  tickMs: number;
}

const RAW_CHUNKS_KEPT = 200;

interface LiveLine {
  line: PhoneLine;
  key: string;
  source: CallerIdSource;
  off: (() => void)[];
  raw: { at: number; bytes: Buffer }[];
  // Per line number within the source (multi-line boxes).
  trackers: Map<number, { tracker: IncomingCallTracker; callId: number | null }>;
  // Signals are handled one after another per source: each step commits before the next.
  queue: Promise<void>;
  // The call this line is placing; its progress signals (answered, ended) are about it, not about a ringing.
  outgoingCallId: number | null;
}

// Owns the phone lines the settings ask for, turns their signals into calls (one per ringing, however many
// rings), pops them up on the right screens and logs them on the caller's record.
export class TelephonyService {
  private lines = new Map<string, LiveLine>();
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly system: SystemAccess,
    private readonly devices: TelephonyDevices,
    private readonly timing: TelephonyTiming = { tickMs: 500 },
  ) {}

  get linesOverride(): PhoneLine[] | null {
    return this.devices.linesOverride;
  }

  start(): void {
    this.running = true;
    this.reconfigure();
    this.timer = setInterval(() => this.tick(), this.timing.tickMs);
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearInterval(this.timer);
    const lines = [...this.lines.values()];
    this.lines.clear();
    for (const live of lines) for (const off of live.off) off();
    await Promise.all(lines.map((live) => live.queue));
    await Promise.all(lines.map((live) => live.source.stop()));
  }

  configuredLines(): PhoneLine[] {
    return this.devices.linesOverride ?? this.system.read((ctx) => ctx.db.select().from(telephonySettings).where(eq(telephonySettings.id, 1)).get()!.lines);
  }

  reconfigure(): void {
    if (!this.running) return;
    const wanted = this.configuredLines().filter((line) => line.enabled);
    for (const [id, live] of this.lines) {
      const line = wanted.find((candidate) => candidate.id === id);
      if (!line || JSON.stringify(line) !== live.key) {
        for (const off of live.off) off();
        void live.source.stop();
        this.lines.delete(id);
      }
    }
    for (const line of wanted) {
      if (this.lines.has(line.id)) continue;
      const source = this.devices.createSource(line);
      const live: LiveLine = { line, key: JSON.stringify(line), source, off: [], raw: [], trackers: new Map(), queue: Promise.resolve(), outgoingCallId: null };
      live.off.push(
        source.onSignal((signal) => this.enqueue(live, (ctx) => this.handle(ctx, live, signal))),
        source.onRaw((bytes) => {
          live.raw.push({ at: Date.now(), bytes });
          if (live.raw.length > RAW_CHUNKS_KEPT) live.raw.shift();
        }),
        source.onStatus(() => this.system.publish('telephony.callChanged', { call: null })),
      );
      this.lines.set(line.id, live);
      source.start();
    }
  }

  statuses(): LineStatus[] {
    return this.configuredLines().map((line) => {
      const live = this.lines.get(line.id);
      const status = live?.source.status();
      return {
        id: line.id,
        name: line.name,
        kind: line.kind,
        state: status?.state ?? 'off',
        problem: status?.problem ?? null,
        path: status?.path ?? null,
        canDial: typeof live?.source.dial === 'function',
      };
    });
  }

  rawCapture(lineId: string): { at: number; bytes: Buffer }[] {
    return this.lines.get(lineId)?.raw ?? [];
  }

  // A line that can dial: the one asked for, else the first ready one.
  dialLine(lineId: string | undefined): PhoneLine | null {
    const candidates = [...this.lines.values()].filter((live) => typeof live.source.dial === 'function' && (lineId === undefined || live.line.id === lineId));
    const ready = candidates.find((live) => live.source.status().state === 'ready') ?? (lineId !== undefined ? candidates[0] : undefined);
    return ready?.line ?? null;
  }

  // After the command that logged the outgoing call committed: the device dials, and the call follows.
  dial(callId: number, lineId: string, number: string): void {
    const live = this.lines.get(lineId);
    if (!live?.source.dial) return;
    live.outgoingCallId = callId;
    void live.source.dial(number).then((outcome) => {
      if (outcome.kind === 'failed') this.enqueue(live, (ctx) => this.finishOutgoing(ctx, live, outcome.code));
    });
  }

  hangUp(lineId: string): void {
    const live = this.lines.get(lineId);
    if (!live) return;
    live.outgoingCallId = null;
    void live.source.hangUp?.();
  }

  private finishOutgoing(ctx: WriteCtx, live: LiveLine, error: string | null): void {
    const callId = live.outgoingCallId;
    if (callId === null) return;
    live.outgoingCallId = null;
    prepared(ctx.db, `UPDATE calls SET state = 'ended', ended_at = coalesce(ended_at, ?), note = coalesce(note, ?) WHERE id = ?`).run(ctx.clock.now(), error, callId);
    ctx.emit('telephony.callChanged', { call: getCall(ctx.db, callId) });
  }

  // GSM lines tell when the far end answers and when the call is over; voice modems cannot.
  private outgoingProgress(ctx: WriteCtx, live: LiveLine, signal: CallSignal): void {
    if (signal.kind === 'ended') return this.finishOutgoing(ctx, live, null);
    prepared(ctx.db, `UPDATE calls SET state = 'answered' WHERE id = ?`).run(live.outgoingCallId);
    ctx.emit('telephony.callChanged', { call: getCall(ctx.db, live.outgoingCallId!) });
  }

  private enqueue(live: LiveLine, work: (ctx: WriteCtx) => void): void {
    live.queue = live.queue.then(() => this.system.write(work)).catch((error: unknown) => console.error('telephony: a call signal was not recorded', error));
  }

  private tick(): void {
    const now = this.system.read((ctx) => ctx.clock.now());
    for (const live of this.lines.values()) {
      for (const [lineNo, entry] of live.trackers) {
        if (!entry.tracker.expired(now)) continue;
        this.enqueue(live, (ctx) => this.apply(ctx, live, lineNo, entry.tracker.tick(ctx.clock.now())));
      }
    }
  }

  private handle(ctx: WriteCtx, live: LiveLine, signal: CallSignal): void {
    if (live.outgoingCallId !== null && (signal.kind === 'answered' || signal.kind === 'ended')) return this.outgoingProgress(ctx, live, signal);
    let entry = live.trackers.get(signal.line);
    if (!entry) {
      const seconds = ctx.db.select({ s: telephonySettings.ringTimeoutSeconds }).from(telephonySettings).where(eq(telephonySettings.id, 1)).get()?.s ?? 8;
      entry = { tracker: new IncomingCallTracker(seconds * 1000), callId: null };
      live.trackers.set(signal.line, entry);
    }
    this.apply(ctx, live, signal.line, entry.tracker.signal(signal, ctx.clock.now()));
  }

  private apply(ctx: WriteCtx, live: LiveLine, lineNo: number, events: TrackerEvent[]): void {
    const entry = live.trackers.get(lineNo)!;
    const now = ctx.clock.now();
    const lineName = lineNo > 1 || live.line.kind === 'box' ? `${live.line.name} (${lineNo})` : live.line.name;
    for (const event of events) {
      switch (event.kind) {
        case 'started':
          entry.callId = Number(
            prepared(ctx.db, `INSERT INTO calls (line_id, line_name, direction, state, started_at) VALUES (?, ?, 'incoming', 'ringing', ?)`).run(live.line.id, lineName, now)
              .lastInsertRowid,
          );
          break;
        case 'rang':
          prepared(ctx.db, `UPDATE calls SET rings = ? WHERE id = ?`).run(event.rings, entry.callId);
          break;
        case 'identified': {
          const key = event.number === null ? null : phoneLookupKey(event.number, defaultAreaCode(ctx.db));
          const owner = key === null ? undefined : ownerOfNumber(ctx.db, key);
          prepared(ctx.db, `UPDATE calls SET number = ?, withheld = ?, party_id = ? WHERE id = ?`).run(key ?? event.number, event.withheld, owner?.id ?? null, entry.callId);
          break;
        }
        case 'announce':
          ctx.emit('telephony.incomingCall', { call: getCall(ctx.db, entry.callId!) }, live.line.userIds.length > 0 ? live.line.userIds : 'all');
          break;
        case 'answered':
          prepared(ctx.db, `UPDATE calls SET state = 'answered' WHERE id = ?`).run(entry.callId);
          break;
        case 'ended':
          endIncoming(ctx, entry.callId!, now);
          entry.callId = null;
          break;
      }
    }
  }
}

// Nobody took it: a missed call. Either way it goes on the caller's record.
function endIncoming(ctx: WriteCtx, callId: number, now: number): void {
  prepared(ctx.db, `UPDATE calls SET state = CASE WHEN state = 'answered' THEN 'answered' ELSE 'missed' END, ended_at = ? WHERE id = ?`).run(now, callId);
  const call = getCall(ctx.db, callId);
  if (call.partyId !== null) logCall(ctx, call.id);
  ctx.emit('telephony.callChanged', { call: getCall(ctx.db, callId) });
}

// The interaction a call leaves on its party's record, written once.
export function logCall(ctx: WriteCtx, callId: number): number | null {
  const call = getCall(ctx.db, callId);
  if (call.partyId === null) return null;
  if (call.interactionId !== null) return call.interactionId;
  const subject = call.direction === 'outgoing' ? 'تماس خروجی' : call.state === 'missed' ? 'تماس بی‌پاسخ' : 'تماس ورودی';
  const interactionId = logInteraction(ctx, {
    partyId: call.partyId,
    subject,
    method: 'call',
    direction: call.direction,
    occurredAt: call.startedAt,
    userId: call.userId,
    description: `خط «${call.lineName}»`,
  });
  prepared(ctx.db, `UPDATE calls SET interaction_id = ? WHERE id = ?`).run(interactionId, callId);
  return interactionId;
}
