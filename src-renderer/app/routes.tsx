import type { ReactNode } from 'react';
import type { SessionUser } from '../../src-shared/api/auth';
import { PARTY_KINDS } from '../../src-shared/api/parties';
import type { Permission } from '../../src-shared/api/permissions';
import { calendarLabels, ganttLabels } from '../../src-shared/i18n/ui-fa-calendar';
import { AuditSearchPage } from '../features/audit';
import { hasPermission } from '../features/auth';
import { CALENDAR_PATH, CalendarPage } from '../features/calendar';
import { CLUB_PATH, ClubScreen } from '../features/club';
import { CompaniesScreen } from '../features/companies';
import { GANTT_PATH, GanttPage } from '../features/gantt';
import { GroupsPage } from '../features/groups';
import { HomePage } from '../features/home';
import { IMPORT_PAGES, ImportPage } from '../features/imports';
import { MESSAGING_PATH, MessagingScreen } from '../features/messaging';
import { PeopleScreen } from '../features/people';
import { PRINTING_PATH, PrintingScreen } from '../features/printing';
import { SettingsPage } from '../features/settings';
import { MissedBadge, TELEPHONY_PATH, TelephonyScreen } from '../features/telephony';
import { TASKS_PATH, TasksScreen } from '../features/tasks';
import { TemplatesPage, UsersPage } from '../features/users';

export interface Screen {
  path: string;
  title: string;
  // The right needed to open the screen; null = every signed-in user.
  permission: Permission | null;
  // One line on the home page card.
  description: string;
  icon: string;
  // false: opened from another screen (an import wizard from its list), so not in the navigation or on the home page.
  menu?: false;
  // The screen also answers the paths under its own (#/people/12/edit): they reach render as `rest`.
  subpages?: boolean;
  // A count beside the menu item (missed calls).
  badge?(): ReactNode;
  render(context: { screens: Screen[]; rest: readonly string[] }): ReactNode;
}

const IMPORT_ICON = 'M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8l-6-6Zm-2 16-4-4h3v-4h2v4h3l-4 4Zm1-9V3.5L18.5 9H13Z';

const importScreens: Screen[] = PARTY_KINDS.map((kind) => ({
  path: IMPORT_PAGES[kind].path,
  title: IMPORT_PAGES[kind].title,
  description: 'ستون‌های پروندهٔ اکسل، بررسی ردیف‌ها و ورود',
  permission: kind === 'person' ? 'people.create' : 'companies.create',
  icon: IMPORT_ICON,
  menu: false,
  render: () => <ImportPage kind={kind} />,
}));

// Adding a screen: its feature folder, one entry here (path, Persian title, the permission it needs).
export const screens: Screen[] = [
  {
    path: '/',
    description: 'صفحهٔ شروع',
    title: 'خانه',
    permission: null,
    icon: 'M12 3 2 12h3v8h6v-6h2v6h6v-8h3L12 3Z',
    render: ({ screens: allowed }) => (
      <HomePage
        links={menuOf(allowed)
          .filter((screen) => screen.path !== '/')
          .map(({ path, title, description }) => ({ path, title, description }))}
      />
    ),
  },
  {
    path: TASKS_PATH,
    description: 'کارهای امروز، پیش رو و عقب‌افتاده، ارجاع‌ها و انجام‌شده‌ها',
    title: 'کارتابل',
    permission: 'tasks.view',
    icon: 'M9 3h6v2h4a1 1 0 0 1 1 1v15a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1h4V3Zm0 4H6v13h12V7h-3v1H9V7Zm1.6 10.2-3.3-3.3 1.4-1.4 1.9 1.9 4.6-4.6 1.4 1.4-6 6Z',
    subpages: true,
    render: ({ rest }) => <TasksScreen rest={rest} />,
  },
  {
    path: CALENDAR_PATH,
    description: calendarLabels.description,
    title: calendarLabels.title,
    permission: 'tasks.view',
    icon: 'M7 2h2v2h6V2h2v2h3a1 1 0 0 1 1 1v15a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3V2Zm12 8H5v9h14v-9ZM5 8h14V6H5v2Zm2 4h3v3H7v-3Z',
    render: () => <CalendarPage />,
  },
  {
    path: GANTT_PATH,
    description: ganttLabels.description,
    title: ganttLabels.title,
    permission: 'tasks.view',
    icon: 'M3 4h2v16H3V4Zm4 1h9v3H7V5Zm4 5h9v3h-9v-3Zm-2 5h7v3H9v-3Z',
    render: () => <GanttPage />,
  },
  {
    path: '/people',
    description: 'اشخاص، راه‌های ارتباطی، گروه‌ها و ارتباطات با آن‌ها',
    title: 'اشخاص',
    permission: 'people.view',
    icon: 'M12 12a4.5 4.5 0 1 0-4.5-4.5A4.5 4.5 0 0 0 12 12Zm0 2c-3.3 0-9 1.7-9 5v2h18v-2c0-3.3-5.7-5-9-5Z',
    subpages: true,
    render: ({ rest }) => <PeopleScreen rest={rest} />,
  },
  {
    path: '/companies',
    description: 'شرکت‌ها و سازمان‌ها، کارکنان و سمت‌هایشان',
    title: 'شرکت‌ها',
    permission: 'companies.view',
    icon: 'M4 21V3h10v4h6v14h-7v-4h-2v4H4Zm2-2h3v-2h6v2h3V9h-6V5H6v14Zm2-10h2v2H8V9Zm0 4h2v2H8v-2Zm4-4h2v2h-2V9Zm0 4h2v2h-2v-2Zm4 0h2v2h-2v-2Z',
    subpages: true,
    render: ({ rest }) => <CompaniesScreen rest={rest} />,
  },
  {
    path: '/groups',
    description: 'درخت گروه‌های اشخاص و شرکت‌ها',
    title: 'گروه‌ها',
    permission: 'people.view',
    icon: 'M3 4h7l2 2h9v13a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V4Zm2 4v10h14V8H5Zm3 3h8v2H8v-2Z',
    render: () => <GroupsPage />,
  },
  {
    path: CLUB_PATH,
    description: 'پیشخوان کارت، اعضا، امتیاز و کیف پول، قرعه‌کشی و گزارش‌ها',
    title: 'باشگاه مشتریان',
    permission: 'club.view',
    icon: 'M20 4H4a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2Zm0 14H4v-6h16v6Zm0-10H4V6h16v2Zm-9 6H6v2h5v-2Z',
    subpages: true,
    render: ({ rest }) => <ClubScreen rest={rest} />,
  },
  {
    path: MESSAGING_PATH,
    description: 'ارسال گروهی، صندوق ورودی و خروجی، قالب‌ها و وضعیت مودم',
    title: 'پیامک',
    permission: 'messaging.view',
    icon: 'M20 2H4a2 2 0 0 0-2 2v18l4-4h14a2 2 0 0 0 2-2V4a2 2 0 0 0-2-2Zm-3 11H7v-2h10v2Zm0-4H7V7h10v2Z',
    subpages: true,
    render: ({ rest }) => <MessagingScreen rest={rest} />,
  },
  {
    path: PRINTING_PATH,
    description: 'نامه، پاکت و برچسب برای یک فهرست، قالب‌های چاپ و دفتر نامه‌ها',
    title: 'چاپ و نامه',
    permission: 'printing.view',
    icon: 'M6 2h12v5H6V2Zm-2 7h16a2 2 0 0 1 2 2v6h-4v5H6v-5H2v-6a2 2 0 0 1 2-2Zm4 8v3h8v-5H8v2Zm10-5a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z',
    subpages: true,
    render: ({ rest }) => <PrintingScreen rest={rest} />,
  },
  {
    path: TELEPHONY_PATH,
    description: 'تماس‌های ورودی و خروجی، تماس‌های بی‌پاسخ و خطوط تلفن',
    title: 'تماس‌ها',
    permission: 'telephony.view',
    icon: 'M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1 11.4 11.4 0 0 0 .57 3.6 1 1 0 0 1-.25 1l-2.2 2.2Z',
    subpages: true,
    badge: () => <MissedBadge />,
    render: ({ rest }) => <TelephonyScreen rest={rest} />,
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
  ...importScreens,
];

export function screensFor(user: SessionUser | null): Screen[] {
  return screens.filter((screen) => screen.permission === null || hasPermission(user, screen.permission));
}

export function menuOf(allowed: Screen[]): Screen[] {
  return allowed.filter((screen) => screen.menu !== false);
}

export function screenAt(path: string): { screen: Screen; rest: string[] } | undefined {
  const exact = screens.find((screen) => screen.path === path);
  if (exact) return { screen: exact, rest: [] };
  const parent = screens.find((screen) => screen.subpages && path.startsWith(`${screen.path}/`));
  return parent ? { screen: parent, rest: path.slice(parent.path.length + 1).split('/').filter(Boolean) } : undefined;
}
