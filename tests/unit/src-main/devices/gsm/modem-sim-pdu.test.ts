import { Deliver, parse, type Report } from 'node-pdu';
import { describe, expect, it } from 'vitest';
import { decodeDeliver, decodeStatusReport, encodeSubmit } from '../../../../../src-main/devices/gsm/pdu';
import { deliverParts, encodeDeliver, encodeStatusReport, readSubmit, tpduLength } from '../../../../support/modem-sim/sim-pdu';

// The simulator's PDU builders are test equipment: checked here against node-pdu and our decoder, so a
// device test failing points at the driver and not at the simulator.
describe('modem simulator PDUs', () => {
  const at = new Date(Date.UTC(2026, 2, 20, 4, 35, 0));

  it('builds GSM-7 and UCS-2 delivers that node-pdu reads the same way', () => {
    for (const text of ['Price: 12€ [today]', 'سلام\u200Cعلیکم ۱۲۳']) {
      const pdu = encodeDeliver({ from: '+989121234567', text, sentAt: at });
      const oracle = parse(pdu);
      expect(oracle).toBeInstanceOf(Deliver);
      expect((oracle as Deliver).data.getText()).toBe(text);
      expect(decodeDeliver(pdu)).toMatchObject({
        text,
        sender: { number: '+989121234567' },
        timestamp: { epochMs: at.getTime(), offsetMinutes: 210 },
      });
    }
  });

  it('builds 8- and 16-bit concatenation headers, with fill bits for GSM-7', () => {
    const gsm7 = encodeDeliver({ from: '09121234567', text: 'part two', concat: { reference: 0xc7, total: 3, sequence: 2 } });
    expect(decodeDeliver(gsm7)).toMatchObject({ text: 'part two', concatenation: { reference: 0xc7, total: 3, sequence: 2, referenceBits: 8 } });
    const ucs2 = encodeDeliver({ from: 'Irancell', text: 'کد', concat: { reference: 0x1234, total: 2, sequence: 1, referenceBits: 16 } });
    expect(decodeDeliver(ucs2)).toMatchObject({
      text: 'کد',
      sender: { number: 'Irancell', type: 'alphanumeric' },
      concatenation: { reference: 0x1234, total: 2, sequence: 1, referenceBits: 16 },
    });
    expect((parse(ucs2) as Deliver).data.parts[0]?.header?.getPointer()).toBe(0x1234);
  });

  it('cuts long texts into the part sizes phones use', () => {
    const persian = 'ب'.repeat(200);
    expect(deliverParts('+98912', persian, 1).map((p) => p.text.length)).toEqual([67, 67, 66]);
    expect(deliverParts('+98912', persian, 1, 16).map((p) => p.text.length)).toEqual([66, 66, 66, 2]);
    expect(deliverParts('+98912', `${'a'.repeat(152)}€b`, 1).map((p) => p.text.length)).toEqual([152, 2]);
    expect(deliverParts('+98912', 'short', 1)).toEqual([{ from: '+98912', text: 'short', concat: undefined }]);
  });

  it('builds status reports and reads submits', () => {
    const report = encodeStatusReport({ reference: 300, recipient: '+989121234567', status: 0x41, at });
    expect(decodeStatusReport(report)).toMatchObject({ messageReference: 44, status: 0x41, recipient: { number: '+989121234567' } });
    expect((parse(report) as Report).reference).toBe(44);
    expect(tpduLength(report)).toBe(report.length / 2 - 8);

    const [first] = encodeSubmit({ to: '+989121234567', text: 'ب'.repeat(100), reference: 9, requestStatusReport: true });
    expect(readSubmit(first!.pdu)).toMatchObject({
      to: '+989121234567',
      text: 'ب'.repeat(67),
      concat: { reference: 9, total: 2, sequence: 1 },
      statusReportRequested: true,
    });
  });
});
