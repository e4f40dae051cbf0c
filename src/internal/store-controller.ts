import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getDefaultStore, onDefaultStoreChange, type AuthStore } from '../core/store.js';
import type { AuthState } from '../core/types.js';
import { authStoreContext } from './context.js';

type Host = ReactiveControllerHost & HTMLElement;

let warned = false;

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

/**
 * Connects an element to its store and re-renders it on every state change. The store is, in
 * order: the one set with {@link AuthStoreController.override} (an element's `store`
 * property), the nearest one provided through context, the default from `configureAuth`.
 */
export class AuthStoreController implements ReactiveController {
  readonly #host: Host;
  #override?: AuthStore;
  #provided?: AuthStore;
  #subscribed?: AuthStore;
  #unsubscribe?: () => void;
  #unsubscribeDefault?: () => void;
  #onChange?: (state: AuthState, store: AuthStore) => void;

  /** @param onChange called after the host re-requested an update, with the new state. */
  constructor(host: Host, onChange?: (state: AuthState, store: AuthStore) => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
    new ContextConsumer(host, {
      context: authStoreContext,
      subscribe: true,
      callback: (store) => {
        this.#provided = store;
        this.#sync();
      },
    });
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

  hostConnected(): void {
    this.#unsubscribeDefault = onDefaultStoreChange(() => this.#sync());
    this.#sync();
    if (!this.store) warnIfStillMissing(this, this.#host);
  }

  hostDisconnected(): void {
    this.#unsubscribeDefault?.();
    this.#unsubscribe?.();
    this.#unsubscribe = this.#subscribed = undefined;
  }

  #sync(): void {
    const store = this.store;
    if (!this.#host.isConnected || store === this.#subscribed) return;
    this.#unsubscribe?.();
    this.#subscribed = store;
    this.#unsubscribe = store?.subscribe((state) => {
      this.#host.requestUpdate();
      this.#onChange?.(state, store);
    });
    this.#host.requestUpdate();
    if (store) this.#onChange?.(store.state, store);
  }
}
