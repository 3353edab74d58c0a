import { describe, expect, it } from 'vitest';
import { applySavedMapping, mappingIssues, previewCell, sameMapping } from '../../../../../src-renderer/features/imports/import-mapping';

describe('import mapping', () => {
  const headers = ['نام', 'فامیل', 'نام خانوادگی', 'ایمیل'];

  it('names a second column mapped to the same field and a missing required field', () => {
    const issues = mappingIssues('person', headers, { 'نام': 'firstName', 'فامیل': 'lastName', 'نام خانوادگی': 'lastName', 'ایمیل': null });
    expect([...issues.clashes]).toEqual([['نام خانوادگی', 'فامیل']]);
    expect(issues.missingRequired).toBeNull();
    expect(mappingIssues('person', headers, { 'نام': 'firstName' }).missingRequired).toBe('lastName');
    expect(mappingIssues('company', ['نام شرکت'], { 'نام شرکت': 'name' }).missingRequired).toBeNull();
  });

  it('applies a saved mapping to the columns of another file and ignores the columns it does not name', () => {
    const applied = applySavedMapping(headers, { 'نام': 'firstName', 'ایمیل': 'email', 'ستون دیگر': 'city' });
    expect(applied).toEqual({ 'نام': 'firstName', 'فامیل': null, 'نام خانوادگی': null, 'ایمیل': 'email' });
    expect(sameMapping(headers, applied, { 'نام': 'firstName', 'ایمیل': 'email' })).toBe(true);
    expect(sameMapping(headers, applied, { 'نام': 'firstName' })).toBe(false);
  });

  it('previews cells as they will be saved: ی/ک fixed, Persian digits, Jalali dates, Latin left as typed', () => {
    expect(previewCell('lastName', ' كاظمي ')).toEqual({ text: 'کاظمی', latin: false });
    expect(previewCell('mobile', '09121234567')).toEqual({ text: '۰۹۱۲۱۲۳۴۵۶۷', latin: false });
    expect(previewCell('birthDate', '1985-06-15')).toEqual({ text: '۱۳۶۴/۰۳/۲۵', latin: false });
    expect(previewCell('birthDate', '1369/1/1')).toEqual({ text: '۱۳۶۹/۰۱/۰۱', latin: false });
    expect(previewCell('birthDate', 'دیروز')).toEqual({ text: 'دیروز', latin: false });
    expect(previewCell('email', 'a1@example.com')).toEqual({ text: 'a1@example.com', latin: true });
    expect(previewCell(null, 'Tehran 12')).toEqual({ text: 'Tehran 12', latin: true });
    expect(previewCell(null, 'پلاک 12')).toEqual({ text: 'پلاک ۱۲', latin: false });
  });
});
