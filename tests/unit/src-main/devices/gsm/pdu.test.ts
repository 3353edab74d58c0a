import { parse, Deliver, Report, Submit } from 'node-pdu';
import { describe, expect, it } from 'vitest';
import {
  classifyStatus,
  decodeDeliver,
  decodeStatusReport,
  encodeSubmit,
  PduError,
  pduKind,
  relativeValidity,
} from '../../../../../src-main/devices/gsm/pdu';
import { planMessage } from '../../../../../src-shared/domain/sms-parts';

// node-pdu is used here only as an independent decoder (its splitting is wrong, see devices.md §1).
function oracle<T>(hex: string, kind: new (...args: never[]) => T): T {
  const pdu = parse(hex);
  expect(pdu).toBeInstanceOf(kind);
  return pdu as T;
}


// A hand decoder of the SMS-SUBMIT fields, independent of the code under test.
function submitFields(pdu: string) {
  const b = Buffer.from(pdu, 'hex');
  expect(b[0]).toBe(0x00);
  const first = b[1]!;
  const daDigits = b[3]!;
  let pos = 5 + Math.ceil(daDigits / 2);
  const pid = b[pos++]!;
  const dcs = b[pos++]!;
  const vp = first & 0x10 ? b[pos++]! : null;
  const udl = b[pos++]!;
  const ud = b.subarray(pos);
  return { first, mr: b[2]!, daDigits, toa: b[4]!, pid, dcs, vp, udl, ud, tpduOctets: b.length - 1 };
}

describe('encodeSubmit', () => {
  it('encodes a short GSM-7 message byte for byte', () => {
    const [part, ...rest] = encodeSubmit({
      to: '+989121234567',
      text: 'Hi',
      reference: 0,
      requestStatusReport: true,
      validity: 24 * 60,
    });
    expect(rest).toEqual([]);
    expect(part).toEqual({ pdu: '0031000C9189191232547600' + '00A7' + '02C834', tpduLength: 16 });
  });

  it('uses type 0x81 for national numbers and leaves out TP-VP when no validity is given', () => {
    const [part] = encodeSubmit({ to: '09121234567', text: 'Hi', reference: 0, requestStatusReport: false });
    expect(part!.pdu).toBe('0001000B819021214365F70000' + '02C834');
    const f = submitFields(part!.pdu);
    expect(f).toMatchObject({ first: 0x01, toa: 0x81, daDigits: 11, vp: null, tpduOctets: part!.tpduLength });
  });

  it('round-trips a 192-character Persian message as 3 UCS-2 parts with an 8-bit concatenation header', () => {
    const text = 'سلام\u200Cعلیکم، کد شما ۱۲۳۴ است. '.repeat(7).slice(0, 192);
    expect(text).toHaveLength(192);
    const parts = encodeSubmit({ to: '+989121234567', text, reference: 0x2a, requestStatusReport: true });
    expect(parts).toHaveLength(3);
    let joined = '';
    parts.forEach((part, i) => {
      const f = submitFields(part.pdu);
      expect(f.tpduOctets).toBe(part.tpduLength);
      expect(f.first).toBe(0x01 | 0x20 | 0x40);
      expect(f.toa).toBe(0x91);
      expect(f.dcs).toBe(0x08);
      expect(f.udl).toBe(f.ud.length);
      expect(f.udl).toBeLessThanOrEqual(140);
      expect([...f.ud.subarray(0, 6)]).toEqual([0x05, 0x00, 0x03, 0x2a, 3, i + 1]);

      const submit = oracle(part.pdu, Submit);
      expect(submit.address.phone).toBe('989121234567');
      expect(submit.address.type.getValue()).toBe(0x91);
      expect(submit.dataCodingScheme.getValue()).toBe(0x08);
      expect(submit.type.statusReportRequest).toBe(1);
      expect(submit.data.parts[0]!.header!.toJSON()).toEqual({ POINTER: 0x2a, SEGMENTS: 3, CURRENT: i + 1 });
      joined += submit.data.getText();
    });
    expect(joined).toBe(text);
    expect(submitFields(parts[0]!.pdu).udl).toBe(140);
  });

  it('round-trips a 2-part GSM-7 message with extension characters and fill bits after the UDH', () => {
    const text = 'Price [EUR]: 10€ {net} ~ ^ | \\ '.repeat(6);
    const plan = planMessage(text);
    expect(plan.encoding).toBe('gsm7');
    const parts = encodeSubmit({ to: '+989121234567', text, reference: 200, requestStatusReport: false, validity: 60 });
    expect(parts).toHaveLength(2);
    let joined = '';
    parts.forEach((part, i) => {
      const f = submitFields(part.pdu);
      expect(f.dcs).toBe(0x00);
      expect(f.vp).toBe(11);
      expect(f.first).toBe(0x01 | 0x10 | 0x40);
      expect(f.ud.length).toBe(Math.ceil((f.udl * 7) / 8));
      expect(f.udl).toBeLessThanOrEqual(160);
      expect([...f.ud.subarray(0, 6)]).toEqual([0x05, 0x00, 0x03, 200, 2, i + 1]);
      const submit = oracle(part.pdu, Submit);
      expect(submit.data.parts[0]!.header!.toJSON()).toEqual({ POINTER: 200, SEGMENTS: 2, CURRENT: i + 1 });
      joined += submit.data.getText();
    });
    expect(joined).toBe(text);
  });

  it('fills a 153-septet part to exactly 160 septets / 140 octets', () => {
    const parts = encodeSubmit({ to: '+15551234567', text: 'x'.repeat(200), reference: 1, requestStatusReport: false });
    const f = submitFields(parts[0]!.pdu);
    expect(f.udl).toBe(160);
    expect(f.ud.length).toBe(140);
    expect(oracle(parts[0]!.pdu, Submit).data.getText()).toBe('x'.repeat(153));
  });

  it('rejects bad numbers and references', () => {
    expect(() => encodeSubmit({ to: 'abc', text: 'x', reference: 0, requestStatusReport: false })).toThrow(PduError);
    expect(() => encodeSubmit({ to: '+98912', text: 'x', reference: 256, requestStatusReport: false })).toThrow(PduError);
  });

  it('maps validity minutes to relative TP-VP, rounding up', () => {
    expect(relativeValidity(5)).toBe(0);
    expect(relativeValidity(60)).toBe(11);
    expect(relativeValidity(720)).toBe(143);
    expect(relativeValidity(24 * 60)).toBe(0xa7);
    expect(relativeValidity(2 * 24 * 60)).toBe(168);
    expect(relativeValidity(30 * 24 * 60)).toBe(196);
    expect(relativeValidity(5 * 7 * 24 * 60)).toBe(197);
    expect(relativeValidity(10 ** 9)).toBe(255);
    expect(() => relativeValidity(0)).toThrow(PduError);
  });
});

// Hand-encoded DELIVER PDUs as AT+CMGR returns them (with the SCA). Each was also checked with node-pdu below.
const FIXTURES = {
  // SMSC +989120000000, from +989121234567, GSM-7 with extension characters, 2026-11-23 17:30:45 +03:30.
  gsm7: '0791891902000000040C918919123254760000621132710354412050797A5CD6816A9B3268C37BAF373ED00685DFA4409BDE86B2016E5E',
  // National sender 09121234567, UCS-2 with ZWNJ and Persian digits, 8-bit ref 0x2A part 1/2, 2026-03-20 08:05 +03:30.
  ucs2Ref8:
    '0791891902000000440B819021214365F7000862300280500041200500032A02010633064406270645200C062F06480633062A002006F106F206F3',
  // UCS-2 with a 16-bit reference 0x1234, part 2/3, 2025-12-31 23:59:59 +03:30.
  ucs2Ref16: '0791891902000000400C918939151122330008522113329595411706080412340302064206330645062A0020062F06480645',
  // GSM-7 after an 8-bit concatenation UDH (one fill bit), ref 0xC7 part 2/3, 2026-01-02 03:04:05 −05:00.
  gsm7Ref8: '0791891902000000400B915155214365F700006210203040500A1C050003C70302906536FB0DBABFE56C320B040FCBE920FAFD0D',
  // No SMSC in the PDU, alphanumeric sender "Irancell", 2026-06-01 12:00 +03:30.
  alpha: '00040ED04979D83D2EB3D900006260102100004111D9775D0E1ABFC965507A0EA2E16431',
};

describe('decodeDeliver', () => {
  it('decodes GSM-7 with extension characters, an international sender and the SMSC time zone', () => {
    const m = decodeDeliver(FIXTURES.gsm7);
    expect(m.smsc).toEqual({ number: '+989120000000', type: 'international', toa: 0x91 });
    expect(m.sender).toEqual({ number: '+989121234567', type: 'international', toa: 0x91 });
    expect(m.encoding).toBe('gsm7');
    expect(m.text).toBe('Price: 5€ [ok] {x} ~^|\\');
    expect(m.timestamp).toEqual({ epochMs: Date.UTC(2026, 10, 23, 14, 0, 45), offsetMinutes: 210 });
    expect(m.concatenation).toBeNull();

    const o = oracle(FIXTURES.gsm7, Deliver);
    expect(o.address.phone).toBe('989121234567');
    expect(o.serviceCenterAddress.phone).toBe('989120000000');
    expect(o.data.getText()).toBe(m.text);
  });

  it('decodes UCS-2 Persian with ZWNJ from a national sender, with an 8-bit concatenation reference', () => {
    const m = decodeDeliver(FIXTURES.ucs2Ref8);
    expect(m.sender).toEqual({ number: '09121234567', type: 'unknown', toa: 0x81 });
    expect(m.encoding).toBe('ucs2');
    expect(m.text).toBe('سلام\u200Cدوست ۱۲۳');
    expect(m.concatenation).toEqual({ reference: 0x2a, total: 2, sequence: 1, referenceBits: 8 });
    expect(m.timestamp.epochMs).toBe(Date.UTC(2026, 2, 20, 4, 35, 0));

    const o = oracle(FIXTURES.ucs2Ref8, Deliver);
    expect(o.address.phone).toBe('09121234567');
    expect(o.data.getText()).toBe(m.text);
    expect(o.data.parts[0]!.header!.toJSON()).toEqual({ POINTER: 0x2a, SEGMENTS: 2, CURRENT: 1 });
  });

  it('decodes a 16-bit concatenation reference', () => {
    const m = decodeDeliver(FIXTURES.ucs2Ref16);
    expect(m.sender.number).toBe('+989351112233');
    expect(m.text).toBe('قسمت دوم');
    expect(m.concatenation).toEqual({ reference: 0x1234, total: 3, sequence: 2, referenceBits: 16 });
    expect(m.timestamp.epochMs).toBe(Date.UTC(2025, 11, 31, 20, 29, 59));

    const o = oracle(FIXTURES.ucs2Ref16, Deliver);
    expect(o.data.getText()).toBe(m.text);
    expect(o.data.parts[0]!.header!.toJSON()).toEqual({ POINTER: 0x1234, SEGMENTS: 3, CURRENT: 2 });
  });

  it('decodes GSM-7 after a UDH (fill bits) and a negative time zone', () => {
    const m = decodeDeliver(FIXTURES.gsm7Ref8);
    expect(m.text).toBe('Hello world, part two');
    expect(m.concatenation).toEqual({ reference: 0xc7, total: 3, sequence: 2, referenceBits: 8 });
    expect(m.timestamp).toEqual({ epochMs: Date.UTC(2026, 0, 2, 8, 4, 5), offsetMinutes: -300 });

    const o = oracle(FIXTURES.gsm7Ref8, Deliver);
    expect(o.data.getText()).toBe(m.text);
    expect(o.serviceCenterTimeStamp.getIsoString()).toBe('2026-01-02T03:04:05-05:00');
  });

  it('decodes an alphanumeric sender and a PDU without SMSC', () => {
    const m = decodeDeliver(FIXTURES.alpha);
    expect(m.smsc).toBeNull();
    expect(m.sender).toEqual({ number: 'Irancell', type: 'alphanumeric', toa: 0xd0 });
    expect(m.text).toBe('Your code is 4821');
    expect(m.timestamp.epochMs).toBe(Date.UTC(2026, 5, 1, 8, 30, 0));

    const o = oracle(FIXTURES.alpha, Deliver);
    expect(o.address.phone).toBe('Irancell');
    expect(o.data.getText()).toBe(m.text);
  });

  it('rejects other message types and truncated PDUs with PduError', () => {
    expect(() => decodeDeliver(STATUS_REPORT('00'))).toThrow(/not an SMS-DELIVER/);
    expect(() => decodeDeliver(FIXTURES.gsm7.slice(0, -4))).toThrow(PduError);
    expect(() => decodeDeliver('07919')).toThrow(PduError);
  });
});

// SMSC +989120000000, TP-MR 0x2B, recipient +989121234567, SCTS 2026-11-23 10:00:00 +03:30, discharge 10:00:07.
const STATUS_REPORT = (st: string) =>
  '0791891902000000062B0C91891912325476' + '62113201000041' + '62113201007041' + st;

describe('decodeStatusReport', () => {
  it.each([
    ['00', 0x00, 'delivered', true],
    ['20', 0x20, 'pending', false],
    ['41', 0x41, 'failed', true],
  ] as const)('status %s', (st, status, state, final) => {
    const r = decodeStatusReport(STATUS_REPORT(st));
    expect(r).toMatchObject({ messageReference: 0x2b, status, state, final });
    expect(r.recipient).toEqual({ number: '+989121234567', type: 'international', toa: 0x91 });
    expect(r.serviceCentreTime).toEqual({ epochMs: Date.UTC(2026, 10, 23, 6, 30, 0), offsetMinutes: 210 });
    expect(r.dischargeTime.epochMs).toBe(Date.UTC(2026, 10, 23, 6, 30, 7));

    const o = oracle(STATUS_REPORT(st), Report);
    expect(o.reference).toBe(0x2b);
    expect(o.status).toBe(status);
    expect(o.address.phone).toBe('989121234567');
  });

  it('classifies TP-ST ranges as devices.md §2.15 says', () => {
    expect(classifyStatus(0x02)).toBe('delivered');
    expect(classifyStatus(0x3f)).toBe('pending');
    expect(classifyStatus(0x5f)).toBe('failed');
    expect(classifyStatus(0x60)).toBe('failed');
    expect(classifyStatus(0x65)).toBe('failed');
  });

  it('rejects a DELIVER', () => {
    expect(() => decodeStatusReport(FIXTURES.gsm7)).toThrow(/not an SMS-STATUS-REPORT/);
  });
});

describe('pduKind', () => {
  it('tells stored delivers, submits and status reports apart by TP-MTI, with or without an SMSC', () => {
    expect(pduKind(FIXTURES.gsm7)).toBe('deliver');
    expect(pduKind(FIXTURES.alpha)).toBe('deliver');
    expect(pduKind(STATUS_REPORT('00'))).toBe('status-report');
    expect(pduKind(encodeSubmit({ to: '+989121234567', text: 'Hi', reference: 0, requestStatusReport: false })[0]!.pdu)).toBe('submit');
  });

  it('rejects the reserved type and truncated PDUs', () => {
    expect(() => pduKind('0003')).toThrow(/reserved/);
    expect(() => pduKind('07918919')).toThrow(PduError);
  });
});
