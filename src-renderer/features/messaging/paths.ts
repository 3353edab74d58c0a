// The SMS screen's own paths (#/messaging/…): one subpage each.
export const MESSAGING_PATH = '/messaging';

export const SUBPAGES = [
  { key: 'compose', title: 'ارسال گروهی' },
  { key: 'campaigns', title: 'ارسال‌های گروهی' },
  { key: 'outbox', title: 'صندوق خروجی' },
  { key: 'inbox', title: 'صندوق ورودی' },
  { key: 'templates', title: 'قالب‌ها' },
  { key: 'rules', title: 'قواعد پاسخ خودکار' },
  { key: 'opt-outs', title: 'فهرست انصراف' },
  { key: 'status', title: 'وضعیت و تنظیمات' },
] as const;

export type SubpageKey = (typeof SUBPAGES)[number]['key'];

export function subpagePath(key: SubpageKey): string {
  return `${MESSAGING_PATH}/${key}`;
}

export function campaignPath(id: number): string {
  return `${MESSAGING_PATH}/campaigns/${id}`;
}
