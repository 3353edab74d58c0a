// After FREE_ATTEMPTS consecutive failures for a username, each further failure locks it for twice as long,
// from BASE_LOCK_MS up to MAX_LOCK_MS. Kept in memory: a restart of the office server is not an attack path.
const FREE_ATTEMPTS = 5;
const BASE_LOCK_MS = 30_000;
const MAX_LOCK_MS = 15 * 60_000;

interface Entry {
  failures: number;
  lockedUntil: number;
}

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();

  // Milliseconds the key must still wait, 0 when it may try.
  remainingLock(key: string, now: number): number {
    const entry = this.entries.get(key);
    return entry ? Math.max(0, entry.lockedUntil - now) : 0;
  }

  recordFailure(key: string, now: number): void {
    const entry = this.entries.get(key) ?? { failures: 0, lockedUntil: 0 };
    entry.failures += 1;
    if (entry.failures >= FREE_ATTEMPTS) {
      const doublings = entry.failures - FREE_ATTEMPTS;
      entry.lockedUntil = now + Math.min(MAX_LOCK_MS, BASE_LOCK_MS * 2 ** doublings);
    }
    this.entries.set(key, entry);
  }

  recordSuccess(key: string): void {
    this.entries.delete(key);
  }
}
