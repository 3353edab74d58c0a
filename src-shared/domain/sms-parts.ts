// How a text becomes SMS parts (3GPP TS 23.040): GSM-7 only when every character fits, else UCS-2;
// 160/153 GSM-7 septets or 70/67 UCS-2 units per single/concatenated part (8-bit reference header).
// Shared so the compose screen counts parts exactly as the modem driver will send them.

import { gsm7CharSeptets } from './gsm7';

export type SmsEncoding = 'gsm7' | 'ucs2';

export interface MessagePlan {
  encoding: SmsEncoding;
  parts: string[];
}

const GSM7_SINGLE = 160;
const GSM7_PART = 153; // 160 minus the 7 septets a 6-octet concatenation UDH takes.
const UCS2_SINGLE = 70;
const UCS2_PART = 67; // (140 - 6) / 2

function splitByCost(text: string, single: number, perPart: number, cost: (ch: string) => number): string[] {
  let total = 0;
  for (const ch of text) total += cost(ch);
  if (total <= single) return [text];
  const parts: string[] = [];
  let current = '';
  let used = 0;
  // Iterating code points keeps surrogate pairs and escape+extension pairs inside one part.
  for (const ch of text) {
    const c = cost(ch);
    if (used + c > perPart) {
      parts.push(current);
      current = '';
      used = 0;
    }
    current += ch;
    used += c;
  }
  parts.push(current);
  return parts;
}

export function planMessage(text: string): MessagePlan {
  let gsm7 = true;
  for (const ch of text) {
    if (gsm7CharSeptets(ch) === null) {
      gsm7 = false;
      break;
    }
  }
  if (gsm7) {
    return { encoding: 'gsm7', parts: splitByCost(text, GSM7_SINGLE, GSM7_PART, (ch) => gsm7CharSeptets(ch) ?? 1) };
  }
  return { encoding: 'ucs2', parts: splitByCost(text, UCS2_SINGLE, UCS2_PART, (ch) => ch.length) };
}
