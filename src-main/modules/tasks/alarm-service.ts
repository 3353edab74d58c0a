import type { SystemAccess } from '../../core/dispatch';
import { fireDueAlarms, nextAlarmAt, planOccasionDigests } from './alarms';

export interface AlarmTiming {
  // The longest sleep: new alarms wake the scheduler themselves, this only bounds a missed wake-up.
  maxSleepMs: number;
}

const DEFAULT_TIMING: AlarmTiming = { maxSleepMs: 30_000 };

// Sleeps until the next alarm (or a wake-up after a save), then fires everything due. At start it fires
// what came due while the app was closed; those notifications say they are late.
export class AlarmService {
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private ticking: Promise<void> | null = null;
  private readonly timing: AlarmTiming;

  constructor(
    private readonly system: SystemAccess,
    timing: Partial<AlarmTiming> = {},
  ) {
    this.timing = { ...DEFAULT_TIMING, ...timing };
  }

  start(): void {
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.ticking;
  }

  // After a commit that planned alarms: look again now.
  wake(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), 0);
  }

  private async tick(): Promise<void> {
    if (this.ticking || this.stopped) return;
    this.ticking = (async () => {
      try {
        await this.system.write((ctx) => planOccasionDigests(ctx.db, ctx.clock.now()));
        while ((await this.system.write((ctx) => fireDueAlarms(ctx))) > 0 && !this.stopped);
      } catch (error) {
        console.error('Alarm scheduler failed', error);
      }
    })();
    await this.ticking;
    this.ticking = null;
    if (this.stopped) return;
    let next: number | null = null;
    let now = 0;
    try {
      ({ next, now } = this.system.read((ctx) => ({ next: nextAlarmAt(ctx.db), now: ctx.clock.now() })));
    } catch (error) {
      console.error('Alarm scheduler failed', error);
    }
    const sleep = next === null ? this.timing.maxSleepMs : Math.min(Math.max(next - now, 0), this.timing.maxSleepMs);
    this.timer = setTimeout(() => void this.tick(), sleep);
    this.timer.unref();
  }
}
