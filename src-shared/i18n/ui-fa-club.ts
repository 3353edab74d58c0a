import type {
  DISCOUNT_KINDS,
  EARN_RULE_KINDS,
  LEDGER_KINDS,
  MEMBER_STATUSES,
  RFM_SEGMENTS,
  TIER_BASES,
  WALLET_KINDS,
} from '../api/club';

type CouponRefusal = 'unknown' | 'inactive' | 'notYet' | 'ended' | 'usedUp' | 'usedByMember' | 'tier' | 'minPurchase';

// The customer club (باشگاه مشتریان): the counter, members, settings, draws and reports.
export const clubLabels = {
  status: { active: 'فعال', suspended: 'تعلیق‌شده', expired: 'منقضی' } satisfies Record<(typeof MEMBER_STATUSES)[number], string>,
  ledgerKind: { earn: 'کسب امتیاز', redeem: 'استفاده از امتیاز', expire: 'انقضا', adjust: 'اصلاح', reverse: 'برگشت' } satisfies Record<
    (typeof LEDGER_KINDS)[number],
    string
  >,
  walletKind: { charge: 'شارژ', spend: 'برداشت', refund: 'بازگشت وجه' } satisfies Record<(typeof WALLET_KINDS)[number], string>,
  earnRuleKind: {
    spend: 'به‌ازای مبلغ خرید',
    product: 'خرید کالا',
    productGroup: 'خرید از گروه کالا',
    referral: 'معرفی',
    birthday: 'تولد',
    survey: 'نظرسنجی',
    join: 'عضویت',
  } satisfies Record<(typeof EARN_RULE_KINDS)[number], string>,
  discountKind: { occasion: 'مناسبتی (برای همه در این بازه)', code: 'کد تخفیف (در پیشخوان وارد می‌شود)' } satisfies Record<
    (typeof DISCOUNT_KINDS)[number],
    string
  >,
  tierBasis: { points: 'امتیاز کسب‌شده', spend: 'مبلغ خرید' } satisfies Record<(typeof TIER_BASES)[number], string>,
  mode: { open: 'باز: عضویت رایگان برای همه', closed: 'بسته: با حق عضویت و فرم درخواست' },
  birthday: { today: 'تولد امروز', thisWeek: 'تولد این هفته' },
  rfm: {
    champions: 'قهرمانان',
    loyal: 'وفادار',
    promising: 'امیدبخش',
    needsAttention: 'نیازمند توجه',
    atRisk: 'در معرض ریزش',
    lost: 'ازدست‌رفته',
    new: 'تازه‌وارد',
  } satisfies Record<(typeof RFM_SEGMENTS)[number], string>,
  coupon: {
    unknown: 'چنین کد تخفیفی تعریف نشده است.',
    inactive: 'این کد تخفیف غیرفعال است.',
    notYet: 'زمان استفاده از این کد هنوز نرسیده است.',
    ended: 'مهلت این کد تخفیف تمام شده است.',
    usedUp: 'ظرفیت استفاده از این کد پر شده است.',
    usedByMember: 'این عضو پیش‌تر از این کد استفاده کرده است.',
    tier: 'این کد برای سطح این عضو نیست.',
    minPurchase: 'مبلغ خرید کمتر از حداقل لازم برای این کد است.',
  } satisfies Record<CouponRefusal, string>,
  barcode: { code128: 'بارکد خطی (Code 128)', qr: 'کیوآر کد' },
  paper: { cr80: 'کارت PVC، یک کارت در هر صفحه (چاپگر کارت)', a4: 'برگ A4، ده کارت با خط برش (چاپگر اداری)' },
  sms: {
    smsWalletChanged: 'پیامک تغییر کیف پول',
    smsTierChanged: 'پیامک تغییر سطح',
    smsPointsExpiring: 'پیامک یادآوری انقضای امتیاز',
    smsBirthday: 'پیامک تبریک تولد',
    smsDrawWinner: 'پیامک برندهٔ قرعه‌کشی',
  },
  // The merge fields every SMS text may use, then the club's own.
  mergeFields: ['{خطاب}', '{نام}', '{نام خانوادگی}', '{امتیاز}', '{کیف پول}', '{مبلغ}', '{تغییر}', '{سطح}', '{تاریخ}', '{قرعه‌کشی}'],
} as const;
