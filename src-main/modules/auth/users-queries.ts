import { and, count, eq, isNull, ne } from 'drizzle-orm';
import type { AccessTemplate } from '../../../src-shared/api/users';
import type { UserRow } from '../../../src-shared/api/users';
import type { ReadDb, WriteDb } from '../../core/db/open';
import { AppError } from '../../../src-shared/api/errors';
import { accessTemplates, users } from './schema';

type AnyDb = ReadDb | WriteDb;

const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  isAdmin: users.isAdmin,
  active: users.active,
  templateId: users.templateId,
  templateName: accessTemplates.name,
  version: users.version,
  createdAt: users.createdAt,
  deletedAt: users.deletedAt,
};

function selectUsers(db: AnyDb) {
  return db.select(userColumns).from(users).leftJoin(accessTemplates, eq(accessTemplates.id, users.templateId));
}

export function listUsers(db: AnyDb, includeDeleted: boolean): UserRow[] {
  return selectUsers(db)
    .where(includeDeleted ? undefined : isNull(users.deletedAt))
    .orderBy(users.id)
    .all();
}

export function getUser(db: AnyDb, id: number): UserRow {
  const row = selectUsers(db).where(eq(users.id, id)).get();
  if (!row) throw new AppError('record.notFound', { table: 'users', id });
  return row;
}

export function findUserByUsername(db: AnyDb, username: string) {
  return db.select().from(users).where(eq(users.username, username)).get();
}

export function countActiveAdmins(db: AnyDb, exceptUserId?: number): number {
  const row = db
    .select({ n: count() })
    .from(users)
    .where(
      and(
        eq(users.isAdmin, true),
        eq(users.active, true),
        isNull(users.deletedAt),
        exceptUserId === undefined ? undefined : ne(users.id, exceptUserId),
      ),
    )
    .get();
  return row?.n ?? 0;
}

export function listTemplates(db: AnyDb): AccessTemplate[] {
  const usage = db
    .select({ templateId: users.templateId, n: count() })
    .from(users)
    .where(isNull(users.deletedAt))
    .groupBy(users.templateId)
    .all();
  const counts = new Map(usage.map((row) => [row.templateId, row.n]));
  return db
    .select({
      id: accessTemplates.id,
      name: accessTemplates.name,
      scope: accessTemplates.scope,
      permissions: accessTemplates.permissions,
      version: accessTemplates.version,
    })
    .from(accessTemplates)
    .where(isNull(accessTemplates.deletedAt))
    .orderBy(accessTemplates.name)
    .all()
    .map((template) => ({ ...template, userCount: counts.get(template.id) ?? 0 }));
}

export function getTemplate(db: AnyDb, id: number): AccessTemplate {
  const template = listTemplates(db).find((row) => row.id === id);
  if (!template) throw new AppError('record.notFound', { table: 'access_templates', id });
  return template;
}

export function templateNameTaken(db: AnyDb, name: string, exceptId?: number): boolean {
  const row = db
    .select({ id: accessTemplates.id })
    .from(accessTemplates)
    .where(and(eq(accessTemplates.name, name), isNull(accessTemplates.deletedAt)))
    .get();
  return row !== undefined && row.id !== exceptId;
}
