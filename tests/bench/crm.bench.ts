import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toPersianDigits } from '../../src-shared/domain/persian-text';
import type { ApiReply } from '../../src-shared/api/wire';
import { createCore, type Core } from '../../src-main/create-core';
import { percentile, round, timeMs, type Figure } from './figures';
import { BENCH_ADMIN, random, seedCrm, seededMobile, seededName, FULL_SIZE } from './seed-crm';

const BENCH_DATA = join(process.cwd(), 'bench-data');

async function call(core: Core, token: string, method: string, input: unknown): Promise<unknown> {
  const reply: ApiReply = await core.call({ method, input }, token);
  if (!reply.ok) throw new Error(`${method}: ${JSON.stringify(reply.error)}`);
  return reply.value;
}

async function signIn(core: Core): Promise<string> {
  return ((await call(core, '', 'auth.login', BENCH_ADMIN)) as { token: string }).token;
}

// What a receptionist types: the first letters of a given name, then of the surname.
function asYouTypeQueries(count: number): string[] {
  const next = random(7);
  return Array.from({ length: count }, () => {
    const { firstName, lastName } = seededName(Math.floor(next() * FULL_SIZE.people));
    const full = `${firstName} ${lastName}`;
    return full.slice(0, 2 + Math.floor(next() * (full.length - 1)));
  });
}

function phoneForms(e164: string, variant: number): string {
  const national = `0${e164.slice(3)}`;
  switch (variant % 4) {
    case 0:
      return national;
    case 1:
      return `+98 ${national.slice(1, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
    case 2:
      return toPersianDigits(national);
    default:
      return `0098${national.slice(1)}`;
  }
}

async function p99(samples: number, run: (i: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) times.push(await timeMs(() => run(i)));
  return percentile(times, 99);
}

async function importBench(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'peyvand-import-'));
  const core = createCore({ dataDir });
  try {
    await core.call({ method: 'auth.setupAdmin', input: { officeName: 'دفتر', defaultAreaCode: '021', displayName: 'مدیر', ...BENCH_ADMIN } }, null);
    const token = await signIn(core);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('مشتریان');
    sheet.addRow(['نام', 'نام خانوادگی', 'موبایل', 'شهر']);
    for (let i = 0; i < 100_000; i++) {
      const { firstName, lastName } = seededName(i);
      sheet.addRow([firstName, lastName, `0${seededMobile(i).slice(3)}`, 'تهران']);
    }
    const contentBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const started = process.hrtime.bigint();
    const analysis = (await call(core, token, 'imports.analyze', { kind: 'person', fileName: 'x.xlsx', contentBase64 })) as {
      uploadId: string;
      suggestedMapping: Record<string, string | null>;
    };
    const job = (await call(core, token, 'imports.start', { uploadId: analysis.uploadId, mapping: analysis.suggestedMapping, mode: 'skipInvalid' })) as { id: string };
    for (;;) {
      const state = (await call(core, token, 'jobs.get', { id: job.id })) as { state: string; result: { imported: number } };
      if (state.state === 'done' && state.result.imported === 100_000) break;
      if (state.state !== 'running') throw new Error(`import ended ${JSON.stringify(state)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return Number(process.hrtime.bigint() - started) / 1e9;
  } finally {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function crmBench(): Promise<Figure[]> {
  const seedStarted = process.hrtime.bigint();
  const dataDir = await seedCrm(BENCH_DATA);
  process.stderr.write(`  seed ready in ${round(Number(process.hrtime.bigint() - seedStarted) / 1e9, 1)} s\n`);
  const core = createCore({ dataDir });
  const token = await signIn(core);
  const figures: Figure[] = [];
  try {
    const queries = asYouTypeQueries(1000);
    for (const q of queries.slice(0, 50)) await call(core, token, 'search.quick', { q });
    figures.push({
      name: 'crm.search.p99_ms',
      value: round(await p99(queries.length, (i) => call(core, token, 'search.quick', { q: queries[i] }))),
      unit: 'ms',
      n: queries.length,
      note: 'search.quick through core.call, as-you-type prefixes of seeded Persian names, 1M people; goal <= 30',
    });
    const next = random(11);
    const picks = Array.from({ length: 1000 }, () => Math.floor(next() * FULL_SIZE.people));
    figures.push({
      name: 'crm.phoneLookup.p99_ms',
      value: round(await p99(picks.length, (i) => call(core, token, 'search.quick', { q: phoneForms(seededMobile(picks[i]!), i) }))),
      unit: 'ms',
      n: picks.length,
      note: 'search.quick with an existing mobile in four written forms (0912…, +98 912 …, Persian digits, 0098…); goal <= 5',
    });
    figures.push({
      name: 'crm.openPerson.p99_ms',
      value: round(
        await p99(picks.length, async (i) => {
          await call(core, token, 'people.get', { id: picks[i]! + 1 });
          await call(core, token, 'interactions.list', { partyId: picks[i]! + 1, limit: 20 });
        }),
      ),
      unit: 'ms',
      n: picks.length,
      note: 'people.get (contact points, groups, links) + interactions.list of the last 20, among 5M interactions; goal <= 20',
    });
  } finally {
    await core.close();
  }
  figures.push({
    name: 'crm.dbSize.mb',
    value: round(statSync(join(dataDir, 'peyvand.sqlite')).size / 1024 / 1024, 1),
    unit: 'MB',
    n: 1,
    note: '1M people, 2M contact points, 5M interactions, search index',
  });
  figures.push({
    name: 'crm.import100k.s',
    value: round(await importBench(), 1),
    unit: 's',
    n: 100_000,
    note: 'xlsx of 100,000 people (name, surname, mobile, city): analyze + import job until done, fresh database; goal <= 60',
  });
  return figures;
}
