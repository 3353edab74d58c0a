import { describe, expect, it } from 'vitest';
import { parseCallerIdArg } from '../../../../src-main/server/callerid-arg';

describe('--callerid', () => {
  it('names the lines in order and keeps Windows and Linux port names', () => {
    expect(parseCallerIdArg('voiceModem:/dev/ttyACM0,box:COM4').map(({ id, name, kind, port }) => ({ id, name, kind, port }))).toEqual([
      { id: 'line-1', name: 'خط ۱', kind: 'voiceModem', port: '/dev/ttyACM0' },
      { id: 'line-2', name: 'خط ۲', kind: 'box', port: 'COM4' },
    ]);
  });

  it('says what it expects when a line is malformed', () => {
    expect(() => parseCallerIdArg('fax:/dev/ttyS0')).toThrow('--callerid: "fax:/dev/ttyS0" is not <voiceModem|gsm|box>:<port>');
    expect(() => parseCallerIdArg('gsm')).toThrow(/not <voiceModem\|gsm\|box>:<port>/);
  });
});
