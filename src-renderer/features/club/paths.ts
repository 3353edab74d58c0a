import type { Permission } from '../../../src-shared/api/permissions';

// The club screen's own paths (#/club/…): one subpage each, with the right it needs beyond club.view.
export const CLUB_PATH = '/club';

export const SUBPAGES = [
  { key: 'counter', title: 'پیشخوان', permission: null },
  { key: 'members', title: 'اعضا', permission: null },
  { key: 'draws', title: 'قرعه‌کشی', permission: null },
  { key: 'reports', title: 'گزارش‌ها', permission: 'club.reports' },
  { key: 'settings', title: 'تنظیمات باشگاه', permission: 'club.edit' },
] as const satisfies readonly { key: string; title: string; permission: Permission | null }[];

export type SubpageKey = (typeof SUBPAGES)[number]['key'];

export function subpagePath(key: SubpageKey): string {
  return `${CLUB_PATH}/${key}`;
}
