import type { ReactNode } from 'react';
import type { SessionUser } from '../../src-shared/api/auth';
import type { Permission } from '../../src-shared/api/permissions';
import { AuditSearchPage } from '../features/audit';
import { hasPermission } from '../features/auth';
import { HomePage } from '../features/home';
import { SettingsPage } from '../features/settings';
import { TemplatesPage, UsersPage } from '../features/users';

export interface Screen {
  path: string;
  title: string;
  // The right needed to open the screen; null = every signed-in user.
  permission: Permission | null;
  // One line on the home page card.
  description: string;
  icon: string;
  render(context: { screens: Screen[] }): ReactNode;
}

// Adding a screen: its feature folder, one entry here (path, Persian title, the permission it needs).
export const screens: Screen[] = [
  {
    path: '/',
    description: 'صفحهٔ شروع',
    title: 'خانه',
    permission: null,
    icon: 'M12 3 2 12h3v8h6v-6h2v6h6v-8h3L12 3Z',
    render: ({ screens: allowed }) => (
      <HomePage links={allowed.filter((screen) => screen.path !== '/').map(({ path, title, description }) => ({ path, title, description }))} />
    ),
  },
  {
    path: '/users',
    description: 'حساب‌های کاربری، نقش و وضعیت هر کاربر',
    title: 'کاربران',
    permission: 'users.view',
    icon: 'M16 11a4 4 0 1 0-4-4 4 4 0 0 0 4 4Zm-8 1a3 3 0 1 0-3-3 3 3 0 0 0 3 3Zm8 1c-2.7 0-8 1.3-8 4v3h16v-3c0-2.7-5.3-4-8-4Zm-8 0c-.3 0-.7 0-1.1.1A4.6 4.6 0 0 1 9 17v3H1v-3c0-2.3 4.7-4 7-4Z',
    render: () => <UsersPage />,
  },
  {
    path: '/templates',
    description: 'دسترسی‌های هر نقش در هر بخش',
    title: 'قالب‌های دسترسی',
    permission: 'users.view',
    icon: 'M12 1 3 5v6c0 5.5 3.8 10.7 9 12 5.2-1.3 9-6.5 9-12V5l-9-4Zm-2 16-4-4 1.4-1.4 2.6 2.6 6.6-6.6L18 9l-8 8Z',
    render: () => <TemplatesPage />,
  },
  {
    path: '/audit',
    description: 'چه کسی، چه زمانی، چه چیزی را تغییر داد',
    title: 'تاریخچهٔ تغییرات',
    permission: 'audit.view',
    icon: 'M13 3a9 9 0 0 0-9 9H1l4 4 4-4H6a7 7 0 1 1 2.1 5l-1.4 1.4A9 9 0 1 0 13 3Zm-1 5v5l4.3 2.5.7-1.2-3.5-2.1V8H12Z',
    render: () => <AuditSearchPage />,
  },
  {
    path: '/settings',
    description: 'نام دفتر، پیش‌شمارهٔ تلفن و واحد پول',
    title: 'تنظیمات دفتر',
    permission: 'settings.view',
    icon: 'M19.4 13a7.5 7.5 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.3 7.3 0 0 0-1.7-1L15 3h-4l-.3 2.9a7.3 7.3 0 0 0-1.7 1l-2.5-1-2 3.5L6.6 11a7.5 7.5 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1a7.3 7.3 0 0 0 1.7 1L11 21h4l.3-2.9a7.3 7.3 0 0 0 1.7-1l2.5 1 2-3.5L19.4 13ZM13 15.5a3.5 3.5 0 1 1 3.5-3.5 3.5 3.5 0 0 1-3.5 3.5Z',
    render: () => <SettingsPage />,
  },
];

export function screensFor(user: SessionUser | null): Screen[] {
  return screens.filter((screen) => screen.permission === null || hasPermission(user, screen.permission));
}

export function screenAt(path: string): Screen | undefined {
  return screens.find((screen) => screen.path === path);
}
