import type { AUDIT_ACTIONS } from '../api/audit';
import type { RecordScope } from '../api/permissions';
import type { MONEY_UNITS } from '../api/settings';

// Persian names for things the audit log and events carry as identifiers; screens, exports and reports share them.
// Adding an audited table: its label here (and its fields below).

export const tableLabels: Record<string, string> = {
  users: 'کاربران',
  access_templates: 'قالب‌های دسترسی',
  office_settings: 'تنظیمات دفتر',
};

// One record of the table, for sentences like «کاربر «سارا» تغییر کرد».
export const recordNouns: Record<string, string> = {
  users: 'کاربر',
  access_templates: 'قالب دسترسی',
  office_settings: 'تنظیمات دفتر',
};

export const auditActionLabels: Record<(typeof AUDIT_ACTIONS)[number], string> = {
  insert: 'ایجاد',
  update: 'ویرایش',
  delete: 'حذف',
  restore: 'بازگردانی',
  purge: 'حذف همیشگی',
};

// Past-tense verbs for notifications: «… ایجاد شد».
export const auditActionPast: Record<(typeof AUDIT_ACTIONS)[number], string> = {
  insert: 'ایجاد شد',
  update: 'تغییر کرد',
  delete: 'حذف شد',
  restore: 'بازگردانده شد',
  purge: 'برای همیشه حذف شد',
};

// Column names as the audit log records them; both spellings because tables and code differ.
export const auditFieldLabels: Record<string, string> = {
  username: 'نام کاربری',
  displayName: 'نام نمایشی',
  display_name: 'نام نمایشی',
  isAdmin: 'مدیر سیستم',
  is_admin: 'مدیر سیستم',
  active: 'فعال',
  isActive: 'فعال',
  is_active: 'فعال',
  templateId: 'قالب دسترسی',
  template_id: 'قالب دسترسی',
  passwordHash: 'رمز عبور',
  password_hash: 'رمز عبور',
  password: 'رمز عبور',
  name: 'نام',
  scope: 'محدودهٔ رکوردها',
  permissions: 'دسترسی‌ها',
  officeName: 'نام دفتر',
  office_name: 'نام دفتر',
  defaultAreaCode: 'پیش‌شمارهٔ پیش‌فرض',
  default_area_code: 'پیش‌شمارهٔ پیش‌فرض',
  moneyUnit: 'واحد پول',
  money_unit: 'واحد پول',
  deletedAt: 'زمان حذف',
  deleted_at: 'زمان حذف',
};

export const scopeLabels: Record<RecordScope, string> = {
  all: 'همهٔ رکوردها',
  own: 'فقط رکوردهایی که مسئول آن‌هاست',
};

export const moneyUnitLabels: Record<(typeof MONEY_UNITS)[number], string> = {
  rial: 'ریال',
  toman: 'تومان',
};
