import { and, eq, isNull } from 'drizzle-orm';
import { getTableColumns, getTableName, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { AppError } from '../../src-shared/api/errors';
import type { AUDIT_ACTIONS } from '../../src-shared/api/audit';
import { prepared, type WriteDb } from './db/open';
import { auditLog } from './db/schema';

type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditedTable = SQLiteTable & {
  id: SQLiteColumn;
  version: SQLiteColumn;
  createdAt: SQLiteColumn;
  createdBy: SQLiteColumn;
  updatedAt: SQLiteColumn;
  updatedBy: SQLiteColumn;
  deletedAt: SQLiteColumn;
};

type Bookkeeping = 'id' | 'version' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy' | 'deletedAt';
export type RecordDraft<T extends AuditedTable> = Omit<T['$inferInsert'], Bookkeeping>;
export type RecordPatch<T extends AuditedTable> = Partial<RecordDraft<T>>;
export type RecordRow<T extends AuditedTable> = T['$inferSelect'];

const BOOKKEEPING = new Set<string>(['id', 'version', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'deletedAt']);
// Values that must never be copied into the audit trail.
const REDACTED_FIELDS = new Set(['passwordHash']);

export interface RecordChange {
  table: string;
  action: AuditAction;
  id: number;
}

// Consecutive changes of one table and action become one records.changed event.
export function groupChanges(changes: RecordChange[]): { table: string; action: AuditAction; ids: number[] }[] {
  const groups: { table: string; action: AuditAction; ids: number[]; seen: Set<number> }[] = [];
  for (const { table, action, id } of changes) {
    const last = groups.at(-1);
    if (last && last.table === table && last.action === action) {
      // A Set: a nightly chunk or an import changes thousands of rows of one table.
      if (!last.seen.has(id)) {
        last.seen.add(id);
        last.ids.push(id);
      }
    } else groups.push({ table, action, ids: [id], seen: new Set([id]) });
  }
  return groups.map(({ table, action, ids }) => ({ table, action, ids }));
}

export interface Records {
  insert<T extends AuditedTable>(table: T, draft: RecordDraft<T>): RecordRow<T>;
  // Many new rows of an append-only log (the points ledger's nightly expiry): audited like insert, but
  // nothing is read back, so a run of hundreds of thousands costs a few statements per row. Returns the ids.
  insertMany<T extends AuditedTable>(table: T, drafts: readonly RecordDraft<T>[]): number[];
  update<T extends AuditedTable>(
    table: T,
    id: number,
    patch: RecordPatch<T>,
    options?: { expectedVersion?: number },
  ): RecordRow<T>;
  remove<T extends AuditedTable>(table: T, id: number): void;
  restore<T extends AuditedTable>(table: T, id: number): RecordRow<T>;
  purge<T extends AuditedTable>(table: T, id: number): void;
}

// JSON columns come back as fresh objects: compare them by content.
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  return typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b);
}

function auditText(field: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (REDACTED_FIELDS.has(field)) return '***';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

// The only write path for business tables: stamps bookkeeping columns, bumps `version`,
// turns delete into `deleted_at`, and writes one audit_log row per changed field.
// Audit rows are the most frequent write (one per changed field), so they use a prepared statement.
const INSERT_AUDIT = `INSERT INTO ${getTableName(auditLog)} (at, user_id, table_name, record_id, action, field, old_value, new_value)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

// Inserts are the bulk of an import: the SQL is cached per table and column set (drizzle would build and
// prepare it for every row); values go through each column's own driver mapping (JSON, booleans).
function insertRow(db: WriteDb, table: AuditedTable, values: Record<string, unknown>): Record<string, unknown> {
  const columns = getTableColumns(table);
  const keys = Object.keys(values).filter((key) => values[key] !== undefined && key in columns);
  const names = keys.map((key) => `"${columns[key]!.name}"`).join(', ');
  const statement = prepared(db, `INSERT INTO "${getTableName(table)}" (${names}) VALUES (${keys.map(() => '?').join(', ')}) RETURNING *`);
  const raw = statement.get(
    ...keys.map((key) => (values[key] === null ? null : columns[key]!.mapToDriverValue(values[key]))),
  ) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(columns).map(([key, column]) => {
      const value = raw[column.name];
      return [key, value === null || value === undefined ? null : column.mapFromDriverValue(value)];
    }),
  );
}

export function createRecords(db: WriteDb, actor: { userId: number | null; now: () => number }) {
  const changes: RecordChange[] = [];
  const insertAudit = prepared(db, INSERT_AUDIT);

  function log(table: AuditedTable, recordId: number, action: AuditAction, fields: [string, unknown, unknown][]) {
    const tableName = getTableName(table);
    const at = actor.now();
    if (fields.length === 0) insertAudit.run(at, actor.userId, tableName, recordId, action, null, null, null);
    for (const [field, oldValue, newValue] of fields) {
      insertAudit.run(at, actor.userId, tableName, recordId, action, field, auditText(field, oldValue), auditText(field, newValue));
    }
    changes.push({ table: tableName, action, id: recordId });
  }

  function find(table: AuditedTable, id: number, condition?: SQL): Record<string, unknown> {
    const row = db
      .select()
      .from(table)
      .where(and(eq(table.id, id), condition))
      .get() as Record<string, unknown> | undefined;
    if (!row) throw new AppError('record.notFound', { table: getTableName(table), id });
    return row;
  }

  function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
    return Object.keys(after)
      .filter((key) => !BOOKKEEPING.has(key) && !sameValue(before[key], after[key]))
      .map((key) => [key, before[key], after[key]] as [string, unknown, unknown]);
  }

  // A removed record's values as (field, old, null), for delete and purge entries.
  function valuesOf(row: Record<string, unknown>) {
    return changedFields(row, Object.fromEntries(Object.keys(row).map((key) => [key, null])));
  }

  const records: Records = {
    insert(table, draft) {
      const now = actor.now();
      const values = { ...draft, version: 1, createdAt: now, createdBy: actor.userId, updatedAt: now, updatedBy: actor.userId };
      const row = insertRow(db, table, values);
      // An empty list says no more than a missing value: neither is worth an audit row.
      const filled = changedFields({}, row).filter(([, , value]) => value !== null && !(Array.isArray(value) && value.length === 0));
      log(table, row.id as number, 'insert', filled);
      return row as never;
    },

    // Every draft of one call has the same fields, so the statement is made once.
    insertMany(table, drafts) {
      const first = drafts[0];
      if (!first) return [];
      const columns = getTableColumns(table);
      const now = actor.now();
      const bookkeeping = { version: 1, createdAt: now, createdBy: actor.userId, updatedAt: now, updatedBy: actor.userId };
      const keys = Object.keys({ ...first, ...bookkeeping }).filter((key) => key in columns);
      const statement = prepared(db, `INSERT INTO "${getTableName(table)}" (${keys.map((key) => `"${columns[key]!.name}"`).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`);
      return drafts.map((draft) => {
        const values: Record<string, unknown> = { ...draft, ...bookkeeping };
        const id = Number(statement.run(...keys.map((key) => (values[key] === null || values[key] === undefined ? null : columns[key]!.mapToDriverValue(values[key])))).lastInsertRowid);
        log(table, id, 'insert', changedFields({}, draft as Record<string, unknown>).filter(([, , value]) => value !== null && value !== undefined));
        return id;
      });
    },

    update(table, id, patch, options = {}) {
      const before = find(table, id, isNull(table.deletedAt));
      if (options.expectedVersion !== undefined && before.version !== options.expectedVersion) {
        throw new AppError('record.versionConflict', { table: getTableName(table), id, current: before.version });
      }
      const fields = changedFields(before, { ...before, ...patch });
      if (fields.length === 0) return before as never;
      const row = db
        .update(table)
        .set({ ...patch, version: (before.version as number) + 1, updatedAt: actor.now(), updatedBy: actor.userId } as never)
        .where(eq(table.id, id))
        .returning()
        .get() as Record<string, unknown>;
      log(table, id, 'update', fields);
      return row as never;
    },

    remove(table, id) {
      const before = find(table, id, isNull(table.deletedAt));
      const now = actor.now();
      db.update(table)
        .set({ deletedAt: now, version: (before.version as number) + 1, updatedAt: now, updatedBy: actor.userId } as never)
        .where(eq(table.id, id))
        .run();
      // What was deleted, so a history can say which phone number or file went, not just that one did.
      log(table, id, 'delete', valuesOf(before));
    },

    restore(table, id) {
      const before = find(table, id);
      if (before.deletedAt === null) throw new AppError('record.notDeleted', { table: getTableName(table), id });
      const row = db
        .update(table)
        .set({ deletedAt: null, version: (before.version as number) + 1, updatedAt: actor.now(), updatedBy: actor.userId } as never)
        .where(eq(table.id, id))
        .returning()
        .get() as Record<string, unknown>;
      log(table, id, 'restore', []);
      return row as never;
    },

    // Physical delete: only of a record already logically deleted, so a purge is always a second, deliberate step.
    purge(table, id) {
      const before = find(table, id);
      if (before.deletedAt === null) throw new AppError('record.notDeleted', { table: getTableName(table), id });
      db.delete(table).where(eq(table.id, id)).run();
      log(table, id, 'purge', valuesOf(before));
    },
  };

  return { records, changes };
}
