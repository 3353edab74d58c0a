import { describe, expect, it } from 'vitest';
import { characterOfKeyCode, createScanDetector, SCAN_TIMING, type ScanStep } from '../../../../../src-renderer/features/club/scan-detector';

// Presses the physical keys of `codes` (then Enter) `gapMs` apart; the steps the detector answered.
function press(codes: readonly string[], gapMs: number | readonly number[], start = 1000): ScanStep[] {
  const detector = createScanDetector();
  let at = start;
  return [...codes, 'Enter'].map((code, index) => {
    if (index > 0) at += typeof gapMs === 'number' ? gapMs : gapMs[index - 1]!;
    return detector.press({ code, at, withCommand: false });
  });
}

const digits = (text: string) => [...text].map((digit) => `Digit${digit}`);

describe('card scan detection by keystroke timing', () => {
  it('reads a scanner burst ended by Enter as a code, from the physical keys', () => {
    const steps = press(digits('6037991234'), 4);
    expect(steps[0]).toEqual({ kind: 'started' });
    expect(steps.slice(1, -1).every((step) => step.kind === 'continued')).toBe(true);
    expect(steps.at(-1)).toEqual({ kind: 'scanned', code: '6037991234' });
  });

  it('takes the numeric keypad and letters too (a Persian layout types «۱» and «ض» for them)', () => {
    expect(press(['Numpad1', 'Numpad2', 'KeyC', 'ShiftLeft', 'KeyL', 'Minus', 'Digit9'], 3).at(-1)).toEqual({ kind: 'scanned', code: '12CL-9' });
    expect(characterOfKeyCode('Numpad0')).toBe('0');
    expect(characterOfKeyCode('Space')).toBeNull();
  });

  it('never fires for a person typing, however fast they manage a few keys', () => {
    expect(press(digits('09121234567'), 120).at(-1)).toEqual({ kind: 'ignored' });
    // Quick pairs, but not six in a row under the limit.
    expect(press(digits('09121234'), [20, 90, 20, 90, 20, 90, 20, 90]).at(-1)).toEqual({ kind: 'ignored' });
    // A pause before Enter: the person read the number, then confirmed it.
    expect(press(digits('0912123'), [...Array<number>(6).fill(5), 400]).at(-1)).toEqual({ kind: 'ignored' });
  });

  it('needs six characters fast enough on average, forgives one late key, and starts over after a pause', () => {
    expect(press(digits('12345'), 5).at(-1)).toEqual({ kind: 'ignored' });
    expect(press(digits('123456'), SCAN_TIMING.maxMeanGapMs).at(-1)).toEqual({ kind: 'scanned', code: '123456' });
    expect(press(digits('123456'), SCAN_TIMING.maxMeanGapMs + 1).at(-1)).toEqual({ kind: 'ignored' });
    // A busy PC delivers one key late: still a scan.
    expect(press(digits('100001015'), [5, 5, 120, 5, 5, 5, 5, 5, 5]).at(-1)).toEqual({ kind: 'scanned', code: '100001015' });
    expect(press(digits('123456'), [5, 5, SCAN_TIMING.maxGapMs + 1, 5, 5, 5]).at(-1)).toEqual({ kind: 'ignored' });
    // A human key, a long pause, then a scanner burst: the burst alone is the code.
    const steps = press(digits('7123456'), [1500, 5, 5, 5, 5, 5, 5]);
    expect(steps[1]).toEqual({ kind: 'started' });
    expect(steps.at(-1)).toEqual({ kind: 'scanned', code: '123456' });
  });

  it('drops the burst on a shortcut or a key that is not part of a code', () => {
    const detector = createScanDetector();
    for (const [index, code] of digits('1234').entries()) detector.press({ code, at: index * 5, withCommand: false });
    detector.press({ code: 'Digit5', at: 20, withCommand: true });
    expect(detector.press({ code: 'Enter', at: 25, withCommand: false })).toEqual({ kind: 'ignored' });
    expect(press([...digits('123'), 'Backspace', ...digits('456')], 5).at(-1)).toEqual({ kind: 'ignored' });
  });
});
