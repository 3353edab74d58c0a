import { describe, expect, it } from 'vitest';
import { addressParts, formatContactValue, formatPhone } from '../../../../../src-renderer/features/parties/contact-format';

describe('contact point display', () => {
  it('shows stored E.164 phones as people read them, in Persian digits', () => {
    expect(formatPhone('mobile', '+989121234567')).toBe('۰۹۱۲ ۱۲۳ ۴۵۶۷');
    expect(formatPhone('phone', '+982188776655')).toBe('۰۲۱ ۸۸۷۷ ۶۶۵۵');
    expect(formatContactValue({ kind: 'fax', value: '+983132221100' })).toBe('۰۳۱ ۳۲۲۲ ۱۱۰۰');
    // A foreign number is left as stored, with Persian digits.
    expect(formatContactValue({ kind: 'phone', value: '+4930123456' })).toBe('+۴۹۳۰۱۲۳۴۵۶');
    expect(formatContactValue({ kind: 'email', value: 'ali@example.ir' })).toBe('ali@example.ir');
  });

  it('splits an address into its place and its codes', () => {
    expect(
      addressParts({ province: 'اصفهان', city: 'اصفهان', region: null, addressLine: 'خیابان چهارباغ', postalCode: '8174673111', poBox: '81465-1234' }),
    ).toEqual({ place: 'اصفهان، اصفهان، خیابان چهارباغ', postalCode: '۸۱۷۴۶-۷۳۱۱۱', poBox: '۸۱۴۶۵-۱۲۳۴' });
  });
});
