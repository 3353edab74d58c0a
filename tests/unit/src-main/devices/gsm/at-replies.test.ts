import { describe, expect, it } from 'vitest';
import {
  parseClcc,
  parseIdentity,
  parseMessageList,
  parseMessageReference,
  parseOperator,
  parsePinState,
  parseReadMessage,
  parseRegistration,
  parseSignalDbm,
  parseStorage,
} from '../../../../../src-main/devices/gsm/at-replies';

describe('AT reply parsers', () => {
  it.each([
    ['+CREG: 0,1', true, 1],
    ['+CREG: 2,5,"00C3","0010",2', true, 5],
    ['+CREG: 2,1,00C3,0010', true, 1],
    ['+CREG: 1,3,"00C3,"0010"', true, 3],
    ['+CREG: 000,001', true, 1],
    ['+CREG:1,2', true, 2],
    // The query answered in the indication form.
    ['+CREG: 1,"00C3","0010"', true, 1],
    ['+CREG: 2', false, 2],
    ['+CREG: 1,"00C3","0010"', false, 1],
    ['+CREG: ', false, null],
    ['+CSQ: 1,2', true, null],
  ] as const)('registration %s (answer: %s) → %s', (line, asAnswer, stat) => {
    expect(parseRegistration(line, asAnswer)).toBe(stat);
  });

  it('converts +CSQ to dBm and 99 to unknown', () => {
    expect(parseSignalDbm(['+CSQ: 21,99'])).toBe(-71);
    expect(parseSignalDbm(['+CSQ: 0,0'])).toBe(-113);
    expect(parseSignalDbm(['+CSQ: 31,0'])).toBe(-51);
    expect(parseSignalDbm(['+CSQ: 99,99'])).toBeNull();
    expect(parseSignalDbm([])).toBeNull();
  });

  it('trims identities and drops an echoed label', () => {
    expect(parseIdentity(['huawei'])).toBe('huawei');
    expect(parseIdentity([' WAVECOM MODEM'])).toBe('WAVECOM MODEM');
    expect(parseIdentity(['+CGMM: EC25'])).toBe('EC25');
    expect(parseIdentity([])).toBeNull();
  });

  it('reads the operator name when there is one', () => {
    expect(parseOperator(['+COPS: 0,0,"MCI",2'])).toBe('MCI');
    expect(parseOperator(['+COPS: 0,2,"43211"'])).toBe('43211');
    expect(parseOperator(['+COPS: 0'])).toBeNull();
  });

  it('reads the first storage pair from the set and query forms', () => {
    expect(parseStorage(['+CPMS: 3,20,3,20,3,20'])).toEqual({ used: 3, total: 20 });
    expect(parseStorage(['+CPMS: "SM",20,20,"SM",20,20,"SM",20,20'])).toEqual({ used: 20, total: 20 });
    expect(parseStorage(['+CPMS: "SM"'])).toBeNull();
  });

  it('reads +CMGS with and without a time stamp', () => {
    expect(parseMessageReference(['+CMGS: 17'])).toBe(17);
    expect(parseMessageReference(['+CMGS: 255,"26/01/02,03:04:05+14"'])).toBe(255);
    expect(parseMessageReference([])).toBeNull();
  });

  it('pairs each +CMGL header with its PDU, index 0 included', () => {
    expect(parseMessageList(['+CMGL: 0,1,,24', '0791AA', '+CMGL: 7,0,"",30', '0791BB'])).toEqual([
      { index: 0, pdu: '0791AA' },
      { index: 7, pdu: '0791BB' },
    ]);
    expect(parseMessageList(['+CMGL: 1,1,,24', '+CMGL: 2,1,,24', '0791CC'])).toEqual([{ index: 2, pdu: '0791CC' }]);
  });

  it('reads the PDU of +CMGR, also when the modem leaves out <stat>', () => {
    expect(parseReadMessage(['+CMGR: 0,,24', '0791AA'])).toBe('0791AA');
    expect(parseReadMessage(['+CMGR: ,,27', '0791BB'])).toBe('0791BB');
    expect(parseReadMessage([])).toBeNull();
  });

  it('reads the SIM state', () => {
    expect(parsePinState(['+CPIN: READY'])).toBe('ready');
    expect(parsePinState(['+CPIN: SIM PIN'])).toBe('pin');
    expect(parsePinState(['+CPIN: SIM PUK'])).toBe('puk');
    expect(parsePinState(['+CPIN: PH-SIM PIN'])).toBe('other');
    expect(parsePinState([])).toBeNull();
  });
});

describe('+CLCC call list', () => {
  it('tells our voice calls and their state, and ignores data and fax calls', () => {
    expect(parseClcc('+CLCC: 1,0,2,0,0,"09121112233",129')).toEqual({ outgoing: true, state: 'dialling' });
    expect(parseClcc('+CLCC: 1,0,3,0,0,"09121112233",129')).toEqual({ outgoing: true, state: 'alerting' });
    expect(parseClcc('+CLCC: 1, 0, 0, 0, 0, "+989121112233", 145')).toEqual({ outgoing: true, state: 'active' });
    expect(parseClcc('+CLCC: 2,1,4,0,0,"02188776655",129')).toEqual({ outgoing: false, state: 'incoming' });
    expect(parseClcc('+CLCC: 1,0,0,1,0')).toBeNull();
    expect(parseClcc('OK')).toBeNull();
  });
});
