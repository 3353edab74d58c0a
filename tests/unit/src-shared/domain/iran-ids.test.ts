import { describe, it, expect } from 'vitest';
import {
  formatLandline,
  formatMobile,
  formatPostalCode,
  legalNationalIdCheckDigit,
  parseEconomicCode,
  parseLandline,
  parseLegalNationalId,
  parseMobile,
  parseNationalCode,
  parsePostalCode,
  phoneLookupKey,
} from '../../../../src-shared/domain/iran-ids';

describe('parseNationalCode', () => {
  it('accepts valid codes in ASCII, Persian and Arabic digits, with spaces and dashes', () => {
    expect(parseNationalCode('0018465986')).toEqual({ ok: true, value: '0018465986' });
    expect(parseNationalCode('۰۰۷۶۲۲۹۶۴۵')).toEqual({ ok: true, value: '0076229645' });
    expect(parseNationalCode('١٥٨٣٢٥٠٦٨٩')).toEqual({ ok: true, value: '1583250689' });
    expect(parseNationalCode(' 001-846598-6 ')).toEqual({ ok: true, value: '0018465986' });
  });

  it('covers both check-digit branches (r < 2 and r ≥ 2)', () => {
    expect(parseNationalCode('0111111110')).toEqual({ ok: true, value: '0111111110' }); // r = 0
    expect(parseNationalCode('0000080421')).toEqual({ ok: true, value: '0000080421' }); // r = 1
    expect(parseNationalCode('0000000019')).toEqual({ ok: true, value: '0000000019' }); // r = 2 → 9
    expect(parseNationalCode('0111111111')).toEqual({ ok: false, error: 'nationalCode.checksum' });
  });

  it('pads 8- and 9-digit input with leading zeros', () => {
    expect(parseNationalCode('11537027')).toEqual({ ok: true, value: '0011537027' });
    expect(parseNationalCode('18465986')).toEqual({ ok: true, value: '0018465986' });
    expect(parseNationalCode('018465986')).toEqual({ ok: true, value: '0018465986' });
  });

  it('rejects ten identical digits even when the checksum works out', () => {
    expect(parseNationalCode('1111111111')).toEqual({ ok: false, error: 'nationalCode.repeated' });
    expect(parseNationalCode('0000000000')).toEqual({ ok: false, error: 'nationalCode.repeated' });
    expect(parseNationalCode('00000000')).toEqual({ ok: false, error: 'nationalCode.repeated' });
  });

  it('reports bad checksum, length, characters and empty input', () => {
    expect(parseNationalCode('0018465987')).toEqual({ ok: false, error: 'nationalCode.checksum' });
    expect(parseNationalCode('1234567890')).toEqual({ ok: false, error: 'nationalCode.checksum' });
    expect(parseNationalCode('1234567')).toEqual({ ok: false, error: 'nationalCode.length' });
    expect(parseNationalCode('00184659860')).toEqual({ ok: false, error: 'nationalCode.length' });
    expect(parseNationalCode('00184a5986')).toEqual({ ok: false, error: 'nationalCode.chars' });
    expect(parseNationalCode('  ')).toEqual({ ok: false, error: 'nationalCode.empty' });
  });
});

describe('parseLegalNationalId', () => {
  it('computes check digits, including r = 10 → 0', () => {
    expect(legalNationalIdCheckDigit('1038028479')).toBe(0);
    expect(legalNationalIdCheckDigit('1400765091')).toBe(2);
    expect(legalNationalIdCheckDigit('1410000014')).toBe(0); // r = 10
    expect(legalNationalIdCheckDigit('1410000114')).toBe(0); // r = 0
    expect(legalNationalIdCheckDigit('1010165655')).toBe(7);
  });

  it('accepts valid IDs in any digits with separators', () => {
    expect(parseLegalNationalId('10380284790')).toEqual({ ok: true, value: '10380284790' });
    expect(parseLegalNationalId('۱۴۰۰۷۶۵۰۹۱۲')).toEqual({ ok: true, value: '14007650912' });
    expect(parseLegalNationalId('101-0165-6557')).toEqual({ ok: true, value: '10101656557' });
    expect(parseLegalNationalId('14100000140')).toEqual({ ok: true, value: '14100000140' });
    expect(parseLegalNationalId('14100001140')).toEqual({ ok: true, value: '14100001140' });
  });

  it('rejects a changed check digit, a zero serial, wrong length and junk', () => {
    expect(parseLegalNationalId('10380284791')).toEqual({ ok: false, error: 'legalNationalId.checksum' });
    expect(parseLegalNationalId('14100000141')).toEqual({ ok: false, error: 'legalNationalId.checksum' });
    expect(parseLegalNationalId('11111111111')).toEqual({ ok: false, error: 'legalNationalId.checksum' });
    // 10000000005 satisfies the weighted sum but digits 4–9 are all zero.
    expect(legalNationalIdCheckDigit('1000000000')).toBe(5);
    expect(parseLegalNationalId('10000000005')).toEqual({ ok: false, error: 'legalNationalId.checksum' });
    expect(parseLegalNationalId('1038028479')).toEqual({ ok: false, error: 'legalNationalId.length' });
    expect(parseLegalNationalId('1038028479x')).toEqual({ ok: false, error: 'legalNationalId.chars' });
    expect(parseLegalNationalId('')).toEqual({ ok: false, error: 'legalNationalId.empty' });
  });
});

describe('parseEconomicCode', () => {
  it('accepts 12 digits by length and 11 digits as a legal national ID', () => {
    expect(parseEconomicCode('4111-1111-1111')).toEqual({ ok: true, value: '411111111111' });
    expect(parseEconomicCode('۱۰۳۸۰۲۸۴۷۹۰')).toEqual({ ok: true, value: '10380284790' });
  });

  it('rejects an invalid 11-digit ID and other lengths', () => {
    expect(parseEconomicCode('10380284791')).toEqual({ ok: false, error: 'economicCode.checksum' });
    expect(parseEconomicCode('0018465986')).toEqual({ ok: false, error: 'economicCode.length' });
    expect(parseEconomicCode('4111111111111')).toEqual({ ok: false, error: 'economicCode.length' });
    expect(parseEconomicCode('41111111111a')).toEqual({ ok: false, error: 'economicCode.chars' });
    expect(parseEconomicCode(' ')).toEqual({ ok: false, error: 'economicCode.empty' });
  });
});

describe('mobile', () => {
  const forms = [
    '09123456789',
    '9123456789',
    '+989123456789',
    '+98 912 345 6789',
    '+98 (0)912 345 6789',
    '0098 912 345 6789',
    '00989123456789',
    '989123456789',
    '0912-345-6789',
    '(0912) 345 6789',
    '0912.345.6789',
    '۰۹۱۲۳۴۵۶۷۸۹',
    '٠٩١٢٣٤٥٦٧٨٩',
    '\u200E+98 912 345 6789\u200F',
  ];

  it.each(forms)('parses %s to E.164', (input) => {
    expect(parseMobile(input)).toEqual({ ok: true, value: '+989123456789' });
  });

  it('reports what is wrong', () => {
    expect(parseMobile('')).toEqual({ ok: false, error: 'mobile.empty' });
    expect(parseMobile('0912abc6789')).toEqual({ ok: false, error: 'mobile.chars' });
    expect(parseMobile('+1 912 345 6789')).toEqual({ ok: false, error: 'mobile.country' });
    expect(parseMobile('02188776655')).toEqual({ ok: false, error: 'mobile.prefix' });
    expect(parseMobile('091234567')).toEqual({ ok: false, error: 'mobile.length' });
    expect(parseMobile('091234567890')).toEqual({ ok: false, error: 'mobile.length' });
  });

  it('formats E.164 as 0912 345 6789 and leaves unparsable text alone', () => {
    expect(formatMobile('+989123456789')).toBe('0912 345 6789');
    expect(formatMobile('+989351234567')).toBe('0935 123 4567');
    expect(formatMobile('garbage')).toBe('garbage');
  });
});

describe('landline', () => {
  const tehran = [
    '021-88776655',
    '02188776655',
    '021 8877 6655',
    '(021) 8877-6655',
    '2188776655',
    '88776655',
    '8877 6655',
    '۸۸۷۷۶۶۵۵',
    '+982188776655',
    '+98 21 8877 6655',
    '+98 (0)21 8877 6655',
    '00982188776655',
    '982188776655',
    '۰۲۱-۸۸۷۷۶۶۵۵',
  ];

  it.each(tehran)('parses %s with office area code 021', (input) => {
    expect(parseLandline(input, '021')).toEqual({ ok: true, value: '+982188776655' });
  });

  it('accepts the default area code with or without 0, in any digits', () => {
    expect(parseLandline('88776655', '21')).toEqual({ ok: true, value: '+982188776655' });
    expect(parseLandline('88776655', '۰۲۱')).toEqual({ ok: true, value: '+982188776655' });
    expect(parseLandline('32221100', '031')).toEqual({ ok: true, value: '+983132221100' });
  });

  it('uses the number’s own area code over the default', () => {
    expect(parseLandline('031-32221100', '021')).toEqual({ ok: true, value: '+983132221100' });
    expect(parseLandline('2632221100', '021')).toEqual({ ok: true, value: '+982632221100' });
  });

  it('reports what is wrong', () => {
    expect(parseLandline('88776655')).toEqual({ ok: false, error: 'landline.areaCode' });
    expect(parseLandline('88776655', '0')).toEqual({ ok: false, error: 'landline.areaCode' });
    expect(parseLandline('09123456789', '021')).toEqual({ ok: false, error: 'landline.isMobile' });
    expect(parseLandline('+44 20 7946 0958', '021')).toEqual({ ok: false, error: 'landline.country' });
    expect(parseLandline('021887766', '021')).toEqual({ ok: false, error: 'landline.length' });
    expect(parseLandline('0218877665544', '021')).toEqual({ ok: false, error: 'landline.length' });
    expect(parseLandline('08877665', '021')).toEqual({ ok: false, error: 'landline.length' });
    expect(parseLandline('021-8877-66x5', '021')).toEqual({ ok: false, error: 'landline.chars' });
    expect(parseLandline(' ', '021')).toEqual({ ok: false, error: 'landline.empty' });
  });

  it('formats E.164 as 021 8877 6655', () => {
    expect(formatLandline('+982188776655')).toBe('021 8877 6655');
    expect(formatLandline('+983132221100')).toBe('031 3222 1100');
    expect(formatLandline('garbage')).toBe('garbage');
  });
});

describe('phoneLookupKey', () => {
  it('maps every form of one landline, incl. caller-ID forms, to one key', () => {
    const forms = ['021-88776655', '02188776655', '2188776655', '88776655'];
    forms.push('+982188776655', '00982188776655', '982188776655', '۰۲۱ ۸۸۷۷ ۶۶۵۵');
    const keys = new Set(forms.map((f) => phoneLookupKey(f, '021')));
    expect([...keys]).toEqual(['+982188776655']);
  });

  it('maps every form of one mobile to one key', () => {
    const forms = ['09123456789', '9123456789', '+98 912 345 6789'];
    forms.push('0098 912 345 6789', '989123456789', '۰۹۱۲-۳۴۵-۶۷۸۹');
    const keys = new Set(forms.map((f) => phoneLookupKey(f, '021')));
    expect([...keys]).toEqual(['+989123456789']);
  });

  it('applies the office area code to a bare local number', () => {
    expect(phoneLookupKey('32221100', '031')).toBe('+983132221100');
    expect(phoneLookupKey('32221100')).toBeNull();
  });

  it('keeps foreign numbers as +digits', () => {
    expect(phoneLookupKey('+44 20 7946 0958', '021')).toBe('+442079460958');
    expect(phoneLookupKey('0044 20 7946 0958', '021')).toBe('+442079460958');
    expect(phoneLookupKey('+1 (555) 123-4567', '021')).toBe('+15551234567');
  });

  it('returns null for what is not a phone number', () => {
    for (const input of ['', 'abc', '1234', '*123#', '+98 123', '+0 123 456 789', '+1234567890123456']) {
      expect(phoneLookupKey(input, '021')).toBeNull();
    }
  });
});

describe('postal code', () => {
  it('parses 10 digits with spaces, dashes and Persian digits', () => {
    expect(parsePostalCode('1234567890')).toEqual({ ok: true, value: '1234567890' });
    expect(parsePostalCode('12345-67890')).toEqual({ ok: true, value: '1234567890' });
    expect(parsePostalCode('۱۲۳۴۵ ۶۷۸۹۰')).toEqual({ ok: true, value: '1234567890' });
  });

  it('reports what is wrong', () => {
    expect(parsePostalCode('123456789')).toEqual({ ok: false, error: 'postalCode.length' });
    expect(parsePostalCode('12345678901')).toEqual({ ok: false, error: 'postalCode.length' });
    expect(parsePostalCode('12345/67890')).toEqual({ ok: false, error: 'postalCode.chars' });
    expect(parsePostalCode('')).toEqual({ ok: false, error: 'postalCode.empty' });
  });

  it('formats as 12345-67890', () => {
    expect(formatPostalCode('1234567890')).toBe('12345-67890');
    expect(formatPostalCode('۱۲۳۴۵۶۷۸۹۰')).toBe('12345-67890');
    expect(formatPostalCode('123')).toBe('123');
  });
});
