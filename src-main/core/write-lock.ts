// One writer at a time on the single write connection. Ordinary commands hold it for one synchronous
// transaction; a long job (an import) holds it across awaits while its transaction stays open, and
// commands from other users queue behind it instead of writing into that transaction.
export class WriteLock {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
