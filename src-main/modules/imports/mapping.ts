import { COMPANY_IMPORT_FIELDS, PERSON_IMPORT_FIELDS, type ImportField, type ImportMapping } from '../../../src-shared/api/imports';
import type { PartyKind } from '../../../src-shared/api/parties';
import { foldForSearch } from '../../../src-shared/domain/persian-text';

// Column titles offices actually use, for proposing a mapping; compared after search folding.
const ALIASES: Record<ImportField, string[]> = {
  code: ['کد', 'کد مشتری', 'کد شخص', 'code'],
  prefix: ['عنوان', 'پیشوند', 'prefix', 'title'],
  gender: ['جنسیت', 'gender', 'sex'],
  firstName: ['نام', 'first name', 'firstname'],
  lastName: ['نام خانوادگی', 'نام‌خانوادگی', 'فامیل', 'last name', 'lastname', 'family'],
  nationalCode: ['کد ملی', 'کدملی', 'شماره ملی', 'national code', 'national id'],
  birthDate: ['تاریخ تولد', 'تولد', 'birth date', 'birthday'],
  mobile: ['موبایل', 'همراه', 'تلفن همراه', 'شماره همراه', 'شماره موبایل', 'mobile', 'cell'],
  phone: ['تلفن', 'تلفن ثابت', 'شماره تلفن', 'phone', 'tel'],
  fax: ['فکس', 'نمابر', 'fax'],
  email: ['ایمیل', 'پست الکترونیک', 'email', 'e-mail'],
  website: ['وب سایت', 'وب‌سایت', 'سایت', 'website', 'web'],
  province: ['استان', 'province'],
  city: ['شهر', 'city'],
  address: ['نشانی', 'آدرس', 'address'],
  postalCode: ['کد پستی', 'کدپستی', 'postal code', 'zip'],
  description: ['توضیحات', 'شرح', 'یادداشت', 'description', 'notes'],
  name: ['نام شرکت', 'شرکت', 'نام', 'company', 'name'],
  companyType: ['نوع شرکت', 'نوع', 'company type'],
  brand: ['برند', 'نام تجاری', 'brand'],
  economicCode: ['کد اقتصادی', 'economic code'],
  legalNationalId: ['شناسه ملی', 'legal id'],
  registrationNo: ['شماره ثبت', 'registration'],
};

export function importFieldsOf(kind: PartyKind): readonly ImportField[] {
  return kind === 'person' ? PERSON_IMPORT_FIELDS : COMPANY_IMPORT_FIELDS;
}

export function suggestMapping(kind: PartyKind, headers: string[]): ImportMapping {
  const fields = importFieldsOf(kind);
  const taken = new Set<ImportField>();
  return Object.fromEntries(
    headers.map((header) => {
      const folded = foldForSearch(header);
      const field = fields.find((candidate) => !taken.has(candidate) && ALIASES[candidate].some((alias) => foldForSearch(alias) === folded));
      if (field) taken.add(field);
      return [header, field ?? null];
    }),
  );
}
