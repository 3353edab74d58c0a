import { describe, expect, it } from 'vitest';
import { birthdayNotice } from '../../../../../src-renderer/features/people/birthday';

describe('birthday badge', () => {
  it('counts the days to the Jalali birthday, today included, up to a week', () => {
    // 1375/09/05 is 1996-11-25; 1404/09/05 is 2025-11-26.
    expect(birthdayNotice('1996-11-25', '2025-11-26')).toBe('تولد: امروز');
    expect(birthdayNotice('1996-11-25', '2025-11-23')).toBe('تولد: ۳ روز دیگر (۵ آذر)');
    expect(birthdayNotice('1996-11-25', '2025-11-19')).toBe('تولد: ۷ روز دیگر (۵ آذر)');
    expect(birthdayNotice('1996-11-25', '2025-11-18')).toBeNull();
    expect(birthdayNotice('1996-11-25', '2025-11-27')).toBeNull();
  });

  it('looks across the Jalali new year, and keeps quiet without a date or before it', () => {
    // 1370/01/02 is 1991-03-22; 1405/01/02 is 2026-03-22, four days after 1404/12/27 (2026-03-18).
    expect(birthdayNotice('1991-03-22', '2026-03-18')).toBe('تولد: ۴ روز دیگر (۲ فروردین)');
    expect(birthdayNotice(null, '2026-03-18')).toBeNull();
    expect(birthdayNotice('2030-01-01', '2026-03-18')).toBeNull();
  });
});
