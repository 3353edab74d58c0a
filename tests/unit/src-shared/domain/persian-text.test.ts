import { describe, it, expect } from 'vitest';
import {
  comparePersian,
  persianSortKey,
  foldForSearch,
  normalizePersianText,
  searchTokens,
  toAsciiDigits,
  toPersianDigits,
} from '../../../../src-shared/domain/persian-text';

const ZWNJ = '\u200C';

describe('normalizePersianText', () => {
  it('turns Arabic yeh, alef maksura and kaf into the Persian letters', () => {
    expect(normalizePersianText('علي كريمى')).toBe('علی کریمی');
    expect(normalizePersianText('\u064A\u0649\u0643')).toBe('\u06CC\u06CC\u06A9');
  });

  it('trims and collapses runs of spaces and tabs', () => {
    expect(normalizePersianText('  رضا   \t  احمدی  ')).toBe('رضا احمدی');
  });

  it('keeps line breaks in free text but drops the spaces around them', () => {
    expect(normalizePersianText('خط  اول  \n   خط دوم\n\nپایان')).toBe('خط اول\nخط دوم\n\nپایان');
  });

  it('keeps everything else as typed: ZWNJ, diacritics, Persian digits, آ', () => {
    const typed = `میرزا${ZWNJ}یی مُحمّد ۱۲ آرش`;
    expect(normalizePersianText(typed)).toBe(typed);
  });
});

describe('digits', () => {
  it('toAsciiDigits converts Persian and Arabic-Indic digits and leaves the rest', () => {
    expect(toAsciiDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(toAsciiDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(toAsciiDigits('کد ۱۲٣4-x')).toBe('کد 1234-x');
  });

  it('toPersianDigits converts strings and numbers', () => {
    expect(toPersianDigits('0123456789')).toBe('۰۱۲۳۴۵۶۷۸۹');
    expect(toPersianDigits(1403)).toBe('۱۴۰۳');
    expect(toPersianDigits('0912-345 x')).toBe('۰۹۱۲-۳۴۵ x');
  });
});

describe('foldForSearch', () => {
  it('makes ZWNJ and no-ZWNJ spellings equal', () => {
    expect(foldForSearch(`میرزا${ZWNJ}یی`)).toBe('میرزایی');
    expect(foldForSearch(`میرزا${ZWNJ}یی`)).toBe(foldForSearch('میرزایی'));
  });

  it('drops tatweel and diacritics, including superscript alef', () => {
    expect(foldForSearch('کـــریم')).toBe('کریم');
    expect(foldForSearch('مُحَمَّد')).toBe('محمد');
    expect(foldForSearch('سَعیدً')).toBe('سعید');
    expect(foldForSearch('رحمٰن')).toBe('رحمن');
  });

  it('folds alef variants, teh marbuta, heh with yeh and waw with hamza', () => {
    expect(foldForSearch('آرش أحمد إیمان')).toBe('ارش احمد ایمان');
    expect(foldForSearch('مدرسة')).toBe('مدرسه');
    expect(foldForSearch('خانۀ')).toBe('خانه');
    expect(foldForSearch('خانه\u0654')).toBe('خانه');
    expect(foldForSearch('مؤسسه')).toBe('موسسه');
  });

  it('applies the ی/ک fix, ASCII digits and Latin lowercase', () => {
    expect(foldForSearch('علي كاظمي ۰۹۱۲ ALI Reza')).toBe('علی کاظمی 0912 ali reza');
  });

  it('leaves single spaces where removed characters stood', () => {
    expect(foldForSearch(' آقای  میرزا\u200Cیی ـــ كريم\nمؤسسهٔ ')).toBe('اقای میرزایی کریم موسسه');
  });
});

describe('searchTokens', () => {
  it('indexes a ZWNJ compound whole and by its parts', () => {
    expect(searchTokens(`میرزا${ZWNJ}یی`)).toEqual(['میرزایی', 'میرزا', 'یی']);
    expect(searchTokens(`کتاب${ZWNJ}خانهٔ ملی`)).toEqual(['کتابخانه', 'کتاب', 'خانه', 'ملی']);
  });

  it('splits on whitespace and Persian and Latin punctuation', () => {
    expect(searchTokens('«علی»، رضا؛ تهران. (شرکت) Ali-Reza!')).toEqual([
      'علی',
      'رضا',
      'تهران',
      'شرکت',
      'ali',
      'reza',
    ]);
  });

  it('deduplicates after folding', () => {
    expect(searchTokens('علی علي عـلی ALI ali')).toEqual(['علی', 'ali']);
  });

  it('returns no tokens for blank or punctuation-only text', () => {
    expect(searchTokens('')).toEqual([]);
    expect(searchTokens(` ، ${ZWNJ} . `)).toEqual([]);
  });
});

describe('comparePersian', () => {
  it('orders letters in the Persian alphabet, unlike code-point order', () => {
    const letters = ['ی', 'گ', 'ک', 'ژ', 'ز', 'چ', 'ج', 'پ', 'ب', 'ا', 'آ'];
    expect([...letters].sort(comparePersian).join(' ')).toBe('آ ا ب پ ج چ ز ژ ک گ ی');
    expect([...letters].sort().join(' ')).not.toBe('آ ا ب پ ج چ ز ژ ک گ ی');
  });

  it('sorts names', () => {
    const names = ['یاسمن', 'چنگیز', 'پرویز', 'جواد', 'بهرام', 'آرش', 'احمد'];
    expect([...names].sort(comparePersian)).toEqual(['آرش', 'احمد', 'بهرام', 'پرویز', 'جواد', 'چنگیز', 'یاسمن']);
    expect(comparePersian('علی', 'علی')).toBe(0);
  });
});

describe('persianSortKey', () => {
  const names = ['یاسر', 'علی', 'آرش', 'احمد', 'پریا', 'بهرام', 'ژاله', 'زهرا', 'گلاره', 'کامران', 'هادی', 'چنگیز', 'جواد', 'ثمین', 'تینا', 'مهسا', 'مهدی', 'مه‌لقا', 'ئیلا', 'شیرین', 'سارا', 'عباس', 'غلام', 'فرهاد', 'قاسم', 'لیلا', 'نرگس', 'وحید', 'ذبیح', 'دنیا', 'رضا', 'خسرو', 'حسن', 'ضیا', 'صبا', 'طاها', 'ظریف'];

  it('orders Persian names as the Persian collation does, unlike code-point order', () => {
    const collated = [...names].sort(comparePersian);
    const byKey = [...names].sort((a, b) => (persianSortKey(a) < persianSortKey(b) ? -1 : 1));
    expect(byKey).toEqual(collated);
    expect([...names].sort()).not.toEqual(collated);
  });

  it('sorts Arabic-keyboard spellings with their Persian twins and puts digits first, Latin last', () => {
    expect(persianSortKey('علي')).toBe(persianSortKey('علی'));
    const sorted = ['Zahra', 'پریا', '۱۲ فروردین', 'ب'].sort((a, b) => (persianSortKey(a) < persianSortKey(b) ? -1 : 1));
    expect(sorted).toEqual(['۱۲ فروردین', 'ب', 'پریا', 'Zahra']);
  });
});
