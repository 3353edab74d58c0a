// The telephony screen's own paths (#/calls/…): one subpage each.
export const TELEPHONY_PATH = '/calls';

export const SUBPAGES = [
  { key: 'all', title: 'همهٔ تماس‌ها' },
  { key: 'missed', title: 'تماس‌های بی‌پاسخ' },
  { key: 'settings', title: 'تنظیمات تلفن' },
] as const;

export type SubpageKey = (typeof SUBPAGES)[number]['key'];

export function subpagePath(key: SubpageKey): string {
  return `${TELEPHONY_PATH}/${key}`;
}
