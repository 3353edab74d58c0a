import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { clubBench } from './club.bench';
import { coreBench } from './core.bench';
import { crmBench } from './crm.bench';
import { printBench } from './print.bench';
import { smsBench } from './sms.bench';
import { tasksBench } from './tasks.bench';
import { telephonyBench } from './telephony.bench';
import type { Figure } from './figures';

// `npm run bench [-- name-prefix]`: runs the benches, writes bench-results.json and prints a table.
const RESULTS = 'bench-results.json';
const BENCHES: Record<string, () => Promise<Figure[]>> = {
  core: coreBench,
  crm: crmBench,
  sms: smsBench,
  telephony: telephonyBench,
  club: clubBench,
  print: printBench,
  tasks: tasksBench,
};

async function main(): Promise<void> {
  const only = process.argv[2];
  const figures: Figure[] = [];
  for (const [name, bench] of Object.entries(BENCHES)) {
    if (only && !name.startsWith(only)) continue;
    process.stderr.write(`bench ${name}…\n`);
    figures.push(...(await bench()));
  }
  // A partial run (npm run bench -- crm) replaces its own figures and keeps the others.
  const previous: Figure[] = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : [];
  const merged = [...previous.filter((old) => !figures.some((figure) => figure.name === old.name)), ...figures];
  writeFileSync(RESULTS, `${JSON.stringify(merged, null, 2)}\n`);
  console.table(figures.map(({ name, value, unit, n, note }) => ({ name, value, unit, n, note })));
}

await main();
