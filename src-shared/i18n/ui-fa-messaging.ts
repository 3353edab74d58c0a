import type { CAMPAIGN_STATUSES, GATEWAY_KINDS, GATEWAY_STATES, MESSAGE_KINDS, OUT_STATUSES, RULE_ACTIONS, RULE_MATCHES } from '../api/messaging';
import { toPersianDigits } from '../domain/persian-text';

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
