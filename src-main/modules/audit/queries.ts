import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { AuditEntry } from '../../../src-shared/api/audit';
import type { ReadDb } from '../../core/db/open';
import { auditLog } from '../../core/db/schema';
import { users } from '../auth/schema';

const entryColumns = {
  id: auditLog.id,
  at: auditLog.at,
  userId: auditLog.userId,
  userName: users.displayName,
  table: auditLog.tableName,
  recordId: auditLog.recordId,
  action: auditLog.action,
  field: auditLog.field,
  oldValue: auditLog.oldValue,
  newValue: auditLog.newValue,
};

// Audit rows with the name of who made them; other modules' timelines filter this further.
export function selectAuditEntries(db: ReadDb) {
  return db.select(entryColumns).from(auditLog).leftJoin(users, eq(users.id, auditLog.userId));
}

export function recordHistory(db: ReadDb, table: string, recordId: number): AuditEntry[] {
  return selectAuditEntries(db)
    .where(and(eq(auditLog.tableName, table), eq(auditLog.recordId, recordId)))
    .orderBy(desc(auditLog.id))
    .all();
}

export interface AuditFilter {
  table?: string | undefined;
  userId?: number | undefined;
  fromMs?: number | undefined;
  toMs?: number | undefined;
  offset: number;
  limit: number;
}

export function searchAudit(db: ReadDb, filter: AuditFilter): { rows: AuditEntry[]; total: number } {
  const conditions: (SQL | undefined)[] = [
    filter.table === undefined ? undefined : eq(auditLog.tableName, filter.table),
    filter.userId === undefined ? undefined : eq(auditLog.userId, filter.userId),
    filter.fromMs === undefined ? undefined : gte(auditLog.at, filter.fromMs),
    filter.toMs === undefined ? undefined : lt(auditLog.at, filter.toMs),
  ];
  const where = and(...conditions);
  const rows = selectAuditEntries(db)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(filter.limit)
    .offset(filter.offset)
    .all();
  const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  return { rows, total };
}
