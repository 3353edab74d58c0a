import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../../src-main/core/events';
import { ADMIN, FakeClock, setUpOffice, signIn, startTestCore, TRANSPORTS, type TestClient, type TestCore } from '../../support/test-core';
import { createCompany, createPerson } from '../../support/crm-fixtures';
import { until } from '../../support/until';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

async function createClerk(admin: TestClient, username: string) {
  const template = await admin.call('users.createTemplate', { name: `کارمند ${username}`, scope: 'all', permissions: ['tasks.view', 'tasks.create', 'tasks.edit', 'people.view'] });
  return admin.call('users.create', { username, displayName: username, password: `${username}-pass-1`, isAdmin: false, templateId: template.id });
}

describe.each(TRANSPORTS)('alarms, occasions, meetings and the Gantt over %s', (transport) => {
  let office: TestCore;
  let admin: TestClient;
  let clock: FakeClock;
  let notices: CoreEvent[];

  beforeEach(async () => {
    // Azar 2, 1405, 10:00 in Tehran.
    clock = new FakeClock(Date.UTC(2026, 10, 23, 6, 30));
    office = await startTestCore(transport, { clock });
    admin = await setUpOffice(office);
    notices = [];
    office.core.events.subscribe((event) => {
      if (event.name.startsWith('notifications.')) notices.push(event);
    });
  });
  afterEach(() => office.close());

  const created = () => notices.filter((event) => event.name === 'notifications.created');
  const texts = () => created().map((event) => (event.payload as { notification: { text: string } }).notification.text);

  it('reminds at the reminder time, once, and not after the task is done', async () => {
    const task = await admin.call('tasks.create', { title: 'تماس با آقای رضایی', reminderAt: clock.now() + 30 * MINUTE, dueAt: clock.now() + HOUR });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(texts()).toEqual([]);
    clock.advance(30 * MINUTE);
    await until(texts, (t) => t.length === 1, 'the reminder');
    expect(texts()).toEqual(['یادآوری کار «تماس با آقای رضایی»']);
    // Saving the task again with the same reminder does not remind again.
    await admin.call('tasks.update', { ...task, version: task.version, description: 'شماره همراه را بپرسید' });
    const later = await admin.call('tasks.create', { title: 'ارسال کاتالوگ', reminderAt: clock.now() + 10 * MINUTE });
    await admin.call('tasks.complete', { id: later.id, result: null });
    clock.advance(HOUR);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(texts()).toHaveLength(1);
    const centre = await admin.call('notifications.list', {});
    expect(centre).toMatchObject({ unread: 1, rows: [{ kind: 'taskReminder', late: false, path: `/tasks/${task.id}` }] });
    await admin.call('notifications.markRead', {});
    expect((await admin.call('notifications.list', {})).unread).toBe(0);
    // The user's other PCs hear it, and clear their bell too.
    expect(notices.filter((event) => event.name === 'notifications.read')).toEqual([expect.objectContaining({ payload: { ids: null }, audience: [1] })]);
  });

  it('tells both ends of a referral when the task passes its due time undone, and ignores a clock that goes back', async () => {
    const sara = await createClerk(admin, 'sara');
    const task = await admin.call('tasks.create', { title: 'پیش‌فاکتور شرکت نمونه', assigneeId: sara.id, dueAt: clock.now() + 2 * HOUR });
    const saraClient = await signIn(office, 'sara', 'sara-pass-1');
    expect((await saraClient.call('notifications.list', {})).rows.map((n) => n.kind)).toEqual(['taskReferred']);
    clock.advance(-DAY);
    await new Promise((resolve) => setTimeout(resolve, 200));
    clock.advance(DAY + 2 * HOUR + MINUTE);
    const overdue = () => created().filter((n) => (n.payload as { notification: { kind: string } }).notification.kind === 'taskOverdue');
    await until(overdue, (n) => n.length === 2, 'both overdue notices');
    expect(overdue().map((n) => n.audience).sort()).toEqual([[1], [sara.id]]);
    expect(texts()).toContain(`موعد کار «${task.title}» گذشت و هنوز انجام نشده است`);
    // The overdue tab of both: the assignee's overdue and the referrer's «referred by me».
    expect((await saraClient.call('tasks.inbox', { tab: 'overdue' })).rows.map((t) => t.id)).toEqual([task.id]);
  });

  it('lists upcoming occasions on the Jalali day, Esfand 30 on Esfand 29 of a common year', async () => {
    // Esfand 27, 1404 (a common year).
    clock.advance(Date.UTC(2026, 2, 18, 6, 30) - clock.now());
    admin = await signIn(office, ADMIN.username, ADMIN.password);
    await createPerson(admin, { firstName: 'نیلوفر', lastName: 'کریمی', birthDate: '2021-03-20', contactPoints: [{ kind: 'mobile', value: '09121234567' }] });
    await createPerson(admin, { firstName: 'کامران', lastName: 'نوری', weddingDate: '2015-03-19' });
    await createCompany(admin, { name: 'شرکت پارس', foundedOn: '2000-03-24' });
    const week = await admin.call('tasks.occasions', { days: 7 });
    expect(week.map((o) => [o.kind, o.partyName, o.date, o.years, o.hasMobile])).toEqual([
      // Esfand 28, 1393 → Esfand 28, 1404 (11 years).
      ['wedding', 'کامران نوری', '2026-03-19', 11, false],
      // Esfand 30, 1399 → Esfand 29, 1404.
      ['birthday', 'نیلوفر کریمی', '2026-03-20', 5, true],
      // Farvardin 5, 1379 → Farvardin 5, 1405.
      ['founding', 'شرکت پارس', '2026-03-25', 26, false],
    ]);
    expect(await admin.call('tasks.occasions', { days: 0 })).toEqual([]);
  });

  it('keeps meetings on the calendar of every participant, reminds the users and writes the history of the people', async () => {
    const sara = await createClerk(admin, 'sara');
    const customer = await createPerson(admin, { firstName: 'مینا', lastName: 'صالحی' });
    const start = clock.now() + 2 * HOUR;
    const meeting = await admin.call('meetings.create', { title: 'جلسهٔ قرارداد', startAt: start, endAt: start + HOUR, place: 'اتاق جلسات', userIds: [sara.id], partyIds: [customer.id], reminderMinutes: 30 });
    expect(meeting).toMatchObject({ userNames: ['مدیر دفتر', 'sara'], partyNames: ['مینا صالحی'] });
    const saraClient = await signIn(office, 'sara', 'sara-pass-1');
    const window = { from: start - DAY, to: start + DAY };
    expect((await saraClient.call('meetings.list', window)).map((m) => m.id)).toEqual([meeting.id]);
    expect((await admin.call('meetings.list', { ...window, partyId: customer.id })).map((m) => m.id)).toEqual([meeting.id]);
    expect((await admin.call('interactions.list', { partyId: customer.id })).rows[0]).toMatchObject({ method: 'meeting', subject: 'جلسه: جلسهٔ قرارداد' });
    clock.advance(90 * MINUTE);
    await until(texts, (t) => t.filter((text) => text.startsWith('جلسهٔ «جلسهٔ قرارداد»')).length === 2, 'both reminders');

    // Sara may move it; the organiser stays the organiser; someone not in it may not touch it.
    const moved = await saraClient.call('meetings.update', { ...meeting, version: meeting.version, userIds: [], place: 'دفتر مشتری' });
    expect(moved).toMatchObject({ place: 'دفتر مشتری', userIds: [1] });
    await createClerk(admin, 'nima');
    const outsider = await signIn(office, 'nima', 'nima-pass-1');
    expect(await outsider.fail('meetings.remove', { id: meeting.id })).toMatchObject({ code: 'record.notFound' });
  });

  it('draws the Gantt of a user, moves a task by dragging through the API with audit, and refuses circular dependencies', async () => {
    const design = await admin.call('tasks.create', { title: 'طراحی', startAt: clock.now(), dueAt: clock.now() + 2 * DAY, percent: 40 });
    const build = await admin.call('tasks.create', { title: 'ساخت', startAt: clock.now() + 2 * DAY, dueAt: clock.now() + 5 * DAY, dependsOn: [design.id] });
    const gantt = await admin.call('tasks.gantt', { userId: 1, from: clock.now() - DAY, to: clock.now() + 10 * DAY });
    expect(gantt.map((t) => [t.title, t.percent, t.dependsOn])).toEqual([
      ['طراحی', 40, []],
      ['ساخت', 0, [design.id]],
    ]);
    const moved = await admin.call('tasks.reschedule', { id: build.id, version: build.version, startAt: build.startAt! + DAY, dueAt: build.dueAt! + DAY });
    expect(moved).toMatchObject({ startAt: build.startAt! + DAY, dueAt: build.dueAt! + DAY });
    expect(await admin.fail('tasks.reschedule', { id: build.id, version: build.version, startAt: null, dueAt: null })).toMatchObject({ code: 'record.versionConflict' });
    expect((await admin.call('audit.history', { table: 'tasks', id: build.id })).map((e) => e.field)).toEqual(expect.arrayContaining(['startAt', 'dueAt']));
    expect(await admin.fail('tasks.update', { ...design, version: design.version, dependsOn: [build.id] })).toMatchObject({ code: 'input.invalid' });
    expect(await admin.fail('tasks.reschedule', { id: build.id, version: moved.version, startAt: clock.now() + DAY, dueAt: clock.now() })).toMatchObject({ code: 'input.invalid' });
  });
});

describe('the alarm scheduler across restarts', () => {
  it('fires an alarm missed while the app was closed once, at the next start, marked late', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'peyvand-alarms-'));
    const clock = new FakeClock(Date.UTC(2026, 10, 23, 6, 30));
    try {
      let office = await startTestCore('direct', { clock, dataDir });
      const admin = await setUpOffice(office);
      const task = await admin.call('tasks.create', { title: 'تمدید بیمه', reminderAt: clock.now() + HOUR });
      await office.core.close();

      clock.advance(3 * HOUR);
      office = await startTestCore('direct', { clock, dataDir });
      let client = await signIn(office, ADMIN.username, ADMIN.password);
      const fired = await until(() => client.call('notifications.list', {}), (list) => list.rows.some((n) => n.kind === 'taskReminder'), 'the missed reminder');
      expect(fired.rows.filter((n) => n.kind === 'taskReminder')).toEqual([
        expect.objectContaining({ late: true, dueAt: task.reminderAt, at: clock.now(), path: `/tasks/${task.id}` }),
      ]);
      await office.core.close();

      office = await startTestCore('direct', { clock, dataDir });
      client = await signIn(office, ADMIN.username, ADMIN.password);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await client.call('notifications.list', {})).rows.filter((n) => n.kind === 'taskReminder')).toHaveLength(1);
      await office.core.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
