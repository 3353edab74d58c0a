import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';

export type WriteDb = BetterSQLite3Database & { readonly $client: Database.Database; readonly $access: 'write' };
export type Statement = Database.Statement;

const statementCache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

// For the few statements run thousands of times in a bulk write (audit rows, search index) or on every
// swipe at the counter: drizzle builds and prepares SQL on every call, which dominates their cost; these
// are prepared once. On a ReadDb the connection is read-only, so a writing statement fails there.
export function prepared(db: WriteDb | ReadDb, sql: string): Statement {
  let cache = statementCache.get(db.$client);
  if (!cache) statementCache.set(db.$client, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.$client.prepare(sql)));
  return statement;
}
// A drizzle query built and prepared once per connection, for the few that run thousands of times in a
// row (a nightly run's notices): `build` gets the connection and returns `.prepare()`d drizzle query.
const queryCache = new WeakMap<object, Map<string, unknown>>();
export function cachedQuery<Q>(db: WriteDb | ReadDb, key: string, build: () => Q): Q {
  let cache = queryCache.get(db);
  if (!cache) queryCache.set(db, (cache = new Map()));
  let query = cache.get(key) as Q | undefined;
  if (query === undefined) cache.set(key, (query = build()));
  return query;
}

// Queries get a handle on a read-only connection and a type without insert/update/delete.
export type ReadDb = Pick<BetterSQLite3Database, 'select' | 'selectDistinct' | '$count' | 'all' | 'get'> & {
  readonly $client: Database.Database;
  readonly $access: 'read';
};

export interface OpenedDatabase {
  writer: Database.Database;
  reader: Database.Database;
  writeDb: WriteDb;
  readDb: ReadDb;
  close(): void;
}

function applyPragmas(connection: Database.Database): void {
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
}

// How often the write-ahead log is copied back into the database file.
const CHECKPOINT_EVERY_MS = 1_000;

// WAL lets the read-only connection serve queries while a command holds the writer. SQLite would copy the
// log back at the commit that fills it, inside that command's time (tens of milliseconds on a large file,
// a purchase at the counter now and then): a timer does it between commands instead.
export function openDatabase(path: string): OpenedDatabase {
  const writer = new Database(path);
  writer.pragma('journal_mode = WAL');
  writer.pragma('synchronous = NORMAL');
  writer.pragma('wal_autocheckpoint = 0');
  applyPragmas(writer);
  const reader = new Database(path, { readonly: true, fileMustExist: true });
  applyPragmas(reader);
  const checkpoints = setInterval(() => {
    // A long job's transaction may be open across its progress checkpoints; the next tick copies its pages.
    if (!writer.inTransaction) writer.pragma('wal_checkpoint(PASSIVE)');
  }, CHECKPOINT_EVERY_MS);
  checkpoints.unref();
  return {
    writer,
    reader,
    writeDb: drizzle(writer) as unknown as WriteDb,
    readDb: drizzle(reader) as unknown as ReadDb,
    close() {
      clearInterval(checkpoints);
      reader.close();
      writer.close();
    },
  };
}
