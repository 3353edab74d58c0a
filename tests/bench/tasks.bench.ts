import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import WebSocket from 'ws';
import { createCore, type Core } from '../../src-main/create-core';
import { createHttpServer } from '../../src-main/server/http';
import type { ApiReply } from '../../src-shared/api/wire';
import { percentile, round, timeMs, type Figure } from './figures';
import { BENCH_ADMIN, random } from './seed-crm';

const TASKS = 1_000_000;
const MINE = 5_000;
const USERS = 200;
const INBOX_CALLS = 500;
const ALARMS = 60;
const DAY = 86_400_000;

async function call(core: Core, token: string | null, method: string, input: unknown): Promise<unknown> {
  const reply: ApiReply = await core.call({ method, input }, token);
  if (!reply.ok) throw new Error(`${method}: ${JSON.stringify(reply.error)}`);
  return reply.value;
}

// 1,000,000 tasks over 200 users, 5,000 of them the admin's (open and done, due in the past and the
// future, some referred by others), written straight with SQL: seeding is not what is measured.
export function seedTasks(dbPath: string, now: number): void {
  const db = new Database(dbPath);
  db.pragma('synchronous = OFF');
  const insert = db.prepare(`INSERT INTO tasks (version, created_at, updated_at, code, title, priority, assignee_id, referrer_id, referred_at, due_at,
    completed_at, source, percent, depends_on) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'manual', 0, '[]')`);
  const next = random(7);
  const priorities = ['high', 'medium', 'low'];
  db.transaction(() => {
    for (let i = 0; i < TASKS; i++) {
      const mine = i % (TASKS / MINE) === 0;
      const assignee = mine ? 1 : 2 + (i % (USERS - 1));
      const referrer = next() < 0.3 ? 2 + Math.floor(next() * (USERS - 1)) : null;
      const due = now + Math.floor((next() - 0.4) * 60 * DAY);
      const done = next() < 0.5 ? due - DAY : null;
      insert.run(now - 90 * DAY, now, String(i + 1), `کار شمارهٔ ${i + 1}`, priorities[i % 3], assignee, referrer, referrer === null ? null : now - DAY, due, done);
    }
  })();
  db.exec('ANALYZE');
  db.close();
}

async function inboxLatencies(core: Core, token: string): Promise<number[]> {
  const tabs = ['today', 'upcoming', 'overdue', 'done', 'referredToMe', 'referredByMe'];
  const samples: number[] = [];
  for (let i = 0; i < INBOX_CALLS; i++) samples.push(await timeMs(() => call(core, token, 'tasks.inbox', { tab: tabs[i % tabs.length], limit: 50 })));
  return samples;
}

// Reminders set a little ahead; each latency runs from the reminder time to its notification arriving
// on a connected client's events socket, as a second PC on the LAN would get it.
async function alarmLatencies(core: Core, token: string, url: string): Promise<number[]> {
  const socket = new WebSocket(`${url.replace('http', 'ws')}/api/events`);
  const arrived = new Map<number, number>();
  socket.on('message', (data) => {
    const frame = JSON.parse(String(data)) as { type: string; name?: string; payload?: { notification: { dueAt: number; kind: string } } };
    if (frame.type === 'event' && frame.name === 'notifications.created' && frame.payload?.notification.kind === 'taskReminder') {
      arrived.set(frame.payload.notification.dueAt, Date.now());
    }
  });
  await new Promise((resolve) => socket.on('open', resolve));
  socket.send(JSON.stringify({ type: 'auth', token }));
  const start = Date.now() + 2_000;
  const due = Array.from({ length: ALARMS }, (_, i) => start + i * 137);
  for (const [i, reminderAt] of due.entries()) await call(core, token, 'tasks.create', { title: `یادآوری ${i}`, reminderAt });
  while (arrived.size < ALARMS && Date.now() < due.at(-1)! + 10_000) await new Promise((resolve) => setTimeout(resolve, 50));
  socket.close();
  if (arrived.size < ALARMS) throw new Error(`only ${arrived.size} of ${ALARMS} reminders arrived`);
  return due.map((at) => arrived.get(at)! - at);
}

export async function tasksBench(): Promise<Figure[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'peyvand-tasks-bench-'));
  try {
    const now = Date.now();
    const setup = createCore({ dataDir });
    await call(setup, null, 'auth.setupAdmin', { officeName: 'دفتر آزمون', defaultAreaCode: '021', displayName: 'مدیر', ...BENCH_ADMIN });
    await setup.close();
    const seedMs = await timeMs(() => seedTasks(join(dataDir, 'peyvand.sqlite'), now));
    const core = createCore({ dataDir, clubTiming: { nightly: false } });
    const server = createHttpServer(core, { staticRoot: join(dataDir, 'no-ui') });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const token = ((await call(core, null, 'auth.login', BENCH_ADMIN)) as { token: string }).token;
      const inbox = await inboxLatencies(core, token);
      const alarms = await alarmLatencies(core, token, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      return [
        {
          name: 'tasks.inbox.p99_ms',
          value: round(percentile(inbox, 99), 2),
          unit: 'ms',
          n: inbox.length,
          note: `tasks.inbox (50 rows + the six tab counts) of a user with 5,000 of 1,000,000 tasks, all six tabs in turn; median ${round(percentile(inbox, 50), 2)} ms; seeded in ${round(seedMs / 1000, 1)} s; goal <= 30`,
        },
        {
          name: 'tasks.alarmLatency.p99_ms',
          value: round(percentile(alarms, 99), 1),
          unit: 'ms',
          n: alarms.length,
          note: `reminder time to the notification on a connected events socket; median ${round(percentile(alarms, 50), 1)} ms; goal <= 1000`,
        },
      ];
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await core.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
