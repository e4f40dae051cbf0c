/**
 * Keeps a store's idea of the session true while the page lives: across tabs (a
 * `BroadcastChannel` that carries only "the session changed"), across back/forward (a page
 * restored from the bfcache asks again before showing guarded content), across time (a tab that
 * comes back after a while asks again) and across the network going away (provider calls fail
 * fast with an `offline` error, and the store asks again once the browser is back online).
 *
 * Nothing here runs at import time, and nothing touches `window` unless a store is active in a
 * browser. The store owns one {@link SessionSync} and drives it through {@link SessionSyncHost}.
 */
import type { CheckResult, NormalizedProvider } from './dialect.js';
import { TIMEOUT_ERROR } from './errors.js';
import type { AuthError, AuthStatus } from './types.js';

/** The error every gated action resolves with while the browser says it is offline. */
export const OFFLINE_ERROR: AuthError = Object.freeze({
  name: 'Offline',
  message: 'You are offline. Check your connection and try again.',
  code: 'offline',
});

/** Store options that control session sync (part of `AuthStoreOptions`). */
export interface SessionSyncOptions {
  /**
   * The `BroadcastChannel` name shared by the tabs whose stores should follow each other's
   * sign-in and sign-out. Default: derived from the store's configuration (login path, home
   * path, return parameter, dialect, provider method names), so two differently configured
   * stores or apps on one origin do not hear each other. `false` turns cross-tab sync off.
   * Outside a browser a channel is opened only when a name is given here.
   */
  channel?: string | false;
  /**
   * When a tab becomes visible or its window regains focus and the last check is at least this
   * old (ms), the store checks again. Default 60000. `false` turns it off.
   */
  recheckAfter?: number | false;
  /**
   * When a check made for one of these reasons (another tab, a bfcache restore, visibility,
   * coming online) finds the user newly signed in while the page is the login page, navigate
   * as a login would: the `?to=` return path, else `homePath`. Default `true`.
   */
  followSignIn?: boolean;
  /**
   * Fail provider calls at once with an `offline` error while `navigator.onLine` is `false`
   * (every call except `logout` and `checkError`, which a local provider may still answer),
   * and check again when the browser is back online. Default `true`; `false` for providers
   * that work offline.
   */
  offlineFailFast?: boolean;
}

/** What the sync needs from its store. Closures over the store's private state. */
export interface SessionSyncHost {
  /** The store's current status. */
  status(): AuthStatus;
  /** When the store last started or received a check (ms since epoch), if ever; `pending` while one is in flight. */
  lastCheck(): number | 'pending' | undefined;
  /** Something outside this store changed the session: drop every cached answer. */
  invalidate(): void;
  /** Ask the provider again (no cached answer), refresh loaded identity/permissions, maybe follow a sign-in. */
  revalidate(): Promise<void>;
  /** Forget the status (`unknown`) and the cached check, so guards close and re-check. */
  forget(): void;
}

const MESSAGE = 'auth-elements:session-changed';

/** What crosses the channel: that the session changed, and which document said so. Nothing else. */
interface SessionMessage {
  type: typeof MESSAGE;
  /** A random id of the sending document, so stores in one tab do not echo each other. */
  from: string;
}

let documentId: string | undefined;
// Created on first use, never at import time.
const thisDocument = (): string => (documentId ??= Math.random().toString(36).slice(2) + Date.now().toString(36));

const isBrowser = (): boolean =>
  typeof window === 'object' && window !== null && typeof document === 'object' && document !== null;

/** Whether the browser says it is offline. */
export const offline = (): boolean => (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine === false;

/** A short, stable hash (FNV-1a) so the default channel name does not spell out the config. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The default channel name for a store configuration. */
export function defaultChannelName(parts: { loginPath: string; homePath: string; returnParam: string; dialect: string; provider: object }): string {
  let methods: string[] = [];
  try {
    methods = Object.keys(parts.provider)
      .filter((key) => typeof (parts.provider as Record<string, unknown>)[key] === 'function')
      .sort();
  } catch {
    /* a hostile provider object: the paths alone name the channel */
  }
  return `auth-elements:${hash([parts.loginPath, parts.homePath, parts.returnParam, parts.dialect, ...methods].join('\n'))}`;
}

/** The error to show for a call that got no answer: offline or timed out. */
export function unansweredError(result: object): AuthError {
  return (result as { offline?: boolean }).offline ? OFFLINE_ERROR : TIMEOUT_ERROR;
}

// A call the gate refused: read like a timeout (no answer, keep what was known), shown as offline.
const NO_ACTION = Object.freeze({ success: false, timedOut: true, offline: true, error: OFFLINE_ERROR });
const NO_CHECK = Object.freeze({ authenticated: false, timedOut: true, offline: true, error: OFFLINE_ERROR });
const NO_DATA = Object.freeze({ ok: false, timedOut: true, offline: true });

/**
 * One store's link to the page and the other tabs. Active while the store has subscribers (an
 * element on the page, a framework binding), so stores nobody renders hold no channel and no
 * window listener, and a store dropped by the app can be garbage-collected.
 *
 * The channel is opened at once (news from another tab must not be missed while code loads);
 * the window listeners — visibility, focus, bfcache, `online` — live in session-watch.ts, loaded
 * with `import()` by the first subscriber in a browser: none of them matters before the page has
 * rendered. Until it arrives, an offline check is remembered here (`missed`), and the watch
 * treats it as soon as it starts.
 */
export class SessionSync {
  readonly host: SessionSyncHost;
  readonly options: SessionSyncOptions;
  readonly #name: string | undefined;
  #users = 0;
  #disposed = false;
  #channel?: BroadcastChannel;
  #watch?: { start(): void; stop(): void };
  // eslint-disable-next-line no-unused-private-class-members -- read by `??=` in #start
  #loading?: Promise<unknown>;
  /** While the page sits in the bfcache, checks wait for it to be shown again. Set by the watch. */
  frozen?: { promise: Promise<void>; release: () => void };
  /** A check failed because the browser was offline: guards may have closed on it. */
  missed = false;

  constructor(host: SessionSyncHost, options: SessionSyncOptions, defaultName: () => string) {
    this.host = host;
    this.options = options;
    const asked = typeof options.channel === 'string' && options.channel !== '';
    // In Node (SSR, tests) a BroadcastChannel keeps the process alive and talks to nobody useful:
    // only open one there when the app named a channel.
    if (options.channel !== false && typeof BroadcastChannel === 'function' && (asked || isBrowser())) {
      this.#name = asked ? (options.channel as string) : defaultName();
    }
  }

  /** The channel name in use, or `undefined` when cross-tab sync is off. */
  get channelName(): string | undefined {
    return this.#name;
  }

  /** Wraps the provider: checks wait while the page is frozen; calls fail fast offline. */
  gate(provider: NormalizedProvider): NormalizedProvider {
    const failFast = this.options.offlineFailFast !== false;
    const blocked = () => failFast && offline();
    const check = (params: unknown): Promise<CheckResult> => {
      // Frozen in the bfcache: ask once the page is shown again (it may have been frozen twice).
      if (this.frozen) return this.frozen.promise.then(() => check(params));
      if (blocked()) {
        this.missed = true;
        return Promise.resolve(NO_CHECK);
      }
      // Synchronously, as before the gate: callers count on the provider being asked at once.
      return provider.check(params);
    };
    return {
      // Spread first: optional methods other layers add to the contract pass through unchanged.
      ...provider,
      action: (method, params, limit) =>
        method !== 'logout' && blocked() ? Promise.resolve(NO_ACTION) : provider.action(method, params, limit),
      check,
      getIdentity: (params) => (blocked() ? Promise.resolve(NO_DATA) : provider.getIdentity(params)),
      getPermissions: (params) => (blocked() ? Promise.resolve(NO_DATA) : provider.getPermissions(params)),
    };
  }

  /** A subscriber arrived: start listening with the first one. */
  retain(): void {
    if (this.#disposed) return;
    this.#users += 1;
    if (this.#users === 1) this.#start();
  }

  /** A subscriber left: stop listening with the last one. */
  release(): void {
    if (this.#users === 0) return;
    this.#users -= 1;
    if (this.#users === 0) this.#stop();
  }

  /** Stops for good: closes the channel and removes every listener. */
  dispose(): void {
    this.#disposed = true;
    this.#users = 0;
    this.#stop();
    this.thaw();
  }

  /** Whether the store has subscribers (the watch reopens the channel after a restore only then). */
  get active(): boolean {
    return this.#users > 0;
  }

  /** Lets checks held while the page was frozen go on. */
  thaw(): void {
    const frozen = this.frozen;
    this.frozen = undefined;
    frozen?.release();
  }

  /** This tab signed in or out: tell the others (only that it changed — never who or how). */
  announce(): void {
    if (!this.#name || this.#disposed) return;
    const message: SessionMessage = { type: MESSAGE, from: thisDocument() };
    if (this.#channel) return this.#channel.postMessage(message);
    // Nobody here listens, but other tabs may: a short-lived channel carries the news.
    try {
      const channel = new BroadcastChannel(this.#name);
      channel.postMessage(message);
      channel.close();
    } catch {
      /* a sandboxed page without BroadcastChannel access: nothing to tell */
    }
  }

  #start(): void {
    this.openChannel();
    if (!isBrowser()) return;
    if (this.#watch) return this.#watch.start();
    // A failed load (offline, a replaced deployment) leaves the page without these listeners
    // until the next first subscriber: nothing rejects, the store works as before.
    this.#loading ??= loadWatch().then(
      ({ SessionWatch }) => {
        if (this.#disposed) return;
        this.#watch = new SessionWatch(this);
        if (this.#users > 0) this.#watch.start();
      },
      () => (this.#loading = undefined),
    );
  }

  #stop(): void {
    this.#watch?.stop();
    this.closeChannel();
  }

  /** Opens the channel (while there are subscribers and the page is not frozen). */
  openChannel(): void {
    if (!this.#name || this.#channel) return;
    try {
      const channel = new BroadcastChannel(this.#name);
      channel.onmessage = (event: MessageEvent) => {
        const data = event.data as Partial<SessionMessage> | null;
        // Stores in this same document already know: they share the page's own actions.
        if (data?.type !== MESSAGE || data.from === thisDocument()) return;
        this.host.invalidate();
        void this.host.revalidate();
      };
      // Node's BroadcastChannel holds the event loop open; a listening store must not.
      (channel as unknown as { unref?: () => void }).unref?.();
      this.#channel = channel;
    } catch {
      /* no channel: this tab simply does not hear the others */
    }
  }

  closeChannel(): void {
    this.#channel?.close();
    this.#channel = undefined;
  }
}

/**
 * Loads the window listeners' module. A property, not a bare `import()`, so a test can play a
 * chunk that fails to load.
 * @internal
 */
export const lazySync = { load: () => import('./session-watch.js') };
const loadWatch = () => lazySync.load();
