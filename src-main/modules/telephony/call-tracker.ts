import type { CallSignal } from '../../devices/ports';

export type TrackerEvent =
  // A call began: its first ring, or caller ID sent before the first ring (ETSI, DTMF lines).
  | { kind: 'started' }
  | { kind: 'rang'; rings: number }
  | { kind: 'identified'; number: string | null; withheld: 'private' | 'unavailable' | null; name: string | null }
  // Time to pop up: the number is known, or a second ring came without one (a line without caller ID).
  | { kind: 'announce' }
  | { kind: 'answered' }
  | { kind: 'ended' };

// One line's incoming call as the signals tell it: every ring of a call is one call; it ends when the
// device says so or when no ring came for `ringTimeoutMs` (there is no hang-up signal on most lines).
export class IncomingCallTracker {
  private call: { rings: number; lastSignalAt: number; identified: boolean; announced: boolean } | null = null;

  constructor(private readonly ringTimeoutMs: number) {}

  get active(): boolean {
    return this.call !== null;
  }

  signal(signal: CallSignal, now: number): TrackerEvent[] {
    const events: TrackerEvent[] = [...this.tick(now)];
    if (signal.kind === 'ended') {
      if (this.call) events.push(...this.end());
      return events;
    }
    if (!this.call) {
      if (signal.kind === 'answered') return events;
      this.call = { rings: 0, lastSignalAt: now, identified: false, announced: false };
      events.push({ kind: 'started' });
    }
    const call = this.call;
    call.lastSignalAt = now;
    if (signal.kind === 'ring') {
      call.rings++;
      events.push({ kind: 'rang', rings: call.rings });
      if (call.rings >= 2 && !call.announced) events.push(this.announce());
    } else if (signal.kind === 'callerId') {
      // Lines repeat +CLIP with every ring: the first one identifies the call.
      if (!call.identified) {
        call.identified = true;
        events.push({ kind: 'identified', number: signal.number, withheld: signal.withheld, name: signal.name });
        if (!call.announced) events.push(this.announce());
      }
    } else if (signal.kind === 'answered') {
      events.push({ kind: 'answered' });
    }
    return events;
  }

  // True when the rings have stopped long enough: tick() will end the call.
  expired(now: number): boolean {
    return this.call !== null && now - this.call.lastSignalAt >= this.ringTimeoutMs;
  }

  tick(now: number): TrackerEvent[] {
    return this.expired(now) ? this.end() : [];
  }

  private announce(): TrackerEvent {
    this.call!.announced = true;
    return { kind: 'announce' };
  }

  private end(): TrackerEvent[] {
    this.call = null;
    return [{ kind: 'ended' }];
  }
}
