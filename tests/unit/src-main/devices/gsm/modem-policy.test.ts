import { describe, expect, it } from 'vitest';
import { AtError } from '../../../../../src-main/devices/gsm/at-session';
import { sendErrorOutcome } from '../../../../../src-main/devices/gsm/modem-policy';

const failed = (failure: AtError['failure'], code: number | null = null) => sendErrorOutcome(new AtError(failure, 'AT+CMGS=23', code, []));

describe('what a failed AT+CMGS means (devices.md §2.8)', () => {
  it('tries transient network and SIM codes again, after a registration check', () => {
    for (const code of [500, 512, 513, 514, 332, 331, 314, 515]) {
      expect(failed('cms', code)).toEqual({ outcome: { kind: 'retry', code: `cms.${code}` }, then: ['recheckRegistration'] });
    }
    expect(failed('cms', 322)).toEqual({ outcome: { kind: 'retry', code: 'cms.322' }, then: ['readStored', 'recheckRegistration'] });
    expect(failed('cme', 14).outcome).toEqual({ kind: 'retry', code: 'cme.14' });
  });

  it('never retries a bad PDU, a missing SMSC or a barred or unpaid SIM', () => {
    for (const code of [304, 305, 330, 8, 21, 50, 69]) expect(failed('cms', code)).toEqual({ outcome: { kind: 'rejected', code: `cms.${code}` }, then: [] });
    expect(failed('cme', 10).outcome.kind).toBe('rejected');
    expect(failed('error').outcome).toEqual({ kind: 'rejected', code: 'modem.error' });
  });

  it('calls a send without an answer or cut by an unplug unknown: it may have gone out', () => {
    expect(failed('timeout')).toEqual({ outcome: { kind: 'unknown', code: 'modem.noAnswer' }, then: ['afterSilence'] });
    expect(failed('closed')).toEqual({ outcome: { kind: 'unknown', code: 'modem.unplugged' }, then: [] });
  });
});
