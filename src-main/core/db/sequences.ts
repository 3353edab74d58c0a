import { eq } from 'drizzle-orm';
import { prepared, type WriteDb } from './open';
import { sequences } from './schema';

// The next number of a sequence. `initial` gives the value before the first number when the sequence is
// new (e.g. the largest code already in a table written before the sequence existed).
export function nextInSequence(db: WriteDb, name: string, initial: () => number): number {
  // Prepared: an import takes a number for every row.
  const row = prepared(db, 'UPDATE sequences SET value = value + 1 WHERE name = ? RETURNING value').get(name) as
    | { value: number }
    | undefined;
  if (row) return row.value;
  const value = initial() + 1;
  db.insert(sequences).values({ name, value }).run();
  return value;
}

// A number typed by hand must not be handed out again later.
export function raiseSequence(db: WriteDb, name: string, atLeast: number, initial: () => number): void {
  const current = db.select({ value: sequences.value }).from(sequences).where(eq(sequences.name, name)).get();
  if (!current) db.insert(sequences).values({ name, value: Math.max(initial(), atLeast) }).run();
  else if (current.value < atLeast) db.update(sequences).set({ value: atLeast }).where(eq(sequences.name, name)).run();
}
