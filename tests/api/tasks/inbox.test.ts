import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../../src-main/core/events';
import { FakeClock, setUpOffice, signIn, startTestCore, TRANSPORTS, type TestClient, type TestCore } from '../../support/test-core';
import { createPerson } from '../../support/crm-fixtures';

const HOUR = 3_600_000;

async function createClerk(admin: TestClient, username: string) {
  const templates = await admin.call('users.listTemplates');
  const template =
    templates.find((t) => t.name === 'کارمند') ??
    (await admin.call('users.createTemplate', { name: 'کارمند', scope: 'all', permissions: ['tasks.view', 'tasks.create', 'tasks.edit', 'people.view'] }));
  return admin.call('users.create', { username, displayName: username, password: `${username}-pass-1`, isAdmin: false, templateId: template.id });
}

describe.each(TRANSPORTS)('the task inbox over %s', (transport) => {
  let office: TestCore;
  let admin: TestClient;
  let clock: FakeClock;
  let events: CoreEvent[];

  beforeEach(async () => {
    // 10:00 in Tehran.
    clock = new FakeClock(Date.UTC(2026, 10, 23, 6, 30));
    office = await startTestCore(transport, { clock });
    admin = await setUpOffice(office);
    events = [];
    office.core.events.subscribe((event) => {
      if (event.name.startsWith('tasks.')) events.push(event);
    });
  });
  afterEach(() => office.close());

  it('sorts my tasks into today, upcoming, overdue and done, with counts on every tab', async () => {
    const now = clock.now();
    const person = await createPerson(admin, { firstName: 'سارا', lastName: 'احمدی' });
    const today = await admin.call('tasks.create', { title: 'تماس با سارا', partyId: person.id, dueAt: now + 2 * HOUR });
    const late = await admin.call('tasks.create', { title: 'ارسال پیش‌فاکتور', dueAt: now - HOUR, priority: 'high' });
    await admin.call('tasks.create', { title: 'جلسهٔ هفتهٔ بعد', dueAt: now + 7 * 24 * HOUR });
    await admin.call('tasks.create', { title: 'بدون موعد' });
    expect(today).toMatchObject({ code: '1', partyName: 'سارا احمدی', assigneeName: 'مدیر دفتر', referrerId: null, source: 'manual' });

    const inbox = await admin.call('tasks.inbox', { tab: 'today' });
    expect(inbox.counts).toEqual({ today: 2, upcoming: 2, overdue: 1, done: 0, referredToMe: 0, referredByMe: 0 });
    expect(inbox.rows.map((task) => task.title)).toEqual(['ارسال پیش‌فاکتور', 'تماس با سارا']);
    expect((await admin.call('tasks.inbox', { tab: 'overdue', priority: 'high' })).rows.map((task) => task.id)).toEqual([late.id]);

    await admin.call('tasks.complete', { id: late.id, result: 'فرستاده شد' });
    const after = await admin.call('tasks.inbox', { tab: 'done' });
    expect(after.counts).toMatchObject({ today: 1, overdue: 0, done: 1 });
    expect(after.rows[0]).toMatchObject({ id: late.id, result: 'فرستاده شد', completedAt: now });
    expect((await admin.call('tasks.openFor', { partyId: person.id })).map((task) => task.id)).toEqual([today.id]);
    expect(await admin.fail('tasks.complete', { id: late.id, result: null })).toMatchObject({ code: 'tasks.done' });
  });

  it('refers a task on and on, keeps the chain, tells the new assignee, and tells the referrer when it is done', async () => {
    const sara = await createClerk(admin, 'sara');
    const nima = await createClerk(admin, 'nima');
    const task = await admin.call('tasks.create', { title: 'پیگیری شکایت', assigneeId: sara.id, dueAt: clock.now() + HOUR });
    expect(task).toMatchObject({ assigneeId: sara.id, referrerId: 1, referrerName: 'مدیر دفتر', referredAt: clock.now() });
    expect(events.map((event) => [event.name, event.audience])).toEqual([['tasks.referred', [sara.id]]]);

    const saraClient = await signIn(office, 'sara', 'sara-pass-1');
    expect((await saraClient.call('tasks.inbox', { tab: 'referredToMe' })).rows.map((row) => row.id)).toEqual([task.id]);
    expect((await admin.call('tasks.inbox', { tab: 'referredByMe' })).counts.referredByMe).toBe(1);

    clock.advance(HOUR / 2);
    await saraClient.call('tasks.refer', { id: task.id, toUserId: nima.id, note: 'مربوط به انبار است' });
    const nimaClient = await signIn(office, 'nima', 'nima-pass-1');
    expect(await saraClient.fail('tasks.complete', { id: task.id, result: null })).toMatchObject({ code: 'record.notFound' });
    const chain = (await nimaClient.call('tasks.get', { id: task.id })).referrals;
    expect(chain.map((step) => [step.fromName, step.toName, step.note])).toEqual([
      ['مدیر دفتر', 'sara', null],
      ['sara', 'nima', 'مربوط به انبار است'],
    ]);

    await nimaClient.call('tasks.complete', { id: task.id, result: 'انجام شد' });
    expect(events.at(-1)).toMatchObject({ name: 'tasks.completed', audience: [sara.id] });
    expect(await admin.fail('tasks.refer', { id: task.id, toUserId: 999, note: null })).toMatchObject({ code: 'tasks.done' });
  });
});
