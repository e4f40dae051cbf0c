/**
 * The window side of session sync, loaded by session-sync.ts with `import()` when a store gets
 * its first subscriber in a browser: a tab that comes back after a while asks again
 * (visibility, focus), a page going into the bfcache forgets its status and holds its checks
 * until it is shown again, and coming back online asks again.
 */
// Only a type from the store's side: a chunk of its own that imports nothing, so bundlers need not
// split the store's code into a shared chunk for it (which made the login page bigger).
import type { SessionSync } from './session-sync.js';

// Loaded in a browser only.
const offline = () => navigator.onLine === false;

type Listener = [target: EventTarget, type: string, listener: (event: Event) => void];

/** The window listeners of one store's {@link SessionSync}, on while the store has subscribers. */
export class SessionWatch {
  readonly #sync: SessionSync;
  #listeners: Listener[] = [];

  constructor(sync: SessionSync) {
    this.#sync = sync;
  }

  start(): void {
    if (this.#listeners.length) return;
    const recheck = () => this.#recheckIfStale();
    this.#listen(document, 'visibilitychange', () => {
      if (document.visibilityState === 'visible') recheck();
    });
    this.#listen(window, 'focus', recheck);
    this.#listen(window, 'pagehide', (event) => {
      if ((event as PageTransitionEvent).persisted) this.#freeze();
    });
    this.#listen(window, 'pageshow', (event) => {
      if ((event as PageTransitionEvent).persisted) this.#restore();
    });
    if (this.#sync.options.offlineFailFast !== false) {
      this.#listen(window, 'online', () => this.#online());
      // A check missed offline before these listeners existed, and the browser is back already:
      // the `online` event came too early for us.
      if (this.#sync.missed && !offline()) this.#online();
    }
  }

  stop(): void {
    for (const [target, type, listener] of this.#listeners) target.removeEventListener(type, listener);
    this.#listeners = [];
  }

  #listen(target: EventTarget, type: string, listener: (event: Event) => void): void {
    target.addEventListener(type, listener);
    this.#listeners.push([target, type, listener]);
  }

  #recheckIfStale(): void {
    const host = this.#sync.host;
    const after = this.#sync.options.recheckAfter ?? 60_000;
    if (after === false || this.#sync.frozen || offline()) return;
    // Nothing known yet means nothing to re-validate: the first check is someone else's call.
    if (host.status() === 'unknown' || host.status() === 'checking') return;
    const last = host.lastCheck();
    if (last === 'pending') return;
    if (last !== undefined && Date.now() - last < after) return;
    void host.revalidate();
  }

  /**
   * Going into the bfcache. The page may come back much later, signed out: forget the status now
   * so guards close (removing their content) before the page is frozen, and hold their checks
   * until it is shown again. The channel is closed: a frozen page hears nothing, and an open
   * channel can keep a page out of the bfcache.
   */
  #freeze(): void {
    const sync = this.#sync;
    if (sync.frozen) return;
    let release!: () => void;
    const promise = new Promise<void>((resolve) => (release = resolve));
    sync.frozen = { promise, release };
    sync.closeChannel();
    sync.host.forget();
  }

  #restore(): void {
    const sync = this.#sync;
    sync.thaw();
    if (sync.active) sync.openChannel();
    void sync.host.revalidate();
  }

  #online(): void {
    const sync = this.#sync;
    if (sync.missed) {
      sync.missed = false;
      // A guard that asked while offline closed on "no answer" and waits for a status change.
      sync.host.forget();
    }
    void sync.host.revalidate();
  }
}
