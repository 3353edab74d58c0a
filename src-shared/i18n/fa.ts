import type { ApiErrorBody, ErrorCode, FieldIssue } from '../api/errors';
import type { Form, Right } from '../api/permissions';
import { toPersianDigits } from '../domain/persian-text';
import type { IranIdError } from '../domain/iran-ids';

// Every message says what happened and what to do next.
export const errorMessages: Record<ErrorCode, string> = {
  'auth.required': 'برای ادامه وارد حساب کاربری خود شوید.',
  'auth.sessionExpired': 'نشست شما به پایان رسیده است. لطفاً دوباره وارد شوید.',
  'auth.badCredentials': 'نام کاربری یا رمز عبور درست نیست. دوباره تلاش کنید.',
  'auth.throttled': 'به دلیل تلاش‌های ناموفق پیاپی، ورود موقتاً قفل شده است. {seconds} ثانیه دیگر دوباره تلاش کنید.',
  'auth.userInactive': 'حساب کاربری شما غیرفعال است. با مدیر سیستم تماس بگیرید.',
  'auth.forbidden': 'شما اجازهٔ انجام این کار را ندارید. اگر به آن نیاز دارید، از مدیر سیستم بخواهید دسترسی «{permission}» را به شما بدهد.',
  'auth.setupDone': 'راه‌اندازی اولیه قبلاً انجام شده است. با حساب مدیر وارد شوید.',
  'auth.wrongPassword': 'رمز عبور فعلی درست نیست.',
  'input.invalid': 'برخی از اطلاعات واردشده درست نیست. موارد مشخص‌شده را اصلاح کنید.',
  'method.unknown': 'این درخواست برای سرور شناخته‌شده نیست. نسخهٔ برنامه را بررسی کنید.',
  'record.notFound': 'این رکورد پیدا نشد؛ شاید حذف شده باشد. فهرست را تازه کنید.',
  'record.versionConflict': 'این رکورد هم‌زمان توسط کاربر دیگری تغییر کرده است. آن را دوباره باز کنید و تغییرات خود را اعمال کنید.',
  'record.notDeleted': 'این رکورد در فهرست حذف‌شده‌ها نیست؛ بازگردانی و حذف فیزیکی فقط برای رکوردهای حذف‌شده ممکن است.',
  'users.usernameTaken': 'این نام کاربری قبلاً ثبت شده است. نام دیگری انتخاب کنید.',
  'users.lastAdmin': 'این آخرین مدیر فعال سیستم است و نمی‌توان آن را حذف، غیرفعال یا از مدیریت خارج کرد.',
  'users.templateInUse': 'این قالب دسترسی به کاربرانی اختصاص دارد. ابتدا قالب آن کاربران را تغییر دهید.',
  'templates.nameTaken': 'قالب دسترسی دیگری با همین نام وجود دارد. نام دیگری انتخاب کنید.',
  'parties.duplicate': '{field} «{value}» قبلاً برای «{name}» ثبت شده است. همان رکورد را باز کنید یا مقدار را اصلاح کنید.',
  'attachments.tooLarge': 'این پرونده بزرگ‌تر از حد مجاز ({limitMb} مگابایت) است. پرونده را کوچک‌تر کنید یا از مدیر بخواهید حد مجاز را در تنظیمات بالا ببرد.',
  'messaging.noRecipients': 'هیچ گیرنده‌ای با شمارهٔ همراه معتبر باقی نماند. گیرندگان را بررسی کنید؛ شماره‌های تکراری و لغو اشتراک‌کرده حذف می‌شوند.',
  'messaging.noGateway': 'هیچ راه ارسال پیامکی آماده نیست. در تنظیمات پیامک، مودم یا سامانهٔ پیامکی را تنظیم کنید.',
  'messaging.optedOut': 'شمارهٔ {number} از دریافت پیامک انصراف داده است. برای ارسال، ابتدا آن را از فهرست انصراف حذف کنید.',
  'messaging.invalidNumber': '«{number}» شمارهٔ همراه معتبری نیست؛ مانند ۰۹۱۲۳۴۵۶۷۸۹ وارد کنید.',
  'messaging.notResendable': 'فقط پیامک‌های ناموفق یا با وضعیت نامعلوم را می‌توان دوباره فرستاد یا کنار گذاشت.',
  'messaging.campaignEnded': 'این ارسال گروهی به پایان رسیده یا لغو شده است و دیگر تغییر نمی‌کند.',
  'messaging.nameTaken': 'موردی با همین نام یا کلیدواژه وجود دارد. نام دیگری انتخاب کنید.',
  'telephony.noLine': 'هیچ خط تلفنی برای شماره‌گیری آماده نیست. در تنظیمات تلفن، یک مودم را به خط وصل و فعال کنید.',
  'telephony.dialFailed': 'شماره‌گیری انجام نشد ({code}). اتصال مودم و خط تلفن را بررسی کنید و دوباره تلاش کنید.',
  'tasks.done': 'این کار پیش‌تر انجام شده است و دیگر ارجاع یا تغییر نمی‌کند.',
  'club.alreadyMember': 'این شخص پیش‌تر عضو باشگاه شده است (شمارهٔ عضویت {number}).',
  'club.notActive': 'عضویت این مشتری فعال نیست (تعلیق یا منقضی شده است)؛ پیش از ثبت خرید یا امتیاز، عضویت را فعال یا تمدید کنید.',
  'club.feeRequired': 'باشگاه بسته است: حق عضویت {fee} ریال باید پرداخت و ثبت شود.',
  'club.answersRequired': 'باشگاه بسته است: به همهٔ پرسش‌های فرم درخواست عضویت پاسخ دهید.',
  'club.cardTaken': 'کارت {code} پیش‌تر صادر یا باطل شده است؛ کارت دیگری بکشید.',
  'club.referralUnknown': 'کد معرف «{code}» به هیچ عضو فعالی تعلق ندارد.',
  'club.insufficientPoints': 'امتیاز کافی نیست: موجودی {balance} امتیاز است.',
  'club.insufficientWallet': 'موجودی کیف پول کافی نیست: موجودی {balance} ریال است.',
  'club.pointsUsed': 'بخشی از این امتیازها پیش‌تر خرج یا منقضی شده است و برگشت آن ممکن نیست؛ به‌جای آن اصلاح امتیاز با ذکر دلیل ثبت کنید.',
  'club.alreadyReversed': 'این ردیف پیش‌تر برگشت خورده است.',
  'club.notReversible': 'ردیف‌های انقضا و برگشت را نمی‌توان برگشت زد.',
  'club.coupon': 'کد تخفیف پذیرفته نشد: {reason}',
  'club.surveyDone': 'امتیاز این نظرسنجی پیش‌تر به این عضو داده شده است.',
  'club.tierInUse': 'این سطح {members} عضو دارد؛ پیش از حذف آستانه‌ها را چنان تغییر دهید که اعضا به سطح دیگری بروند.',
  'club.noEligible': 'هیچ عضوی با این شرایط در قرعه‌کشی شرکت داده نمی‌شود.',
  'club.notAPerson': 'فقط اشخاص می‌توانند عضو باشگاه شوند، نه شرکت‌ها.',
  'printing.missingAddress': 'چاپ متوقف شد: {count} نفر از این فهرست نشانی پستی قابل استفاده ندارند. نشانی آن‌ها را کامل کنید یا «کنار گذاشتن بدون نشانی» را برگزینید.',
  'printing.noRecipients': 'هیچ‌کس در این فهرست نشانی پستی قابل استفاده ندارد؛ چیزی برای چاپ نیست.',
  'internal': 'خطای پیش‌بینی‌نشده‌ای رخ داد. دوباره تلاش کنید؛ اگر تکرار شد به پشتیبانی اطلاع دهید.',
};

// Why a coupon was refused at the counter (the club.coupon error's {reason}).
export const couponRefusalLabels: Record<'unknown' | 'inactive' | 'notYet' | 'ended' | 'usedUp' | 'usedByMember' | 'tier' | 'minPurchase', string> = {
  unknown: 'چنین کدی تعریف نشده است',
  inactive: 'این تخفیف غیرفعال است',
  notYet: 'زمان استفاده از این کد هنوز نرسیده است',
  ended: 'مهلت استفاده از این کد گذشته است',
  usedUp: 'ظرفیت استفاده از این کد تمام شده است',
  usedByMember: 'این عضو پیش‌تر از این کد استفاده کرده است',
  tier: 'این کد برای سطح این عضو نیست',
  minPurchase: 'مبلغ خرید از حداقل لازم برای این کد کمتر است',
};

// Field-level messages: keys used in src-shared/api/fields.ts and zod's own issue codes.
export const validationMessages: Record<string, string> & Record<`validation.${IranIdError}`, string> = {
  'validation.required': 'این فیلد را پر کنید.',
  'validation.tooLong': 'متن واردشده بیش از حد طولانی است.',
  'validation.url': 'نشانی وب درست نیست؛ مانند https://api.example.ir وارد کنید.',
  'validation.lineNumber': 'شمارهٔ خط ارسال باید فقط رقم باشد، مانند ۱۰۰۰۴۳۴۶.',
  'validation.clockTime': 'ساعت را به شکل ۲۲:۰۰ وارد کنید.',
  'validation.hexBytes': 'بایت‌ها را به شکل هگز و با فاصله وارد کنید، مانند FC 70 72.',
  'validation.lineIdTaken': 'دو خط تلفن نمی‌توانند یک شناسه داشته باشند.',
  'validation.lineId': 'شناسهٔ خط فقط حروف کوچک لاتین، رقم و خط تیره باشد، مانند reception.',
  'validation.simPin': 'رمز سیم‌کارت (PIN) باید ۴ تا ۸ رقم باشد.',
  'validation.phone': 'شماره درست نیست؛ فقط رقم و در صورت نیاز + در ابتدا.',
  'validation.username': 'نام کاربری باید ۳ تا ۳۲ حرف لاتین، رقم یا یکی از نشانه‌های . _ - باشد.',
  'validation.passwordShort': 'رمز عبور باید دست‌کم ۸ نویسه باشد.',
  'validation.areaCode': 'پیش‌شماره باید دو یا سه رقم باشد، مانند ۰۲۱.',
  'validation.date': 'تاریخ درست نیست.',
  'validation.templateRequired': 'برای کاربری که مدیر نیست یک قالب دسترسی انتخاب کنید.',
  'validation.invalid': 'مقدار واردشده درست نیست.',
  'validation.amount': 'مبلغ را به عدد و به ریال وارد کنید.',
  'validation.color': 'رنگ را از فهرست رنگ‌ها انتخاب کنید.',
  'validation.email': 'نشانی ایمیل درست نیست؛ مانند name@example.com وارد کنید.',
  'validation.website': 'نشانی وب‌سایت درست نیست؛ مانند example.ir وارد کنید.',
  'validation.address': 'دست‌کم نشانی، شهر یا کد پستی را وارد کنید.',
  'validation.unknownGroup': 'گروه انتخاب‌شده وجود ندارد یا حذف شده است.',
  'validation.unknownUser': 'کاربر انتخاب‌شده وجود ندارد یا غیرفعال است.',
  'validation.unknownCompany': 'شرکت انتخاب‌شده وجود ندارد یا حذف شده است.',
  'validation.groupCycle': 'یک گروه نمی‌تواند زیرمجموعهٔ خودش یا زیرگروه‌هایش باشد.',
  'validation.workbook': 'این پرونده یک کتاب کار اکسل (xlsx) خوانا نیست. آن را در اکسل با قالب xlsx ذخیره کنید و دوباره بفرستید.',
  'validation.redeemTooMuch': 'ارزش امتیازهای خرج‌شده از مبلغ خرید بیشتر است.',
  'validation.walletTooMuch': 'برداشت از کیف پول از مبلغ قابل پرداخت بیشتر است.',
  'validation.codeTaken': 'این کد تخفیف پیش‌تر برای تخفیف دیگری تعریف شده است.',
  'validation.docxLettersOnly': 'خروجی ورد فقط برای نامه‌هاست؛ پاکت و برچسب را به‌صورت PDF چاپ کنید.',
  'validation.taskDependency': 'پیش‌نیاز انتخاب‌شده وجود ندارد یا به خود این کار برمی‌گردد.',
  'validation.discountValue': 'یا درصد تخفیف را وارد کنید یا مبلغ آن را، نه هر دو.',
  'validation.dateOrder': 'تاریخ پایان نباید پیش از تاریخ شروع باشد.',
  'validation.mergeSame': 'برای ادغام دو رکورد متفاوت انتخاب کنید.',
  'validation.nationalCode.empty': 'کد ملی را وارد کنید.',
  'validation.nationalCode.chars': 'کد ملی فقط باید رقم باشد.',
  'validation.nationalCode.length': 'کد ملی باید ۱۰ رقم باشد.',
  'validation.nationalCode.repeated': 'کد ملی با ارقام تکراری معتبر نیست.',
  'validation.nationalCode.checksum': 'کد ملی معتبر نیست؛ ارقام را دوباره بررسی کنید.',
  'validation.legalNationalId.empty': 'شناسهٔ ملی را وارد کنید.',
  'validation.legalNationalId.chars': 'شناسهٔ ملی فقط باید رقم باشد.',
  'validation.legalNationalId.length': 'شناسهٔ ملی اشخاص حقوقی باید ۱۱ رقم باشد.',
  'validation.legalNationalId.checksum': 'شناسهٔ ملی معتبر نیست؛ ارقام را دوباره بررسی کنید.',
  'validation.economicCode.empty': 'کد اقتصادی را وارد کنید.',
  'validation.economicCode.chars': 'کد اقتصادی فقط باید رقم باشد.',
  'validation.economicCode.length': 'کد اقتصادی باید ۱۱ یا ۱۲ رقم باشد.',
  'validation.economicCode.checksum': 'کد اقتصادی معتبر نیست؛ ارقام را دوباره بررسی کنید.',
  'validation.mobile.empty': 'شمارهٔ همراه را وارد کنید.',
  'validation.mobile.chars': 'شمارهٔ همراه فقط باید رقم باشد.',
  'validation.mobile.country': 'شمارهٔ همراه باید ایرانی باشد (با ۰۹ یا ‎+98 شروع شود).',
  'validation.mobile.length': 'شمارهٔ همراه باید ۱۱ رقم باشد، مانند ۰۹۱۲۳۴۵۶۷۸۹.',
  'validation.mobile.prefix': 'شمارهٔ همراه باید با ۰۹ شروع شود.',
  'validation.landline.empty': 'شمارهٔ تلفن را وارد کنید.',
  'validation.landline.chars': 'شمارهٔ تلفن فقط باید رقم باشد.',
  'validation.landline.country': 'شمارهٔ تلفن را با پیش‌شمارهٔ ایران یا کشور درست وارد کنید.',
  'validation.landline.length': 'شمارهٔ تلفن ثابت باید ۸ رقم به‌همراه پیش‌شماره باشد، مانند ۰۲۱۸۸۷۷۶۶۵۵.',
  'validation.landline.areaCode': 'پیش‌شمارهٔ شهر درست نیست.',
  'validation.landline.isMobile': 'این شمارهٔ همراه است؛ آن را در ردیف «همراه» وارد کنید.',
  'validation.postalCode.empty': 'کد پستی را وارد کنید.',
  'validation.postalCode.chars': 'کد پستی فقط باید رقم باشد.',
  'validation.postalCode.length': 'کد پستی باید ۱۰ رقم باشد.',
  invalid_type: 'مقدار واردشده از نوع درست نیست.',
  too_small: 'مقدار واردشده کوتاه‌تر یا کوچک‌تر از حد مجاز است.',
  too_big: 'مقدار واردشده بلندتر یا بزرگ‌تر از حد مجاز است.',
  invalid_format: 'قالب مقدار واردشده درست نیست.',
  invalid_value: 'این گزینه مجاز نیست.',
  unrecognized_keys: 'فیلدهای ناشناخته فرستاده شده است.',
};

export const formLabels: Record<Form, string> = {
  people: 'اشخاص',
  companies: 'شرکت‌ها',
  interactions: 'ارتباطات',
  tasks: 'کارها',
  club: 'باشگاه مشتریان',
  sales: 'فروش',
  messaging: 'پیامک',
  telephony: 'تلفن',
  printing: 'چاپ',
  users: 'کاربران',
  settings: 'تنظیمات',
  audit: 'تاریخچهٔ تغییرات',
};

export const rightLabels: Record<Right, string> = {
  view: 'مشاهده',
  create: 'ایجاد',
  edit: 'ویرایش',
  delete: 'حذف منطقی',
  purge: 'حذف فیزیکی',
  reports: 'گزارش‌ها',
  statistics: 'آمار',
  assignManager: 'تعیین مسئول',
  send: 'ارسال',
  export: 'خروجی اکسل و ورد',
  print: 'چاپ',
  deactivate: 'غیرفعال‌سازی',
};

// Names of fields that appear in messages (duplicates, audit history).
export const fieldLabels: Record<string, string> = {
  code: 'کد',
  nationalCode: 'کد ملی',
  legalNationalId: 'شناسهٔ ملی',
  mobile: 'تلفن همراه',
};

// Import columns and fields named in per-row reasons.
export const importFieldLabels: Record<string, string> = {
  code: 'کد',
  prefix: 'عنوان',
  gender: 'جنسیت',
  firstName: 'نام',
  lastName: 'نام خانوادگی',
  nationalCode: 'کد ملی',
  birthDate: 'تاریخ تولد',
  mobile: 'تلفن همراه',
  phone: 'تلفن ثابت',
  fax: 'نمابر',
  email: 'ایمیل',
  website: 'وب‌سایت',
  province: 'استان',
  city: 'شهر',
  address: 'نشانی',
  postalCode: 'کد پستی',
  description: 'توضیحات',
  name: 'نام شرکت',
  companyType: 'نوع شرکت',
  brand: 'نام تجاری',
  economicCode: 'کد اقتصادی',
  legalNationalId: 'شناسهٔ ملی',
  registrationNo: 'شمارهٔ ثبت',
};

export const builtInRoleLabels: Record<string, string> = {
  customer: 'مشتری',
  supplier: 'تأمین‌کننده',
  agent: 'نماینده',
  competitor: 'رقیب',
  marketer: 'بازاریاب',
  staff: 'کارمند',
};

// Built-in roles are stored by key; roles an office typed itself are stored as typed.
export function roleLabel(role: string): string {
  return builtInRoleLabels[role] ?? role;
}

export function permissionLabel(permission: string): string {
  const [form, right] = permission.split('.') as [Form, Right];
  const formLabel = formLabels[form];
  const rightLabel = rightLabels[right];
  return formLabel && rightLabel ? `${rightLabel} ${formLabel}` : permission;
}

function fill(template: string, details: Record<string, unknown> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = details?.[key];
    if (key === 'permission' && typeof value === 'string') return permissionLabel(value);
    if (key === 'field' && typeof value === 'string') return fieldLabels[value] ?? value;
    // Isolated (FSI…PDI) so a phone number's digit groups or a Latin name keep their order in the sentence.
    return value === undefined ? '' : `\u2068${toPersianDigits(String(value))}\u2069`;
  });
}

export function errorMessage(error: ApiErrorBody): string {
  return fill(errorMessages[error.code] ?? errorMessages.internal, error.details);
}

export function issueMessage(issue: FieldIssue): string {
  return validationMessages[issue.message] ?? validationMessages['validation.invalid']!;
}

// Shown on the console or in a dialog when the app cannot start.
export const startupMessages = {
  databaseTooNew:
    'این پایگاه داده با نسخهٔ جدیدتری از پیوند ساخته شده است. برای جلوگیری از آسیب به داده‌ها باز نشد؛ پیوند را به‌روز کنید.',
};
