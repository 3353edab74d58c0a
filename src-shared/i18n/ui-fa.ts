import type { AUDIT_ACTIONS } from '../api/audit';
import type { OWNERSHIPS } from '../api/companies';
import type { INTERACTION_DIRECTIONS, INTERACTION_METHODS } from '../api/interactions';
import type { IMPORT_MODES } from '../api/imports';
import type { LookupKind } from '../api/lookups';
import type { CAMPAIGN_STATUSES, GATEWAY_KINDS, GATEWAY_STATES, MESSAGE_KINDS, OUT_STATUSES, RULE_ACTIONS, RULE_MATCHES } from '../api/messaging';
import type { ContactKind, DATE_FILTER_FIELDS, ExportFormat, FILTER_OPS, NUMBER_FILTER_FIELDS, PartyKind, PRIORITIES, TEXT_FILTER_FIELDS } from '../api/parties';
import type { GENDERS, LANGUAGE_LEVELS, MARITAL_STATUSES } from '../api/people';
import type { RecordScope } from '../api/permissions';
import type { SEARCH_MATCHES } from '../api/search';
import type { MONEY_UNITS } from '../api/settings';
import type { CALL_DIRECTIONS, CALL_STATES, LINE_KINDS } from '../api/telephony';
import type { InboxTab, TASK_PRIORITIES, TASK_SOURCES } from '../api/tasks';
import { toPersianDigits } from '../domain/persian-text';

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

// ---------- messaging (SMS) ----------

// Codes the SMS screens word: statuses, gateways and their problems, preview warnings, send errors.
export const messagingLabels = {
  outStatus: {
    queued: 'در صف',
    sending: 'در حال ارسال',
    sent: 'ارسال‌شده',
    delivered: 'تحویل‌شده',
    failed: 'ناموفق',
    unknown: 'نامعلوم',
    cancelled: 'لغوشده',
    dismissed: 'کنارگذاشته',
  } satisfies Record<(typeof OUT_STATUSES)[number], string>,
  campaignStatus: {
    running: 'در حال ارسال',
    paused: 'متوقف',
    cancelled: 'لغوشده',
    done: 'پایان‌یافته',
  } satisfies Record<(typeof CAMPAIGN_STATUSES)[number], string>,
  gateway: { modem: 'مودم (سیم‌کارت)', panel: 'سامانهٔ پیامکی' } satisfies Record<(typeof GATEWAY_KINDS)[number], string>,
  gatewayState: {
    off: 'خاموش',
    starting: 'در حال راه‌اندازی',
    ready: 'آماده',
    unavailable: 'در دسترس نیست',
  } satisfies Record<(typeof GATEWAY_STATES)[number], string>,
  messageKind: {
    single: 'پیامک تکی',
    campaign: 'ارسال گروهی',
    autoReply: 'پاسخ خودکار',
  } satisfies Record<(typeof MESSAGE_KINDS)[number], string>,
  ruleAction: {
    reply: 'پاسخ خودکار',
    refer: 'ارجاع به کاربر',
    optOut: 'انصراف از دریافت',
  } satisfies Record<(typeof RULE_ACTIONS)[number], string>,
  ruleMatch: {
    exact: 'دقیقاً برابر',
    contains: 'شامل',
  } satisfies Record<(typeof RULE_MATCHES)[number], string>,
  optOutSource: { keyword: 'با پیامک انصراف', manual: 'دستی' },
  encoding: { gsm7: 'لاتین (GSM-7)', ucs2: 'فارسی (UCS-2)' },
  audienceKind: { segment: 'یک فهرست ذخیره‌شده', group: 'یک گروه', numbers: 'شماره‌های دلخواه' },
  // A gateway's problem (src-main/devices/ports.ts GatewayProblem, plus the daily cap).
  problem: {
    'port.missing': 'درگاه مودم پیدا نشد. مودم را وصل کنید و نشانی درگاه را در تنظیمات بررسی کنید.',
    'modem.silent': 'درگاه باز شد ولی مودم پاسخ نمی‌دهد. مودم را جدا و دوباره وصل کنید.',
    'sim.missing': 'سیم‌کارت در مودم نیست یا خوانده نمی‌شود.',
    'sim.pinRequired': 'سیم‌کارت رمز (PIN) می‌خواهد. رمز را در تنظیمات وارد کنید.',
    'sim.wrongPin': 'رمز سیم‌کارت نادرست است. برای قفل نشدن سیم‌کارت دوباره تلاش نشد؛ رمز درست را وارد کنید.',
    'sim.puk': 'سیم‌کارت قفل شده و کد PUK می‌خواهد. آن را در یک گوشی باز کنید.',
    'sim.busy': 'سیم‌کارت مشغول است؛ چند لحظهٔ دیگر دوباره تلاش می‌شود.',
    'network.searching': 'مودم در جستجوی شبکهٔ اپراتور است.',
    'network.denied': 'اپراتور ثبت سیم‌کارت در شبکه را رد کرد.',
    'network.none': 'مودم به شبکهٔ اپراتور وصل نیست. آنتن‌دهی را بررسی کنید.',
    'panel.auth': 'سامانهٔ پیامکی کلید دسترسی (API key) را نپذیرفت.',
    'panel.credit': 'اعتبار حساب سامانهٔ پیامکی تمام شده است.',
    'panel.unreachable': 'سامانهٔ پیامکی در دسترس نیست. اتصال اینترنت را بررسی کنید.',
    'modem.dailyCap': 'سقف ارسال روزانهٔ مودم پر شده است؛ ارسال با مودم تا فردا متوقف است.',
  } as Record<string, string>,
  // Preview warnings (messaging.previewCampaign).
  warning: {
    noGateway: 'هیچ راه ارسالی آماده نیست؛ پیامک‌ها در صف می‌مانند تا مودم یا سامانهٔ پیامکی آماده شود.',
    'modem.bulk': 'این ارسال گروهی با سیم‌کارت شخصی انجام می‌شود. اپراتور ممکن است به خاطر ارسال انبوه، سیم‌کارت را مسدود کند؛ برای ارسال انبوه سامانهٔ پیامکی را به کار ببرید.',
    'modem.dailyCap': 'با این ارسال، سقف ارسال روزانهٔ مودم پر می‌شود؛ بقیهٔ پیامک‌ها فردا فرستاده می‌شوند.',
    'panel.missing': 'سامانهٔ پیامکی تنظیم نشده است.',
    quietHours: 'اکنون ساعت سکوت است؛ ارسال پس از پایان ساعت سکوت آغاز می‌شود.',
  } as Record<string, string>,
  // Why one message failed (outbox error codes).
  sendError: {
    'modem.notReady': 'مودم آماده نبود.',
    'modem.unplugged': 'مودم در میانهٔ ارسال جدا شد.',
    'modem.noAnswer': 'مودم پاسخ نداد.',
    'modem.error': 'مودم ارسال را نپذیرفت.',
    'pdu.invalid': 'پیامک قابل ساختن نبود.',
    'pdu.noSuchPart': 'بخشی از پیامک پیدا نشد.',
    'panel.auth': 'سامانهٔ پیامکی کلید دسترسی را نپذیرفت.',
    'panel.credit': 'اعتبار سامانهٔ پیامکی تمام شده است.',
    'panel.unreachable': 'سامانهٔ پیامکی در دسترس نبود.',
    'panel.timeout': 'سامانهٔ پیامکی به‌موقع پاسخ نداد.',
    'panel.connectionLost': 'ارتباط با سامانهٔ پیامکی قطع شد.',
    'panel.refused': 'سامانهٔ پیامکی ارسال را نپذیرفت.',
    'panel.recipient': 'سامانهٔ پیامکی شمارهٔ گیرنده را نپذیرفت.',
    'panel.noId': 'سامانهٔ پیامکی شناسهٔ پیامک را برنگرداند.',
    'panel.noEntry': 'پاسخ سامانهٔ پیامکی این پیامک را نداشت.',
    'panel.noAnswer': 'سامانهٔ پیامکی پاسخی نداد.',
    'panel.error': 'خطای سامانهٔ پیامکی.',
    'panel.undelivered': 'به گیرنده تحویل نشد.',
  } as Record<string, string>,
} as const;

// One failed message's reason, including codes with a number (cms.500, cme.10, status.64).
export function smsErrorLabel(code: string): string {
  const known = messagingLabels.sendError[code];
  if (known) return known;
  const [family, number] = code.split('.');
  if (family === 'cms' || family === 'cme') return `خطای شبکهٔ اپراتور (کد ${toPersianDigits(number ?? '')})`;
  if (family === 'status') return `گزارش تحویل: ناموفق (کد ${toPersianDigits(number ?? '')})`;
  return 'خطای ناشناخته';
}

// Phone lines, the call log and the incoming-call pop-up.
export const telephonyLabels = {
  lineKind: { voiceModem: 'مودم صوتی', gsm: 'مودم GSM', box: 'دستگاه کالر آیدی' } satisfies Record<(typeof LINE_KINDS)[number], string>,
  lineState: messagingLabels.gatewayState,
  direction: { incoming: 'ورودی', outgoing: 'خروجی' } satisfies Record<(typeof CALL_DIRECTIONS)[number], string>,
  callState: {
    ringing: 'در حال زنگ',
    answered: 'پاسخ داده شد',
    missed: 'بی‌پاسخ',
    ended: 'پایان یافت',
    dialling: 'در حال شماره‌گیری',
  } satisfies Record<(typeof CALL_STATES)[number], string>,
  withheld: { private: 'شماره پنهان است', unavailable: 'شماره در دسترس نیست' },
  // A line's problem (src-main/devices/ports.ts GatewayProblem): the modem ones are the SMS screen's words.
  problem: {
    ...messagingLabels.problem,
    'port.missing': 'درگاه این خط پیدا نشد. دستگاه را وصل کنید و نشانی درگاه را در تنظیمات بررسی کنید.',
    'modem.silent': 'درگاه باز شد ولی دستگاه پاسخ نمی‌دهد. آن را جدا و دوباره وصل کنید.',
    'modem.initFailed': 'مودم یکی از فرمان‌های راه‌اندازی را نپذیرفت؛ ممکن است شمارهٔ تماس‌گیرنده گزارش نشود. فرمان‌های راه‌اندازی را بررسی کنید.',
  } as Record<string, string>,
} as const;

// Tasks and the inbox (کارتابل).
export const taskLabels = {
  priority: priorityLabels satisfies Record<(typeof TASK_PRIORITIES)[number], string>,
  tab: {
    today: 'امروز',
    upcoming: 'پیش رو',
    overdue: 'عقب‌افتاده',
    done: 'انجام‌شده',
    referredToMe: 'ارجاع‌شده به من',
    referredByMe: 'ارجاع‌داده‌شده توسط من',
  } satisfies Record<InboxTab, string>,
  emptyTab: {
    today: 'برای امروز کاری نیست.',
    upcoming: 'کاری در پیش نیست.',
    overdue: 'کار عقب‌افتاده‌ای نیست.',
    done: 'هنوز کاری انجام نشده است.',
    referredToMe: 'کاری به شما ارجاع نشده است.',
    referredByMe: 'کاری ارجاع نداده‌اید.',
  } satisfies Record<InboxTab, string>,
  state: { open: 'باز', overdue: 'عقب‌افتاده', done: 'انجام‌شده' },
  source: { manual: 'دستی', sms: 'پیامک', call: 'تماس' } satisfies Record<(typeof TASK_SOURCES)[number], string>,
} as const;
