import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where an {@link AuthTask} stands (the names of `@lit/task`'s `TaskStatus`). */
export const TaskStatus = Object.freeze({ INITIAL: 0, PENDING: 1, COMPLETE: 2, ERROR: 3 } as const);
export type TaskStatus = (typeof TaskStatus)[keyof typeof TaskStatus];

/** Options of {@link AuthTask}. */
export interface AuthTaskOptions<T> {
  /** The work; `signal` aborts when a newer run starts, on {@link AuthTask.abort} and on disconnect. */
  task: (signal: AbortSignal) => Promise<T>;
  /** Called with the value of the latest run only (an older run's value is dropped). */
  onComplete?: (value: T) => void;
  /** Called with the error of the latest run only. */
  onError?: (error: unknown) => void;
}

/**
 * An async job owned by an element, in the spirit of `@lit/task`: a status, the latest call
 * wins (each run gets an id; a result of an older run is dropped, and its signal aborted),
 * and disconnecting the host aborts the run in flight. Unlike `@lit/task` it runs only when
 * told to, since what triggers it (a store change) is not an element property.
 */
export class AuthTask<T> implements ReactiveController {
  /** Where the latest run stands. */
  status: TaskStatus = TaskStatus.INITIAL;
  /** The latest run's value, once complete. */
  value?: T;
  /** The latest run's error, if it failed. */
  error?: unknown;

  #id = 0;
  #abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: AuthTaskOptions<T>,
  ) {
    host.addController(this);
  }

  /** Starts a run, aborting the one in flight. Resolves when this run (or a newer one) is done. */
  async run(): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const id = ++this.#id;
    this.status = TaskStatus.PENDING;
    this.host.requestUpdate();
    let value: T;
    try {
      value = await this.options.task(abort.signal);
    } catch (error) {
      if (id !== this.#id) return;
      this.status = TaskStatus.ERROR;
      this.error = error;
      this.host.requestUpdate();
      this.options.onError?.(error);
      return;
    }
    // A newer run (or an abort) made this answer stale: it must not overwrite anything.
    if (id !== this.#id) return;
    this.status = TaskStatus.COMPLETE;
    this.value = value;
    this.error = undefined;
    this.host.requestUpdate();
    this.options.onComplete?.(value);
  }

  /** Aborts the run in flight and drops its result; a pending task goes back to INITIAL. */
  abort(): void {
    this.#id += 1;
    this.#abort?.abort();
    this.#abort = undefined;
    if (this.status === TaskStatus.PENDING) this.status = TaskStatus.INITIAL;
  }

  hostDisconnected(): void {
    this.abort();
  }
}
