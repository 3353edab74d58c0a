import { describe, expect, it } from 'vitest';
import { IncomingCallTracker } from '../../../../../src-main/modules/telephony/call-tracker';

const kinds = (events: { kind: string }[]) => events.map((event) => event.kind);
const ring = { kind: 'ring', line: 1 } as const;
const callerId = (number: string | null, withheld: 'private' | null = null) => ({ kind: 'callerId', line: 1, number, withheld, name: null }) as const;

describe('one incoming call from its signals', () => {
  it('makes one call of many rings, pops it up when the number comes, and ends it when the rings stop', () => {
    const tracker = new IncomingCallTracker(8000);
    expect(kinds(tracker.signal(ring, 0))).toEqual(['started', 'rang']);
    expect(tracker.signal(callerId('2188776655'), 1500)).toEqual([
      { kind: 'identified', number: '2188776655', withheld: null, name: null },
      { kind: 'announce' },
    ]);
    expect(kinds(tracker.signal(ring, 5000))).toEqual(['rang']);
    // GSM repeats +CLIP with every ring: nothing new.
    expect(tracker.signal(callerId('2188776655'), 5001)).toEqual([]);
    // Eight seconds after the last signal.
    expect(tracker.tick(13_000)).toEqual([]);
    expect(tracker.tick(13_001)).toEqual([{ kind: 'ended' }]);
    expect(tracker.active).toBe(false);
  });

  it('takes caller ID sent before the first ring (ETSI), and a line without caller ID pops up at the second ring', () => {
    const etsi = new IncomingCallTracker(8000);
    expect(kinds(etsi.signal(callerId('09121112233'), 0))).toEqual(['started', 'identified', 'announce']);
    expect(kinds(etsi.signal(ring, 300))).toEqual(['rang']);

    const silent = new IncomingCallTracker(8000);
    expect(kinds(silent.signal(ring, 0))).toEqual(['started', 'rang']);
    expect(kinds(silent.signal(ring, 5000))).toEqual(['rang', 'announce']);
    expect(kinds(silent.signal(ring, 10_000))).toEqual(['rang']);
  });

  it('ends at the device\'s hang-up, starts a new call after a finished one, and ignores an answer with no call', () => {
    const tracker = new IncomingCallTracker(8000);
    expect(tracker.signal({ kind: 'answered', line: 1 }, 0)).toEqual([]);
    tracker.signal(ring, 0);
    expect(kinds(tracker.signal({ kind: 'answered', line: 1 }, 100))).toEqual(['answered']);
    expect(kinds(tracker.signal({ kind: 'ended', line: 1 }, 200))).toEqual(['ended']);
    // A ring long after the last one: the old call ends first, then a new one starts.
    tracker.signal(ring, 1000);
    expect(kinds(tracker.signal(ring, 20_000))).toEqual(['ended', 'started', 'rang']);
    expect(kinds(tracker.signal(callerId(null, 'private'), 20_500))).toEqual(['identified', 'announce']);
  });
});
