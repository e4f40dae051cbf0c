import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AuthStore } from '../core/store.js';
import type { ActionOptions, AuthAction, AuthError, AuthOutcome } from '../core/types.js';
import { AuthErrorEvent } from '../events/auth-error.js';
import { AuthRedirectEvent } from '../events/auth-redirect.js';
import { AuthSuccessEvent } from '../events/auth-success.js';
import { NO_STORE } from './auth-element.js';
import { localizeError } from './localize-error.js';
import { StateSliceController, type AuthStoreController } from './store-controller.js';
import type { AuthStrings } from './strings.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Options of {@link AuthActionController}. */
export interface AuthActionOptions {
  /** The element's store controller (`this.auth` of an `AuthElement`). */
  auth: AuthStoreController;
  /** The store action the element runs (a function when a subclass decides it). */
  action: AuthAction | (() => AuthAction);
  /**
   * Whether a failure also becomes a store notification (`<auth-notifications>`). Default
   * `false`: an element that shows its error itself must not have it toasted too.
   */
  notify?: boolean;
  /** Called once the action succeeded, before `auth-success` and any navigation. */
  onSuccess?: () => void;
  /** After a success has rendered: what to focus (the form that had focus may be gone). */
  focusAfterSuccess?: () => HTMLElement | null | undefined;
  /**
   * Failures that must look like a success (an address with no account asking for a sign-in
   * link: saying so would tell anyone which addresses have accounts). Such a failure is neither
   * shown nor announced as `auth-error`, and is cleared from the store at once.
   */
  quiet?: (error: AuthError) => boolean;
}

/**
 * Runs one store action for an element: every screen that submits something uses it.
 *
 * - **busy** is the store's own `state.pending[action]` (the host re-renders when it flips);
 *   {@link run} refuses to start while it is set, so a second click never reaches the provider.
 * - **the error** is the store's `state.errors[action]` — the one place a failure is held —
 *   shown once this element has run the action (an old failure does not greet a new form);
 *   {@link message} is its text in the element's strings.
 * - **events**: `auth-success` (before any navigation: a router may remove the element as it
 *   navigates), the cancelable `auth-redirect`, `auth-error`.
 */
export class AuthActionController implements ReactiveController {
  readonly #host: Host;
  readonly #options: AuthActionOptions;
  readonly #slice: StateSliceController<{ pending: boolean; error: AuthError | undefined }>;
  /** Whether this element ran the action since it connected (its failures are shown). */
  #ran = false;
  /** A failure that has no store to live in: there is no store. */
  #noStore = false;

  constructor(host: Host, options: AuthActionOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#slice = new StateSliceController(host, options.auth, (state) => ({
      pending: state.pending[this.action] === true,
      error: state.errors[this.action],
    }));
  }

  /** The action this controller runs. */
  get action(): AuthAction {
    const { action } = this.#options;
    return typeof action === 'function' ? action() : action;
  }

  /** Whether the action is pending on the store (from this element or any other caller). */
  get pending(): boolean {
    return Boolean(this.#slice.value?.pending);
  }

  /** The failure to show, if this element's last run failed. */
  get error(): AuthError | undefined {
    if (this.#noStore) return NO_STORE;
    return this.#ran ? this.#slice.value?.error : undefined;
  }

  /** The failure's text in `strings` (the code's entry when there is one), or `undefined`. */
  message(strings: AuthStrings): { name: string; message: string } | undefined {
    const error = this.error;
    return error ? localizeError(error, strings) : undefined;
  }

  /** Hides the failure (a new attempt or an edit: the old answer no longer describes the form). */
  clearError(): void {
    this.#noStore = false;
    this.#options.auth.store?.clearError(this.action);
    this.#host.requestUpdate();
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#ran = false;
  }

  /**
   * Calls `call` with the store and the options that wire up the events. Resolves to the
   * store's outcome, or `undefined` when it did not run (already pending, or no store).
   */
  async run(call: (store: AuthStore, options: ActionOptions) => Promise<AuthOutcome>): Promise<AuthOutcome | undefined> {
    const store = this.#options.auth.store;
    const action = this.action;
    if (!store) {
      this.#noStore = true;
      this.#host.requestUpdate();
      this.#host.dispatchEvent(new AuthErrorEvent({ action, error: NO_STORE }));
      return undefined;
    }
    // Read from the store itself, not the last render: a second click in the same task counts.
    if (store.state.pending[action]) return undefined;
    this.clearError();
    this.#ran = true;
    let succeeded = false;
    const outcome = await call(store, {
      notify: this.#options.notify ?? false,
      onSuccess: () => {
        succeeded = true;
        this.#options.onSuccess?.();
        this.#host.dispatchEvent(new AuthSuccessEvent({ action }));
      },
      beforeRedirect: (intent) => this.#host.dispatchEvent(new AuthRedirectEvent(intent)),
    });
    if (!outcome.ok && outcome.error) {
      if (this.#options.quiet?.(outcome.error)) store.clearError(action);
      else this.#host.dispatchEvent(new AuthErrorEvent({ action, error: outcome.error }));
    }
    if (succeeded && this.#options.focusAfterSuccess) {
      await this.#host.updateComplete;
      this.#options.focusAfterSuccess()?.focus();
    }
    return outcome;
  }
}
