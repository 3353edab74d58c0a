// Click-to-dial over AT, for voice modems and GSM modems alike: `ATD<number>;` (the ';' makes it a voice
// call, so the modem returns to command mode and the handset or the phone carries the audio) and ATH.

import type { DialOutcome } from '../ports';
import { AtError } from '../gsm/at-session';

// A voice ATD answers OK at once on most modems; some wait for the far end (with +COLP), so be generous.
export const DIAL_TIMEOUT_MS = 30_000;

const DIAL_RESULTS: Record<string, string> = {
  BUSY: 'dial.busy',
  'NO CARRIER': 'dial.noCarrier',
  'NO DIALTONE': 'dial.noDialTone',
  'NO ANSWER': 'dial.noAnswer',
};

// Only keypad characters: a number holding ';' or a CR would smuggle an AT command of its own.
function dialCommand(number: string): string | null {
  const keys = number.replace(/[\s\-().]/g, '');
  return /^\+?[0-9*#]{2,30}$/.test(keys) ? `ATD${keys};` : null;
}

function dialFailure(error: AtError): DialOutcome {
  switch (error.failure) {
    case 'error':
      return { kind: 'failed', code: DIAL_RESULTS[error.lines.at(-1) ?? ''] ?? 'dial.refused' };
    case 'cme':
    case 'cms':
      return { kind: 'failed', code: `${error.failure}.${error.code}` };
    case 'timeout':
      return { kind: 'failed', code: 'modem.noAnswer' };
    case 'closed':
      return { kind: 'failed', code: 'modem.unplugged' };
  }
}

// send runs one command in the owner's AT queue.
export async function dialWith(number: string, send: (command: string, timeoutMs: number) => Promise<unknown>): Promise<DialOutcome> {
  const command = dialCommand(number);
  if (command === null) return { kind: 'failed', code: 'dial.invalidNumber' };
  try {
    await send(command, DIAL_TIMEOUT_MS);
    return { kind: 'dialling' };
  } catch (error) {
    if (error instanceof AtError) return dialFailure(error);
    throw error;
  }
}

// ATH hangs up on voice modems and most GSM modems; 27.007 modems that refuse it in a voice call take AT+CHUP.
export async function hangUpWith(send: (command: string) => Promise<unknown>): Promise<void> {
  try {
    await send('ATH');
  } catch (error) {
    if (!(error instanceof AtError) || error.failure === 'timeout' || error.failure === 'closed') throw error;
    await send('AT+CHUP');
  }
}
