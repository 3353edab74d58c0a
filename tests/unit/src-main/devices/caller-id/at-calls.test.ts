import { describe, expect, it } from 'vitest';
import { dialWith, hangUpWith } from '../../../../../src-main/devices/caller-id/at-calls';
import { AtError } from '../../../../../src-main/devices/gsm/at-session';

// A modem answering each command with the given final line (OK resolves).
function answering(finals: Record<string, AtError | 'OK'>) {
  const sent: string[] = [];
  const send = async (command: string) => {
    sent.push(command);
    const final = finals[command] ?? 'OK';
    if (final !== 'OK') throw final;
    return [];
  };
  return { sent, send };
}

const refused = (command: string, line: string) => new AtError('error', command, null, [line]);

describe('click-to-dial over AT', () => {
  it('sends ATD<keys>; with separators removed, and says dialling on OK', async () => {
    const modem = answering({});
    await expect(dialWith(' +98 (21) 8877-6655 ', modem.send)).resolves.toEqual({ kind: 'dialling' });
    expect(modem.sent).toEqual(['ATD+982188776655;']);
  });

  it('never sends a number that could carry another command', async () => {
    const modem = answering({});
    for (const number of ['0912;ATH', '0912\rATZ', 'abc', '1']) {
      await expect(dialWith(number, modem.send)).resolves.toEqual({ kind: 'failed', code: 'dial.invalidNumber' });
    }
    expect(modem.sent).toEqual([]);
  });

  it('names the result codes of a failed dial', async () => {
    const codes: Array<[AtError, string]> = [
      [refused('ATD0912;', 'BUSY'), 'dial.busy'],
      [refused('ATD0912;', 'NO DIALTONE'), 'dial.noDialTone'],
      [refused('ATD0912;', 'NO CARRIER'), 'dial.noCarrier'],
      [refused('ATD0912;', 'ERROR'), 'dial.refused'],
      [new AtError('cme', 'ATD0912;', 30, []), 'cme.30'],
      [new AtError('timeout', 'ATD0912;', null, []), 'modem.noAnswer'],
      [new AtError('closed', 'ATD0912;', null, []), 'modem.unplugged'],
    ];
    for (const [error, code] of codes) {
      await expect(dialWith('0912', answering({ 'ATD0912;': error }).send)).resolves.toEqual({ kind: 'failed', code });
    }
  });

  it('hangs up with ATH, and with AT+CHUP when ATH is refused', async () => {
    const plain = answering({});
    await hangUpWith(plain.send);
    expect(plain.sent).toEqual(['ATH']);
    const chup = answering({ ATH: refused('ATH', 'ERROR') });
    await hangUpWith(chup.send);
    expect(chup.sent).toEqual(['ATH', 'AT+CHUP']);
    const gone = answering({ ATH: new AtError('closed', 'ATH', null, []) });
    await expect(hangUpWith(gone.send)).rejects.toThrow(AtError);
  });
});
