const PERSIAN_DIGIT_ZERO = 0x06f0;
const ARABIC_INDIC_DIGIT_ZERO = 0x0660;
const ZWNJ = '\u200C';

/**
 * ی/ک fix plus whitespace tidy, applied on save to names and free text.
 * Runs of horizontal whitespace become one space; line breaks are kept because notes are multi-line.
 */
export function normalizePersianText(s: string): string {
  return s
    .replace(/[\u064A\u0649]/g, '\u06CC')
    .replace(/\u0643/g, '\u06A9')
    .replace(/[^\S\r\n]+/g, ' ')
    .replace(/ ?(\r?\n) ?/g, '$1')
    .trim();
}

export function toAsciiDigits(s: string): string {
  return s.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (ch) => {
    const code = ch.charCodeAt(0);
    const zero = code >= PERSIAN_DIGIT_ZERO ? PERSIAN_DIGIT_ZERO : ARABIC_INDIC_DIGIT_ZERO;
    return String(code - zero);
  });
}

export function toPersianDigits(s: string | number): string {
  return String(s).replace(/[0-9]/g, (d) => String.fromCharCode(PERSIAN_DIGIT_ZERO + Number(d)));
}

// Everything foldForSearch does except removing ZWNJ, so searchTokens can still see compound boundaries.
function foldKeepingZwnj(s: string): string {
  // Removals first so that normalizePersianText's space collapsing sees the final text.
  const folded = toAsciiDigits(s)
    .toLowerCase()
    .replace(/\u0640/g, '')
    // U+0653–U+0655 too: آ and ۀ are sometimes typed decomposed (ا + maddah, ه + hamza above).
    .replace(/[\u064B-\u0655\u0670]/g, '')
    .replace(/[\u0622\u0623\u0625]/g, '\u0627')
    .replace(/[\u0629\u06C0]/g, '\u0647')
    .replace(/\u0624/g, '\u0648')
    .replace(/\s+/g, ' ');
  return normalizePersianText(folded);
}

/** The search-index form of a text; never shown to the user. */
export function foldForSearch(s: string): string {
  return foldKeepingZwnj(s)
    .replaceAll(ZWNJ, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * Tokens to index: each folded word, plus the ZWNJ-separated parts of compound words
 * (so «یی» or «خانه» find «میرزا‌یی» or «کتاب‌خانه»). Deduplicated, first-seen order.
 */
export function searchTokens(s: string): string[] {
  const tokens = new Set<string>();
  for (const word of foldKeepingZwnj(s).split(/[^\p{L}\p{M}\p{N}\u200C]+/u)) {
    const whole = word.replaceAll(ZWNJ, '');
    if (whole === '') continue;
    tokens.add(whole);
    if (word.includes(ZWNJ)) {
      for (const part of word.split(ZWNJ)) {
        if (part !== '') tokens.add(part);
      }
    }
  }
  return [...tokens];
}

const persianCollator = new Intl.Collator('fa');

export function comparePersian(a: string, b: string): number {
  return persianCollator.compare(a, b);
}

// Persian alphabetical order (as Intl.Collator('fa') sorts), for a stored sort column: SQLite compares
// strings by code point, which puts پ چ ژ گ after every Arabic letter.
const PERSIAN_ALPHABET = 'آاءأؤئبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی';
const PERSIAN_RANK = new Map([...PERSIAN_ALPHABET].map((letter, index) => [letter, index]));
const PERSIAN_BASE = 0x100;
const LATIN_BASE = 0x200;
const OTHER_BASE = 0x1000;

/** A key whose code-point order is Persian alphabetical order: digits, then Persian letters, then Latin. */
export function persianSortKey(s: string): string {
  const text = toAsciiDigits(normalizePersianText(s))
    .toLowerCase()
    .replace(/[\u0640\u064B-\u0655\u0670\u200C]/g, '')
    .replace(/\u06C0/g, 'ه')
    .replace(/\u0629/g, 'ه');
  let key = '';
  for (const ch of text) {
    const rank = PERSIAN_RANK.get(ch);
    if (rank !== undefined) key += String.fromCharCode(PERSIAN_BASE + rank);
    else if (ch >= 'a' && ch <= 'z') key += String.fromCharCode(LATIN_BASE + ch.charCodeAt(0));
    else if (ch === ' ' || (ch >= '0' && ch <= '9')) key += ch;
    else key += String.fromCharCode(OTHER_BASE + (ch.codePointAt(0)! % 0xe000));
  }
  return key;
}
