// A barcode scanner is a keyboard: it "types" the card code and presses Enter. What tells it from a person is
// speed. Wired scanners send a key every 1–20 ms; wireless ones and busy USB hubs stretch that to ~40 ms, and a
// loaded PC now and then delivers one key late. A fast typist keeps keys 80–150 ms apart and manages a quick
// pair now and then, never six in a row. So: at least `minLength` characters ended by Enter, no gap longer
// than `maxGapMs` (one late key does not break a scan) and on average at most `maxMeanGapMs` (which no
// person reaches over six keys). Card codes, membership numbers, mobiles and national codes are all longer
// than six characters. Times are the events' timeStamp, taken when the key reached the browser.
export const SCAN_TIMING = { minLength: 6, maxGapMs: 150, maxMeanGapMs: 35 } as const;

export type ScanTiming = { minLength: number; maxGapMs: number; maxMeanGapMs: number };

export interface ScanKey {
  // KeyboardEvent.code: the physical key. On a Persian layout `key` is «۱» or «ض», but `code` is Digit1 / KeyQ.
  code: string;
  // KeyboardEvent.timeStamp, in ms.
  at: number;
  // Ctrl, Alt or Meta held: a shortcut, never part of a scan.
  withCommand: boolean;
}

export type ScanStep =
  // This key starts what may be a scan: the caller remembers the focused field's value now.
  | { kind: 'started' }
  | { kind: 'continued' }
  // Enter closed a burst fast and long enough: a scanned code (ASCII digits and upper-case letters).
  | { kind: 'scanned'; code: string }
  | { kind: 'ignored' };

const SHIFT_KEYS = new Set(['ShiftLeft', 'ShiftRight']);

// Digit0–9 and Numpad0–9 → '0'–'9'; KeyA–KeyZ → 'A'–'Z'; Minus → '-'; anything else → null.
export function characterOfKeyCode(code: string): string | null {
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(code);
  if (digit) return digit[1]!;
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return letter[1]!;
  return code === 'Minus' || code === 'NumpadSubtract' ? '-' : null;
}

// Feeds key presses one by one; the answer says whether this key began, continued or closed a scan.
export function createScanDetector(timing: ScanTiming = SCAN_TIMING) {
  let typed = '';
  let firstAt = 0;
  let lastAt = Number.NEGATIVE_INFINITY;

  const reset = () => {
    typed = '';
    lastAt = Number.NEGATIVE_INFINITY;
  };

  return {
    press({ code, at, withCommand }: ScanKey): ScanStep {
      // Scanners press Shift for upper-case letters: it neither breaks nor times the burst.
      if (SHIFT_KEYS.has(code)) return { kind: 'ignored' };
      const quick = at - lastAt <= timing.maxGapMs;
      if (code === 'Enter' || code === 'NumpadEnter') {
        const fastEnough = (at - firstAt) / typed.length <= timing.maxMeanGapMs;
        const scanned = quick && typed.length >= timing.minLength && fastEnough ? typed : null;
        reset();
        return scanned === null ? { kind: 'ignored' } : { kind: 'scanned', code: scanned };
      }
      const character = withCommand ? null : characterOfKeyCode(code);
      if (character === null) {
        reset();
        return { kind: 'ignored' };
      }
      lastAt = at;
      if (quick && typed !== '') {
        typed += character;
        return { kind: 'continued' };
      }
      typed = character;
      firstAt = at;
      return { kind: 'started' };
    },
    reset,
  };
}
