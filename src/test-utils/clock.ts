/**
 * A fake clock for {@link CooldownController}: time moves only when a test calls `advance`,
 * which runs the timers that fall due, in order. No sleeps, no dependence on machine speed.
 */
import { CooldownController, type CooldownClock } from '../internal/cooldown.js';

export interface FakeClock extends CooldownClock {
  /** Moves time forward by `ms`, running every timer due on the way. */
  advance(ms: number): void;
  /** How many timers are armed (a stopped or disconnected cooldown leaves none). */
  readonly pending: number;
}

export function fakeClock(start = 1_000_000): FakeClock {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => now,
    setTimeout(callback, ms) {
      const id = nextId++;
      timers.set(id, { at: now + Math.max(0, ms), callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        let due: [number, { at: number; callback: () => void }] | undefined;
        for (const entry of timers) if (entry[1].at <= end && (!due || entry[1].at < due[1].at)) due = entry;
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = end;
    },
    get pending() {
      return timers.size;
    },
  };
}

/** Makes every cooldown started from now on use a fake clock; call the returned function to restore. */
export function useFakeCooldownClock(): FakeClock & { restore(): void } {
  const previous = CooldownController.clock;
  const clock = fakeClock();
  CooldownController.clock = clock;
  return Object.assign(clock, { restore: () => void (CooldownController.clock = previous) });
}
