import { diffDays, JALALI_MONTHS, nextJalaliAnniversary, toJalali } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';

const SOON_DAYS = 7;

// «تولد: امروز» or «تولد: ۳ روز دیگر (۲۵ آبان)» when the Jalali birthday is today or within a week.
export function birthdayNotice(birthDate: string | null, today: string): string | null {
  if (!birthDate || birthDate > today) return null;
  const next = nextJalaliAnniversary(birthDate, today);
  const days = diffDays(next, today);
  if (days === 0) return 'تولد: امروز';
  if (days > SOON_DAYS) return null;
  const { jm, jd } = toJalali(next);
  return `تولد: ${toPersianDigits(days)} روز دیگر (${toPersianDigits(jd)} ${JALALI_MONTHS[jm - 1]})`;
}
