import type { CALL_DIRECTIONS, CALL_STATES, LINE_KINDS } from '../api/telephony';
import { messagingLabels } from './ui-fa-messaging';

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
