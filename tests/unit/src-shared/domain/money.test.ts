import { describe, it, expect } from 'vitest';
import {
  PERSIAN_MINUS,
  amountInWords,
  formatMoney,
  formatMoneyNumber,
  numberToPersianWords,
  parseAmount,
  percentOf,
} from '../../../../src-shared/domain/money';

describe('formatMoney', () => {
  it('formats Rials with Persian digits and the Persian thousands separator', () => {
    expect(formatMoney(1_200_000, 'rial')).toBe('۱٬۲۰۰٬۰۰۰ ریال');
    expect(formatMoney(1_200_000, 'rial')).toBe('\u06F1\u066C\u06F2\u06F0\u06F0\u066C\u06F0\u06F0\u06F0 ریال');
    expect(formatMoney(999, 'rial')).toBe('۹۹۹ ریال');
    expect(formatMoney(1000, 'rial')).toBe('۱٬۰۰۰ ریال');
    expect(formatMoney(0, 'rial')).toBe('۰ ریال');
  });

  it('formats Tomans as Rials / 10, with ٫۵ only when not whole', () => {
    expect(formatMoney(1_200_000, 'toman')).toBe('۱۲۰٬۰۰۰ تومان');
    expect(formatMoney(1_200_005, 'toman')).toBe('۱۲۰٬۰۰۰٫۵ تومان');
    expect(formatMoney(5, 'toman')).toBe('۰٫۵ تومان');
    expect(formatMoney(10_000, 'toman')).toBe('۱٬۰۰۰ تومان');
  });

  it('puts LRM + U+2212 before negative amounts', () => {
    expect(PERSIAN_MINUS).toBe('\u200E\u2212');
    expect(formatMoney(-1_200_000, 'rial')).toBe('\u200E\u2212۱٬۲۰۰٬۰۰۰ ریال');
    expect(formatMoney(-15, 'toman')).toBe('\u200E\u2212۱٫۵ تومان');
    expect(formatMoneyNumber(-1200, 'rial')).toBe(new Intl.NumberFormat('fa').format(-1200));
  });

  it('refuses non-integer or unsafe amounts', () => {
    expect(() => formatMoney(1.5, 'rial')).toThrow(RangeError);
    expect(() => formatMoney(Number.NaN, 'rial')).toThrow(RangeError);
    expect(() => formatMoney(2 ** 53, 'rial')).toThrow(RangeError);
  });
});

describe('numberToPersianWords', () => {
  it.each([
    [0, 'صفر'],
    [1, 'یک'],
    [11, 'یازده'],
    [12, 'دوازده'],
    [15, 'پانزده'],
    [18, 'هجده'],
    [20, 'بیست'],
    [21, 'بیست و یک'],
    [99, 'نود و نه'],
    [100, 'صد'],
    [101, 'صد و یک'],
    [250, 'دویست و پنجاه'],
    [310, 'سیصد و ده'],
    [999, 'نهصد و نود و نه'],
    [1000, 'هزار'],
    [1001, 'هزار و یک'],
    [2000, 'دو هزار'],
    [1200, 'هزار و دویست'],
    [1_000_000, 'یک میلیون'],
    [1_200_000, 'یک میلیون و دویست هزار'],
    [1_001_001, 'یک میلیون و هزار و یک'],
    [1_000_000_000, 'یک میلیارد'],
    [1_542_265_653, 'یک میلیارد و پانصد و چهل و دو میلیون و دویست و شصت و پنج هزار و ششصد و پنجاه و سه'],
    [1e12, 'هزار میلیارد'],
    [2_500_000_000_000, 'دو هزار و پانصد میلیارد'],
    [1e15, 'یک میلیون میلیارد'],
    [-5, 'منفی پنج'],
    [-1_200_000, 'منفی یک میلیون و دویست هزار'],
  ])('%d → %s', (n, words) => {
    expect(numberToPersianWords(n)).toBe(words);
  });

  it('spells the largest safe integer', () => {
    expect(numberToPersianWords(Number.MAX_SAFE_INTEGER)).toBe(
      'نه میلیون و هفت هزار و صد و نود و نه میلیارد و دویست و پنجاه و چهار میلیون و هفتصد و چهل هزار و نهصد و نود و یک',
    );
  });

  it('refuses fractions and unsafe integers', () => {
    expect(() => numberToPersianWords(1.5)).toThrow(RangeError);
    expect(() => numberToPersianWords(2 ** 53)).toThrow(RangeError);
  });
});

describe('amountInWords', () => {
  it('says the amount in the chosen unit', () => {
    expect(amountInWords(1_200_000, 'rial')).toBe('یک میلیون و دویست هزار ریال');
    expect(amountInWords(1_200_000, 'toman')).toBe('صد و بیست هزار تومان');
    expect(amountInWords(0, 'toman')).toBe('صفر تومان');
    expect(amountInWords(-50, 'rial')).toBe('منفی پنجاه ریال');
  });

  it('says an odd Rial in toman as «… تومان و … ریال»', () => {
    expect(amountInWords(1205, 'toman')).toBe('صد و بیست تومان و پنج ریال');
    expect(amountInWords(5, 'toman')).toBe('پنج ریال');
    expect(amountInWords(-15, 'toman')).toBe('منفی یک تومان و پنج ریال');
  });
});

describe('percentOf', () => {
  it('takes basis points and rounds half away from zero', () => {
    expect(percentOf(1_000_000, 900)).toBe(90_000);
    expect(percentOf(1_000_000, 10_000)).toBe(1_000_000);
    expect(percentOf(15, 5000)).toBe(8);
    expect(percentOf(-15, 5000)).toBe(-8);
    expect(percentOf(14, 5000)).toBe(7);
    expect(percentOf(1, 4999)).toBe(0);
    expect(percentOf(1, 5000)).toBe(1);
    expect(percentOf(-1, 5000)).toBe(-1);
    expect(percentOf(123_456_789, 1)).toBe(12_346);
    expect(percentOf(0, 900)).toBe(0);
  });

  it('stays exact when the product exceeds 2^53', () => {
    expect(percentOf(Number.MAX_SAFE_INTEGER, 10_000)).toBe(Number.MAX_SAFE_INTEGER);
    // 900719925474099 × 9999 = 9006298534815515901, so …1551.5901 rounds up.
    expect(percentOf(900_719_925_474_099, 9_999)).toBe(900_629_853_481_552);
    expect(() => percentOf(Number.MAX_SAFE_INTEGER, 20_000)).toThrow(RangeError);
    expect(() => percentOf(1.5, 100)).toThrow(RangeError);
  });
});

describe('parseAmount', () => {
  it('accepts Persian and Arabic digits and the usual separators', () => {
    expect(parseAmount('۱٬۲۰۰٬۰۰۰')).toBe(1_200_000);
    expect(parseAmount('1,200,000')).toBe(1_200_000);
    expect(parseAmount('۱،۲۰۰')).toBe(1200);
    expect(parseAmount(' 1 200 000 ')).toBe(1_200_000);
    expect(parseAmount('٣٠٠')).toBe(300);
    expect(parseAmount('0')).toBe(0);
  });

  it('accepts a leading minus, including what formatMoneyNumber produces', () => {
    expect(parseAmount('-1,000')).toBe(-1000);
    expect(parseAmount('\u2212500')).toBe(-500);
    expect(parseAmount(formatMoneyNumber(-1_200_000, 'rial'))).toBe(-1_200_000);
    expect(Object.is(parseAmount('-0'), 0)).toBe(true);
  });

  it('returns null for decimals, junk and unsafe numbers', () => {
    for (const text of ['', '  ', 'abc', '12.5', '۱۲٫۵', '1-2', '--1', '1e6', '12 ریال', '99999999999999999']) {
      expect(parseAmount(text)).toBeNull();
    }
  });
});
