import { formatJalaliDateTime, localDayStart, todayIsoDate } from '../../../src-shared/domain/jalali';
import { toPersianDigits } from '../../../src-shared/domain/persian-text';
import type { WriteCtx } from '../../core/context';
import { prepared, type ReadDb, type WriteDb } from '../../core/db/open';
import { notify } from '../notifications/notify';
import type { Occasion } from '../../../src-shared/api/tasks';
import { upcomingOccasions } from './occasions';

type AnyDb = ReadDb | WriteDb;
type AlarmKind = 'taskReminder' | 'taskOverdue' | 'meetingReminder' | 'occasions';

// Alarms are planned when a task or meeting is saved and fired by the scheduler (alarm-service.ts).
// The unique key (kind, subject, user, time) is what makes an alarm fire once: re-planning an unchanged
// time finds the row already there (fired or not) and adds nothing.

const OCCASIONS_HOUR = 8;

function replan(db: WriteDb, kinds: readonly AlarmKind[], subjectId: number, wanted: { userId: number; fireAt: number; kind: AlarmKind }[]): void {
  for (const kind of kinds) {
    const keep = wanted.filter((alarm) => alarm.kind === kind);
    const pending = prepared(db, 'SELECT id, user_id AS userId, fire_at AS fireAt FROM alarms WHERE kind = ? AND subject_id = ? AND fired_at IS NULL').all(kind, subjectId) as {
      id: number;
      userId: number;
      fireAt: number;
    }[];
    for (const alarm of pending) {
      if (!keep.some((k) => k.userId === alarm.userId && k.fireAt === alarm.fireAt)) prepared(db, 'DELETE FROM alarms WHERE id = ?').run(alarm.id);
    }
  }
  const insert = prepared(db, 'INSERT OR IGNORE INTO alarms (kind, subject_id, user_id, fire_at) VALUES (?, ?, ?, ?)');
  for (const alarm of wanted) insert.run(alarm.kind, subjectId, alarm.userId, alarm.fireAt);
}

interface TaskTimes {
  id: number;
  assigneeId: number;
  referrerId: number | null;
  reminderAt: number | null;
  dueAt: number | null;
  completedAt: number | null;
}

// A reminder to whoever must do it; for a referred task, its due time to both ends of the referral.
export function planTaskAlarms(db: WriteDb, task: TaskTimes): void {
  const wanted: { userId: number; fireAt: number; kind: AlarmKind }[] = [];
  if (task.completedAt === null) {
    if (task.reminderAt !== null) wanted.push({ kind: 'taskReminder', userId: task.assigneeId, fireAt: task.reminderAt });
    if (task.dueAt !== null && task.referrerId !== null && task.referrerId !== task.assigneeId) {
      wanted.push({ kind: 'taskOverdue', userId: task.assigneeId, fireAt: task.dueAt }, { kind: 'taskOverdue', userId: task.referrerId, fireAt: task.dueAt });
    }
  }
  replan(db, ['taskReminder', 'taskOverdue'], task.id, wanted);
}

export function planMeetingAlarms(db: WriteDb, meeting: { id: number; startAt: number; userIds: readonly number[]; reminderMinutes: number | null; deleted: boolean }): void {
  const fireAt = meeting.reminderMinutes === null ? null : meeting.startAt - meeting.reminderMinutes * 60_000;
  const wanted = meeting.deleted || fireAt === null ? [] : meeting.userIds.map((userId) => ({ kind: 'meetingReminder' as const, userId, fireAt }));
  replan(db, ['meetingReminder'], meeting.id, wanted);
}

// The office's occasions of a day are found once (a scan of every party's dates), and each user's share
// taken from them: their own customers, the whole office for an admin.
function occasionsFor(db: AnyDb, day: string, user: { id: number; isAdmin: boolean }, office: Map<string, Occasion[]>): Occasion[] {
  let all = office.get(day);
  if (!all) office.set(day, (all = upcomingOccasions(db, day, 0, undefined, null)));
  if (user.isAdmin || all.length === 0) return all;
  const managed = prepared(db, 'SELECT party_id AS partyId FROM party_managers WHERE user_id = ? AND party_id IN (SELECT value FROM json_each(?))').all(
    user.id,
    JSON.stringify(all.map((occasion) => occasion.partyId)),
  ) as { partyId: number }[];
  const mine = new Set(managed.map((row) => row.partyId));
  return all.filter((occasion) => mine.has(occasion.partyId));
}

// Today's occasions digest for every active user who has some (their own customers; an admin sees the
// office's), at 08:00 or, if the app starts later, at once.
export function planOccasionDigests(db: WriteDb, now: number): void {
  const today = todayIsoDate(now);
  const day = Number(today.replaceAll('-', ''));
  const fireAt = localDayStart(today) + OCCASIONS_HOUR * 3_600_000;
  if (prepared(db, "SELECT 1 FROM alarms WHERE kind = 'occasions' AND subject_id = ? LIMIT 1").get(day)) return;
  const users = prepared(db, 'SELECT id, is_admin AS isAdmin FROM users WHERE active = 1').all() as { id: number; isAdmin: number }[];
  const insert = prepared(db, "INSERT OR IGNORE INTO alarms (kind, subject_id, user_id, fire_at) VALUES ('occasions', ?, ?, ?)");
  const office = new Map<string, Occasion[]>();
  for (const user of users) {
    if (occasionsFor(db, today, { id: user.id, isAdmin: user.isAdmin === 1 }, office).length > 0) insert.run(day, user.id, fireAt);
  }
  // A day with nothing to tell still gets its marker, so the plan is made once.
  insert.run(day, 0, fireAt);
}

const OCCASION_WORDS = { birthday: 'تولد', wedding: 'سالگرد ازدواج', founding: 'سالروز تأسیس', contractEnd: 'پایان قرارداد', cheque: 'سررسید چک', installment: 'سررسید قسط' } as const;
const SHOWN_IN_DIGEST = 3;

function describe(ctx: WriteCtx, kind: AlarmKind, subjectId: number, userId: number, fireAt: number, office: Map<string, Occasion[]>): { text: string; path: string | null } | null {
  if (kind === 'taskReminder' || kind === 'taskOverdue') {
    const task = prepared(ctx.db, 'SELECT title, completed_at AS completedAt, deleted_at AS deletedAt FROM tasks WHERE id = ?').get(subjectId) as
      | { title: string; completedAt: number | null; deletedAt: number | null }
      | undefined;
    if (!task || task.completedAt !== null || task.deletedAt !== null) return null;
    const text = kind === 'taskReminder' ? `یادآوری کار «${task.title}»` : `موعد کار «${task.title}» گذشت و هنوز انجام نشده است`;
    return { text, path: `/tasks/${subjectId}` };
  }
  if (kind === 'meetingReminder') {
    const meeting = prepared(ctx.db, 'SELECT title, start_at AS startAt, place, deleted_at AS deletedAt FROM meetings WHERE id = ?').get(subjectId) as
      | { title: string; startAt: number; place: string | null; deletedAt: number | null }
      | undefined;
    if (!meeting || meeting.deletedAt !== null) return null;
    const place = meeting.place ? ` در ${meeting.place}` : '';
    return { text: `جلسهٔ «${meeting.title}» ${formatJalaliDateTime(meeting.startAt)}${place}`, path: '/calendar' };
  }
  if (userId === 0) return null;
  const isAdmin = (prepared(ctx.db, 'SELECT is_admin AS isAdmin FROM users WHERE id = ?').get(userId) as { isAdmin: number } | undefined)?.isAdmin === 1;
  const occasions = occasionsFor(ctx.db, todayIsoDate(fireAt), { id: userId, isAdmin }, office);
  if (occasions.length === 0) return null;
  const named = occasions.slice(0, SHOWN_IN_DIGEST).map((o) => `${OCCASION_WORDS[o.kind]} ${o.partyName}`);
  const more = occasions.length > SHOWN_IN_DIGEST ? ` و ${toPersianDigits(occasions.length - SHOWN_IN_DIGEST)} مناسبت دیگر` : '';
  return { text: `مناسبت‌های امروز: ${named.join('، ')}${more}`, path: '/tasks/occasions' };
}

// Fires what is due, each in this transaction: marked fired and its notification stored together.
export function fireDueAlarms(ctx: WriteCtx, limit = 500): number {
  const now = ctx.clock.now();
  const due = prepared(ctx.db, 'SELECT id, kind, subject_id AS subjectId, user_id AS userId, fire_at AS fireAt FROM alarms WHERE fired_at IS NULL AND fire_at <= ? ORDER BY fire_at, id LIMIT ?').all(
    now,
    limit,
  ) as { id: number; kind: AlarmKind; subjectId: number; userId: number; fireAt: number }[];
  const mark = prepared(ctx.db, 'UPDATE alarms SET fired_at = ? WHERE id = ?');
  const office = new Map<string, Occasion[]>();
  for (const alarm of due) {
    mark.run(now, alarm.id);
    const message = describe(ctx, alarm.kind, alarm.subjectId, alarm.userId, alarm.fireAt, office);
    if (message) notify(ctx, [alarm.userId], { kind: alarm.kind, ...message, dueAt: alarm.fireAt });
  }
  return due.length;
}

export function nextAlarmAt(db: AnyDb): number | null {
  return (prepared(db, 'SELECT MIN(fire_at) AS at FROM alarms WHERE fired_at IS NULL').get() as { at: number | null }).at;
}
