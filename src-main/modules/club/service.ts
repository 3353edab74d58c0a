import type { z } from 'zod';
import type { NightlySummary } from '../../../src-shared/api/club';
import { todayIsoDate } from '../../../src-shared/domain/jalali';
import type { SystemAccess } from '../../core/dispatch';
import { runNightly } from './nightly';
import type { SmsNotices } from './notices';
import { readStat } from './reports';

export interface ClubTiming {
  // false: only `club.runNightly` runs it (benches and tests that seed data first).
  nightly: boolean;
  // How often the worker looks whether today's run is due; it runs after this hour, local time.
  checkEveryMs: number;
  runAfterHour: number;
}

const DEFAULT_TIMING: ClubTiming = { nightly: true, checkEveryMs: 10 * 60_000, runAfterHour: 1 };

// Runs the nightly work once a day, including a day missed while the office's server was off (at the
// next start). Two runs never overlap: a manual run waits for the scheduled one and vice versa.
export class ClubService {
  private timer: NodeJS.Timeout | null = null;
  private firstCheck: NodeJS.Immediate | null = null;
  private stopped = false;
  private running: Promise<z.infer<typeof NightlySummary>> | null = null;
  private readonly timing: ClubTiming;

  constructor(
    private readonly system: SystemAccess,
    readonly notices: SmsNotices,
    timing: Partial<ClubTiming> = {},
  ) {
    this.timing = { ...DEFAULT_TIMING, ...timing };
  }

  start(): void {
    if (!this.timing.nightly) return;
    this.timer = setInterval(() => void this.runIfDue(), this.timing.checkEveryMs);
    this.timer.unref();
    this.firstCheck = setImmediate(() => void this.runIfDue());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.firstCheck) clearImmediate(this.firstCheck);
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  runNightly(): Promise<z.infer<typeof NightlySummary>> {
    this.running ??= runNightly(this.system, this.notices).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async runIfDue(): Promise<void> {
    if (this.running || this.stopped) return;
    try {
      const { now, last } = this.system.read((ctx) => ({ now: ctx.clock.now(), last: readStat<{ day: string }>(ctx.db, 'nightly') }));
      if (new Date(now).getHours() < this.timing.runAfterHour || last?.day === todayIsoDate(now)) return;
      await this.runNightly();
    } catch (error) {
      console.error('Club nightly run failed', error);
    }
  }
}
