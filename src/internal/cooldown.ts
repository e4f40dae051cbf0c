import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The time source of a {@link CooldownController}. The real one is `Date.now` and the window's
 * timers; tests pass a fake (`src/test-utils/clock.ts`) to drive time without sleeping.
 */
export interface CooldownClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** `Date.now` and the global timers. */
export const systemClock: CooldownClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/**
 * The wait before a "send again" button works again (a code or a link was just sent).
 *
 * ```ts
 * #cooldown = new CooldownController(this, () => this.resendCooldown);
 * // after a successful send:
 * this.#cooldown.start();
 * // in render():
 * const wait = this.#cooldown.remaining;
 * html`<button ?disabled=${wait > 0}>${wait > 0 ? format(t.resendIn, { seconds: wait }) : t.resend}</button>`
 * ```
 *
 * `remaining` is the whole seconds left, rounded up (0 = ready). It is computed from a deadline,
 * not counted down by ticks, so a throttled background tab still shows the right number when it
 * wakes up. While running, the host re-renders each time the number changes; the timer stops
 * when the wait is over or the host disconnects (and resumes if the host reconnects before
 * the deadline), so no timer outlives its element.
 *
 * Every controller uses {@link CooldownController.clock} unless given its own clock.
 */
export class CooldownController implements ReactiveController {
  /** The clock controllers use when not given one; tests replace it (and put it back). */
  static clock: CooldownClock = systemClock;

  readonly #host: ReactiveControllerHost;
  readonly #seconds: () => number;
  readonly #ownClock: CooldownClock | undefined;
  /** When the wait ends (clock milliseconds); 0 when not running. */
  #deadline = 0;
  #timer: unknown;
  /** The clock the running wait was started with (a test may swap the static one afterwards). */
  #clock: CooldownClock;
  #connected = false;

  constructor(host: ReactiveControllerHost, seconds: () => number, clock?: CooldownClock) {
    this.#host = host;
    this.#seconds = seconds;
    this.#ownClock = clock;
    this.#clock = clock ?? CooldownController.clock;
    host.addController(this);
  }

  /** Whole seconds left before the action may run again; 0 when it may. */
  get remaining(): number {
    if (!this.#deadline) return 0;
    const left = Math.ceil((this.#deadline - this.#clock.now()) / 1000);
    return left > 0 ? left : 0;
  }

  /** Starts (or restarts) the wait of `seconds()` seconds. A wait of 0 or less does nothing. */
  start(): void {
    this.#clearTimer();
    this.#clock = this.#ownClock ?? CooldownController.clock;
    const seconds = Number(this.#seconds());
    this.#deadline = Number.isFinite(seconds) && seconds > 0 ? this.#clock.now() + seconds * 1000 : 0;
    this.#schedule();
    this.#host.requestUpdate();
  }

  /** Ends the wait now (the action is ready again). */
  stop(): void {
    this.#clearTimer();
    if (!this.#deadline) return;
    this.#deadline = 0;
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    this.#connected = true;
    const running = this.#deadline !== 0;
    this.#schedule();
    // The number may have changed (or the wait ended) while the host was away.
    if (running) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#clearTimer();
  }

  /** Arms one timer for the moment the shown number next changes. */
  #schedule(): void {
    if (!this.#connected || this.#timer !== undefined) return;
    const left = this.#deadline - this.#clock.now();
    if (left <= 0) {
      this.#deadline = 0;
      return;
    }
    // The number shown is ceil(left / 1000): it changes when `left` crosses a whole second.
    const delay = left % 1000 || 1000;
    this.#timer = this.#clock.setTimeout(() => {
      this.#timer = undefined;
      this.#host.requestUpdate();
      this.#schedule();
    }, delay);
  }

  #clearTimer(): void {
    if (this.#timer === undefined) return;
    this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
