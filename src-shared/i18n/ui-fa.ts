import type { AUDIT_ACTIONS } from '../api/audit';
import type { OWNERSHIPS } from '../api/companies';
import type { INTERACTION_DIRECTIONS, INTERACTION_METHODS } from '../api/interactions';
import type { IMPORT_MODES } from '../api/imports';
import type { LookupKind } from '../api/lookups';
import type { ContactKind, DATE_FILTER_FIELDS, ExportFormat, FILTER_OPS, NUMBER_FILTER_FIELDS, PartyKind, PRIORITIES, TEXT_FILTER_FIELDS } from '../api/parties';
import type { GENDERS, LANGUAGE_LEVELS, MARITAL_STATUSES } from '../api/people';
import type { RecordScope } from '../api/permissions';
import type { SEARCH_MATCHES } from '../api/search';
import type { MONEY_UNITS } from '../api/settings';

// Persian names for things the audit log and events carry as identifiers; screens, exports and reports share them.
// Adding an audited table: its label here (and its fields below).

export const tableLabels: Record<string, string> = {
  users: 'کاربران',
  access_templates: 'قالب‌های دسترسی',
  office_settings: 'تنظیمات دفتر',
  parties: 'اشخاص و شرکت‌ها',
  contact_points: 'راه‌های ارتباطی',
  party_links: 'سمت‌ها در شرکت‌ها',
  interactions: 'ارتباطات',
  groups: 'گروه‌ها',
};

// One record of the table, for sentences like «کاربر «سارا» تغییر کرد».
export const recordNouns: Record<string, string> = {
  users: 'کاربر',
  access_templates: 'قالب دسترسی',
  office_settings: 'تنظیمات دفتر',
  parties: 'شخص یا شرکت',
  contact_points: 'راه ارتباطی',
  party_links: 'سمت در شرکت',
  interactions: 'ارتباط',
  groups: 'گروه',
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
  // People, companies and what hangs from them (camelCase, as the records writer logs them).
  kind: 'نوع',
  code: 'کد',
  prefix: 'عنوان',
  gender: 'جنسیت',
  firstName: 'نام',
  lastName: 'نام خانوادگی',
  nationalCode: 'کد ملی',
  birthCertificateNo: 'شمارهٔ شناسنامه',
  maritalStatus: 'وضعیت تأهل',
  birthDate: 'تاریخ تولد',
  weddingDate: 'تاریخ ازدواج',
  educationField: 'رشتهٔ تحصیلی',
  educationDegree: 'مدرک تحصیلی',
  religion: 'دین',
  favoriteColor: 'رنگ مورد علاقه',
  languages: 'زبان‌ها',
  psychologyNotes: 'یادداشت روان‌شناختی',
  priority: 'اولویت',
  color: 'رنگ',
  icon: 'نماد',
  referralSource: 'شیوهٔ آشنایی',
  activityTypes: 'زمینه‌های فعالیت',
  certificates: 'گواهی‌نامه‌ها',
  income: 'درآمد',
  creditLimit: 'سقف اعتبار',
  roles: 'نقش‌ها',
  groupIds: 'گروه‌ها',
  managerIds: 'مسئولان پرونده',
  country: 'کشور',
  province: 'استان',
  city: 'شهر',
  region: 'منطقه',
  description: 'توضیحات',
  companyType: 'نوع شرکت',
  brand: 'نام تجاری',
  economicCode: 'کد اقتصادی',
  legalNationalId: 'شناسهٔ ملی',
  registrationNo: 'شمارهٔ ثبت',
  foundedOn: 'تاریخ تأسیس',
  foundedYear: 'سال تأسیس',
  employeesCount: 'تعداد کارکنان',
  ownership: 'نوع مالکیت محل',
  label: 'برچسب',
  value: 'مقدار',
  extension: 'داخلی',
  addressLine: 'نشانی',
  postalCode: 'کد پستی',
  poBox: 'صندوق پستی',
  latitude: 'عرض جغرافیایی',
  longitude: 'طول جغرافیایی',
  preferred: 'راه ترجیحی',
  noSms: 'پیامک نفرستید',
  noCall: 'تماس نگیرید',
  noLetter: 'نامه نفرستید',
  noEmail: 'ایمیل نفرستید',
  position: 'سمت',
  personId: 'شخص',
  companyId: 'شرکت',
  partyId: 'طرف ارتباط',
  subject: 'موضوع',
  method: 'روش',
  direction: 'جهت',
  occurredAt: 'زمان',
  products: 'محصولات',
  result: 'نتیجه',
  effect: 'تأثیر',
  parentId: 'گروه بالاتر',
  userId: 'کاربر',
};

export const scopeLabels: Record<RecordScope, string> = {
  all: 'همهٔ رکوردها',
  own: 'فقط رکوردهایی که مسئول آن‌هاست',
};

export const moneyUnitLabels: Record<(typeof MONEY_UNITS)[number], string> = {
  rial: 'ریال',
  toman: 'تومان',
};

// ---------- people, companies, groups, interactions ----------

export const partyKindLabels: Record<PartyKind, string> = {
  person: 'شخص',
  company: 'شرکت',
};

export const genderLabels: Record<(typeof GENDERS)[number], string> = {
  male: 'مرد',
  female: 'زن',
};

export const maritalStatusLabels: Record<(typeof MARITAL_STATUSES)[number], string> = {
  single: 'مجرد',
  married: 'متأهل',
};

export const languageLevelLabels: Record<(typeof LANGUAGE_LEVELS)[number], string> = {
  basic: 'مقدماتی',
  intermediate: 'متوسط',
  fluent: 'مسلط',
  native: 'زبان مادری',
};

export const priorityLabels: Record<(typeof PRIORITIES)[number], string> = {
  high: 'زیاد',
  medium: 'متوسط',
  low: 'کم',
};

export const contactKindLabels: Record<ContactKind, string> = {
  mobile: 'همراه',
  phone: 'تلفن ثابت',
  fax: 'نمابر',
  email: 'ایمیل',
  website: 'وب‌سایت',
  address: 'نشانی',
};

export const doNotContactLabels = {
  noSms: 'پیامک نفرستید',
  noCall: 'تماس نگیرید',
  noLetter: 'نامه نفرستید',
  noEmail: 'ایمیل نفرستید',
} as const;

export const ownershipLabels: Record<(typeof OWNERSHIPS)[number], string> = {
  rented: 'استیجاری',
  goodwill: 'سرقفلی',
  owned: 'ملکی',
};

export const interactionMethodLabels: Record<(typeof INTERACTION_METHODS)[number], string> = {
  call: 'تماس تلفنی',
  sms: 'پیامک',
  email: 'ایمیل',
  letter: 'نامه',
  fax: 'نمابر',
  visit: 'مراجعهٔ حضوری',
  meeting: 'جلسه',
};

export const interactionDirectionLabels: Record<(typeof INTERACTION_DIRECTIONS)[number], string> = {
  incoming: 'ورودی',
  outgoing: 'خروجی',
};

// What a global-search hit matched on.
export const searchMatchLabels: Record<(typeof SEARCH_MATCHES)[number], string> = {
  code: 'کد',
  phone: 'تلفن',
  nationalCode: 'کد ملی',
  email: 'ایمیل',
  name: 'نام',
};

// Suggestions only: offices type their own as well.
export const contactLabelSuggestions = ['محل کار', 'منزل', 'شخصی', 'دفتر مرکزی', 'کارخانه', 'انبار'] as const;

// ---------- data exchange: Excel import, list export ----------

export const importModeLabels: Record<(typeof IMPORT_MODES)[number], string> = {
  skipInvalid: 'ردیف‌های نادرست را رد کن و بقیه را وارد کن',
  allOrNothing: 'همه یا هیچ',
};

export const importModeHints: Record<(typeof IMPORT_MODES)[number], string> = {
  skipInvalid: 'ردیف‌های سالم ثبت می‌شوند؛ ردیف‌های دارای خطا در گزارش خطا می‌مانند تا اصلاح و دوباره وارد شوند.',
  allOrNothing: 'اگر حتی یک ردیف خطا داشته باشد، هیچ ردیفی ثبت نمی‌شود.',
};

// The menu item of each export format; the file extension is shown beside it.
export const exportFormatLabels: Record<ExportFormat, string> = {
  xlsx: 'اکسل',
  docx: 'ورد',
  csv: 'CSV',
  html: 'HTML',
  xml: 'XML',
};

// A record's colour, chosen from these (the names are what a screen reader says).
export const partyColorLabels: Record<string, string> = {
  '#0f6e66': 'سبزآبی',
  '#1d4ed8': 'آبی',
  '#7c3aed': 'بنفش',
  '#be185d': 'سرخابی',
  '#b42318': 'قرمز',
  '#c2410c': 'نارنجی',
  '#a16207': 'زرد تیره',
  '#15803d': 'سبز',
  '#475569': 'خاکستری',
};

// ---------- advanced list filters, suggestion lists, attachments ----------

type FilterField = (typeof TEXT_FILTER_FIELDS)[number] | (typeof DATE_FILTER_FIELDS)[number] | (typeof NUMBER_FILTER_FIELDS)[number];

export const filterFieldLabels: Record<FilterField, string> = {
  code: 'کد',
  displayName: 'نام کامل',
  firstName: 'نام',
  lastName: 'نام خانوادگی',
  prefix: 'عنوان',
  nationalCode: 'کد ملی',
  legalNationalId: 'شناسهٔ ملی',
  economicCode: 'کد اقتصادی',
  registrationNo: 'شمارهٔ ثبت',
  brand: 'نام تجاری',
  companyType: 'نوع شرکت',
  country: 'کشور',
  province: 'استان',
  city: 'شهر',
  region: 'منطقه',
  referralSource: 'شیوهٔ آشنایی',
  gender: 'جنسیت',
  maritalStatus: 'وضعیت تأهل',
  educationField: 'رشتهٔ تحصیلی',
  educationDegree: 'مدرک تحصیلی',
  religion: 'دین',
  favoriteColor: 'رنگ مورد علاقه',
  priority: 'اولویت',
  description: 'توضیحات',
  birthDate: 'تاریخ تولد',
  weddingDate: 'تاریخ ازدواج',
  foundedOn: 'تاریخ تأسیس',
  createdAt: 'تاریخ ایجاد',
  income: 'درآمد',
  creditLimit: 'سقف اعتبار',
  employeesCount: 'تعداد کارکنان',
  foundedYear: 'سال تأسیس',
};

export const filterOpLabels: Record<(typeof FILTER_OPS)[number], string> = {
  eq: 'برابر',
  contains: 'شامل',
  between: 'بین',
  empty: 'خالی',
  notEmpty: 'پر',
};

export const lookupKindLabels: Record<LookupKind, string> = {
  prefix: 'عنوان‌های اشخاص',
  companyType: 'انواع شرکت',
  interactionMethod: 'روش‌های ارتباط',
  referralSource: 'شیوه‌های آشنایی',
  activityType: 'زمینه‌های فعالیت',
  role: 'نقش‌ها',
  ranking: 'رتبه‌ها',
  taskType: 'انواع کار',
  taskStatus: 'وضعیت‌های کار',
};

// File sizes: «۲٫۵ مگابایت».
export const fileSizeUnits = { byte: 'بایت', kb: 'کیلوبایت', mb: 'مگابایت' } as const;

// Files attached to one interaction: in its dialog and beside it in the interactions list.
export const interactionFileLabels = {
  section: 'پیوست‌ها',
  chooseFiles: 'انتخاب پرونده‌ها',
  pendingHint: 'پرونده‌های انتخاب‌شده پس از ثبت ارتباط بارگذاری می‌شوند.',
  pendingCaption: 'پرونده‌های آمادهٔ بارگذاری',
  drop: (file: string) => `برداشتن «${file}»`,
  dropLabel: 'برداشتن',
  column: 'پیوست',
  // «پیوست‌های «تماس»: ۲ پرونده»
  clip: (subject: string, count: string) => `پیوست‌های «${subject}»: ${count} پرونده`,
  uploadFailed: (file: string, message: string) => `«${file}» پیوست نشد: ${message}`,
} as const;
