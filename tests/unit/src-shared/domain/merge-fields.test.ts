import { describe, expect, it } from 'vitest';
import { renderTemplate, templateTokens, type MergeRecipient } from '../../../../src-shared/domain/merge-fields';

const sara: MergeRecipient = {
  kind: 'person',
  prefix: 'دکتر',
  gender: 'female',
  firstName: 'سارا',
  lastName: 'احمدی',
  displayName: 'سارا احمدی',
  company: 'پیوند',
  code: '1024',
  points: 12500,
  walletRials: 1_500_000,
  birthDate: '1990-03-21',
  position: null,
  address: null,
  city: null,
  postalCode: null,
};

describe('merge fields', () => {
  it('addresses a letter the way Iranian offices do, with the postal code 5+5 and amounts in words', () => {
    const reza: MergeRecipient = {
      ...sara,
      gender: 'male',
      prefix: 'مهندس',
      firstName: 'علی',
      lastName: 'رضایی',
      company: 'شرکت نمونه',
      position: 'مدیر فروش',
      address: 'تهران، خیابان ولیعصر، کوچهٔ 12',
      city: 'تهران',
      postalCode: '1234567890',
      walletRials: 2_500_000,
    };
    const letter = renderTemplate('{خطاب رسمی}\n{نشانی}\nکد پستی: {کد پستی}\nمانده: {کیف پول:حروف}\n{تاریخ امروز}', reza, { today: '2026-11-23' });
    expect(letter.text).toBe(
      'حضور مدیر فروش محترم شرکت نمونه\nجناب آقای مهندس رضایی\nتهران، خیابان ولیعصر، کوچهٔ ۱۲\nکد پستی: ۱۲۳۴۵-۶۷۸۹۰\nمانده: دو میلیون و پانصد هزار ریال\n۱۴۰۵/۰۹/۰۲',
    );
    expect(renderTemplate('{خطاب رسمی}', { ...reza, company: null, position: null }).text).toBe('جناب آقای مهندس علی رضایی');
    expect(renderTemplate('{خطاب رسمی}', { ...reza, kind: 'company', displayName: 'شرکت نمونه' }).text).toBe('مدیریت محترم شرکت نمونه');
  });

  it('fills the Persian tokens with the recipient values, Persian digits and Jalali dates', () => {
    const { text, missing, unknown } = renderTemplate('{خطاب} {نام خانوادگی}، امتیاز شما {امتیاز} و کیف پول {کیف پول} است. کد {کد}، تولد {تاریخ تولد}', sara);
    expect(text).toBe('سرکار خانم احمدی، امتیاز شما ۱۲٬۵۰۰ و کیف پول ۱٬۵۰۰٬۰۰۰ ریال است. کد ۱۰۲۴، تولد ۱۳۶۹/۰۱/۰۱');
    expect(missing).toEqual([]);
    expect(unknown).toEqual([]);
  });

  it('accepts tokens typed with Arabic ي/ك and extra spaces, and folds the space a blank value leaves', () => {
    const blank = { ...sara, gender: null, points: null };
    const result = renderTemplate('سلام {خطاب} {نام}  عزیز، {امتياز}', blank);
    expect(result.text).toBe('سلام سارا عزیز،');
    expect(result.missing).toEqual(['خطاب', 'امتیاز']);
  });

  it('uses campaign custom values and leaves unknown tokens visible', () => {
    const result = renderTemplate('کد تخفیف {کد تخفیف} برای {نام}؛ {چیز ناشناخته}', sara, { custom: { 'کد تخفیف': 'NOWRUZ' } });
    expect(result.text).toBe('کد تخفیف NOWRUZ برای سارا؛ {چیز ناشناخته}');
    expect(result.unknown).toEqual(['چیز ناشناخته']);
    expect(templateTokens('{نام} و {نام} و {کد تخفیف}')).toEqual(['نام', 'کد تخفیف']);
  });

  it('addresses a man formally, a company by its name, and shows money in tomans when the office does', () => {
    expect(renderTemplate('{خطاب} {نام کامل}', { ...sara, gender: 'male', firstName: 'علی', lastName: 'رضایی' }).text).toBe('جناب آقای علی رضایی');
    expect(renderTemplate('{خطاب}{شرکت}', { ...sara, kind: 'company', displayName: 'پارس‌کالا' }).text).toBe('پارس‌کالا');
    expect(renderTemplate('{کیف پول}', sara, { moneyUnit: 'toman' }).text).toBe('۱۵۰٬۰۰۰ تومان');
  });
});
