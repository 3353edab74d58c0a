import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const modulesDir = join(root, 'src-main/modules');

// Tables that are bookkeeping, not business records: written directly, not audited.
const UNAUDITED_TABLES = new Set(['sessions']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

function directWrites(source: string): string[] {
  return [...source.matchAll(/\b[dD]b\s*\.\s*(insert|update|delete)\(\s*([A-Za-z_$][\w$]*)\s*\)/g)]
    .filter((match) => !UNAUDITED_TABLES.has(match[2]!))
    .map((match) => `${match[1]}(${match[2]})`);
}

describe('one write path', () => {
  it('finds a direct drizzle write when there is one', () => {
    expect(directWrites('ctx.db.update(users).set({ active: false })')).toEqual(['update(users)']);
    expect(directWrites('ctx.db.delete(sessions).where(x)')).toEqual([]);
    expect(directWrites('ctx.records.update(users, 1, {})')).toEqual([]);
    expect(directWrites('this.entries.delete(key); hash.update(token)')).toEqual([]);
  });

  it('modules write business tables only through ctx.records', () => {
    const offenders = sourceFiles(modulesDir).flatMap((file) =>
      directWrites(readFileSync(file, 'utf8')).map((write) => `${relative(root, file)}: ${write}`),
    );
    expect(offenders).toEqual([]);
  });
});
