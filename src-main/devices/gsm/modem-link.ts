// What the parts of the GSM modem driver share: the lifetime of one open port, and the AT conversation
// they all go through (one step at a time; a step is one command or several that must not interleave).

import type { CommandOptions } from './at-session';

// One open port's worth of state: ended (aborted) when the port closes or reopens, which cancels its
// timers and makes its half-done steps give up.
export interface Lifetime {
  controller: AbortController;
  signal: AbortSignal;
  setUp: boolean;
  registration: number | null;
  readingStored: boolean;
  readStoredAgain: boolean;
}

export function newLifetime(): Lifetime {
  const controller = new AbortController();
  return { controller, signal: controller.signal, setUp: false, registration: null, readingStored: false, readStoredAgain: false };
}

export class LifetimeEnded extends Error {
  constructor() {
    super('the port closed or reopened');
    this.name = 'LifetimeEnded';
  }
}

export interface ModemLink {
  exclusive<T>(life: Lifetime, step: () => Promise<T>): Promise<T>;
  at(life: Lifetime, command: string, options?: CommandOptions): Promise<string[]>;
  // null when the modem refused the command (it does not know it).
  optional(life: Lifetime, command: string): Promise<string[] | null>;
  log(line: string): void;
}
