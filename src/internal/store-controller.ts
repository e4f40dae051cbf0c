import { ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getDefaultStore, onDefaultStoreChange, type AuthStore } from '../core/store.js';
import type { AuthState } from '../core/types.js';
import { authStoreContext } from './context.js';

type Host = ReactiveControllerHost & HTMLElement;

let warned = false;

/** Forgets that the "no store" hint was shown (tests: each starts from a fresh page's state). */
export function resetStoreWarning(): void {
  warned = false;
}

/**
 * Tells the developer, once per page, that an element found no store. Checked after the page
 * has loaded (or on the next task, if it already has), so a `configureAuth` that runs after the
 * elements were defined is not a false alarm.
 */
function warnIfStillMissing(controller: AuthStoreController, host: Host): void {
  if (warned) return;
  const check = () => {
    if (warned || !host.isConnected || controller.store) return;
    warned = true;
    console.warn(
      `auth-elements: <${host.localName}> has no store. Call configureAuth({ authProvider }), ` +
        'wrap the elements in <auth-scope .store=…>, or set the element\'s store property.',
    );
  };
  if (document.readyState === 'complete') setTimeout(check);
  else addEventListener('load', check, { once: true });
}

/** Called with the state of the store in use: on every change, and when another store takes over. */
export type StateWatcher = (state: AuthState, store: AuthStore) => void;

/**
 * Finds an element's store and follows it. The store is, in order: the one set with
 * {@link AuthStoreController.override} (an element's `store` property), the nearest one
 * provided through context, the default from `configureAuth`.
 *
 * It re-renders its host only when the store itself changes; what an element shows of the
 * state is followed by {@link StateSliceController}s (or any {@link watch}er), so an element
 * re-renders only when its own slice changed.
 */
export class AuthStoreController implements ReactiveController {
  readonly #host: Host;
  #override?: AuthStore;
  #provided?: AuthStore;
  #subscribed?: AuthStore;
  #unsubscribe?: () => void;
  #unsubscribeDefault?: () => void;
  #unsubscribeProvided?: () => void;
  readonly #watchers = new Set<StateWatcher>();

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** The store in use, if any. */
  get store(): AuthStore | undefined {
    return this.#override ?? this.#provided ?? getDefaultStore();
  }

  /** The store's current state, if there is a store. */
  get state(): AuthState | undefined {
    return this.store?.state;
  }

  /** Uses `store` instead of the provided or default one (`undefined` clears the override). */
  override(store: AuthStore | undefined): void {
    this.#override = store;
    this.#sync();
  }

  /**
   * Calls `watcher` with every state of the store in use while the host is connected: at once
   * with the current state, then on every change and whenever another store takes over.
   * Returns the unwatch function.
   */
  watch(watcher: StateWatcher): () => void {
    this.#watchers.add(watcher);
    // A watcher added after the store was found starts from its current state.
    if (this.#subscribed) watcher(this.#subscribed.state, this.#subscribed);
    return () => this.#watchers.delete(watcher);
  }

  hostConnected(): void {
    // The context protocol's request, as @lit/context's ContextConsumer sends it (subscribed:
    // a provider calls back again when its store changes), without the general-purpose class.
    this.#host.dispatchEvent(
      new ContextEvent(
        authStoreContext,
        this.#host,
        (store, unsubscribe) => {
          // Another provider answers (the element moved): leave the one that answered before.
          if (this.#unsubscribeProvided && this.#unsubscribeProvided !== unsubscribe) this.#unsubscribeProvided();
          this.#unsubscribeProvided = unsubscribe;
          this.#provided = store;
          this.#sync();
        },
        true,
      ),
    );
    this.#unsubscribeDefault = onDefaultStoreChange(() => this.#sync());
    this.#sync();
    if (!this.store) warnIfStillMissing(this, this.#host);
  }

  hostDisconnected(): void {
    this.#unsubscribeProvided?.();
    this.#unsubscribeProvided = undefined;
    this.#unsubscribeDefault?.();
    this.#unsubscribe?.();
    this.#unsubscribe = this.#subscribed = undefined;
  }

  #notify(state: AuthState, store: AuthStore): void {
    for (const watcher of [...this.#watchers]) watcher(state, store);
  }

  #sync(): void {
    const store = this.store;
    if (!this.#host.isConnected || store === this.#subscribed) return;
    this.#unsubscribe?.();
    this.#subscribed = store;
    this.#unsubscribe = store?.subscribe((state) => this.#notify(state, store));
    this.#host.requestUpdate();
    if (store) this.#notify(store.state, store);
  }
}

/** Whether two slices hold the same values: `Object.is` per own key (or on the whole, for non-objects). */
export function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * Follows one slice of the store's state: `select` picks what the host shows, and the host
 * re-renders only when that slice changed (shallow compare), not on every store change.
 *
 * ```ts
 * readonly #pending = new StateSliceController(this, this.auth, (s) => s.pending.login);
 * ```
 */
export class StateSliceController<T> implements ReactiveController {
  #seen?: { store: AuthStore; value: T };
  #unwatch?: () => void;

  /**
   * @param select picks the slice (called on every store change; keep it cheap).
   * @param onChange called after the host was asked to update, with the new and previous slice
   *   (`undefined` the first time, or after another store took over).
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly auth: AuthStoreController,
    private readonly select: (state: AuthState) => T,
    private readonly onChange?: (value: T, previous: T | undefined, store: AuthStore) => void,
  ) {
    host.addController(this);
  }

  /** The slice of the current store's state (`undefined` without a store). */
  get value(): T | undefined {
    const state = this.auth.state;
    return state ? this.select(state) : undefined;
  }

  hostConnected(): void {
    this.#unwatch = this.auth.watch((state, store) => {
      const value = this.select(state);
      const seen = this.#seen;
      const previous = seen?.store === store ? seen : undefined;
      if (previous && shallowEqual(value, previous.value)) return;
      this.#seen = { store, value };
      this.host.requestUpdate();
      this.onChange?.(value, previous?.value, store);
    });
  }

  hostDisconnected(): void {
    this.#unwatch?.();
    this.#seen = undefined;
  }
}
