// GSM 03.38 (3GPP TS 23.038) default alphabet, its 0x1B extension table, and septet packing.

export class Gsm7Error extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Gsm7Error';
  }
}

// Index = septet value. 0x1B is the escape to the extension table, so it maps to no character.
const BASIC: readonly string[] = [
  '@', '£', '$', '¥', 'è', 'é', 'ù', 'ì', 'ò', 'Ç', '\n', 'Ø', 'ø', '\r', 'Å', 'å',
  'Δ', '_', 'Φ', 'Γ', 'Λ', 'Ω', 'Π', 'Ψ', 'Σ', 'Θ', 'Ξ', '', 'Æ', 'æ', 'ß', 'É',
  ' ', '!', '"', '#', '¤', '%', '&', "'", '(', ')', '*', '+', ',', '-', '.', '/',
  '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', '<', '=', '>', '?',
  '¡', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O',
  'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', 'Ä', 'Ö', 'Ñ', 'Ü', '§',
  '¿', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
  'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'ä', 'ö', 'ñ', 'ü', 'à',
];

const EXTENSION: ReadonlyMap<number, string> = new Map([
  [0x14, '^'],
  [0x28, '{'],
  [0x29, '}'],
  [0x2f, '\\'],
  [0x3c, '['],
  [0x3d, '~'],
  [0x3e, ']'],
  [0x40, '|'],
  [0x65, '€'],
]);

export const GSM7_ESCAPE = 0x1b;

const basicIndex = new Map<string, number>();
BASIC.forEach((ch, i) => {
  if (i !== GSM7_ESCAPE) basicIndex.set(ch, i);
});
const extensionIndex = new Map<string, number>();
for (const [code, ch] of EXTENSION) extensionIndex.set(ch, code);

// Septets one character costs: 1 (basic), 2 (escape + extension), or null when it has no GSM-7 form.
export function gsm7CharSeptets(ch: string): 1 | 2 | null {
  if (basicIndex.has(ch)) return 1;
  if (extensionIndex.has(ch)) return 2;
  return null;
}

export function canEncodeGsm7(text: string): boolean {
  for (const ch of text) if (gsm7CharSeptets(ch) === null) return false;
  return true;
}

export function gsm7Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cost = gsm7CharSeptets(ch);
    if (cost === null) throw new Gsm7Error(`not in the GSM-7 alphabet: U+${ch.codePointAt(0)?.toString(16).toUpperCase()}`);
    n += cost;
  }
  return n;
}

export function textToSeptets(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const basic = basicIndex.get(ch);
    if (basic !== undefined) {
      out.push(basic);
      continue;
    }
    const ext = extensionIndex.get(ch);
    if (ext === undefined) {
      throw new Gsm7Error(`not in the GSM-7 alphabet: U+${ch.codePointAt(0)?.toString(16).toUpperCase()}`);
    }
    out.push(GSM7_ESCAPE, ext);
  }
  return out;
}

export function septetsToText(septets: readonly number[]): string {
  let out = '';
  for (let i = 0; i < septets.length; i++) {
    const s = septets[i]! & 0x7f;
    if (s !== GSM7_ESCAPE) {
      out += BASIC[s]!;
      continue;
    }
    const next = septets[i + 1];
    // A trailing escape is padding some senders leave; 23.038 says show a space.
    if (next === undefined) {
      out += ' ';
      break;
    }
    i++;
    // 23.038: an unknown extension code is shown as the basic-table character.
    out += EXTENSION.get(next & 0x7f) ?? BASIC[next & 0x7f]!;
  }
  return out;
}

// fillBits: zero bits before the first septet, so that septets after an octet-aligned UDH start on a
// septet boundary of the whole user data (0–6).
export function packSeptets(septets: readonly number[], fillBits = 0): Uint8Array {
  const totalBits = fillBits + septets.length * 7;
  const out = new Uint8Array(Math.ceil(totalBits / 8));
  let bit = fillBits;
  for (const s of septets) {
    const value = s & 0x7f;
    const byte = bit >> 3;
    const shift = bit & 7;
    out[byte] = out[byte]! | ((value << shift) & 0xff);
    if (shift > 1) out[byte + 1] = out[byte + 1]! | (value >> (8 - shift));
    bit += 7;
  }
  return out;
}

export function unpackSeptets(bytes: Uint8Array, count: number, fillBits = 0): number[] {
  if (fillBits + count * 7 > bytes.length * 8) {
    throw new Gsm7Error(`user data too short: ${count} septets need ${Math.ceil((fillBits + count * 7) / 8)} octets, got ${bytes.length}`);
  }
  const out: number[] = [];
  let bit = fillBits;
  for (let i = 0; i < count; i++) {
    const byte = bit >> 3;
    const shift = bit & 7;
    let value = bytes[byte]! >> shift;
    if (shift > 1) value |= bytes[byte + 1]! << (8 - shift);
    out.push(value & 0x7f);
    bit += 7;
  }
  return out;
}
