import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AuthStore } from '../../core/store.js';
import type { AuthError, AuthOutcome } from '../../core/types.js';
import { getQueryParams, removeQueryParams } from '../../core/url.js';
import { AuthErrorEvent } from '../../events/auth-error.js';
import { AuthRedirectEvent } from '../../events/auth-redirect.js';
import { AuthSuccessEvent } from '../../events/auth-success.js';
// Keeps the events' GlobalEventHandlersEventMap entries in this entry's declarations.
import '../../events/index.js';
import { define } from '../../internal/define.js';
import { localizeError } from '../../internal/localize-error.js';
import { AuthStoreController } from '../../internal/store-controller.js';
import { StringsController } from '../../internal/strings-controller.js';
import type { AuthStrings } from '../../internal/strings.js';
import { tokens } from '../../internal/styles.js';
import { callbackStyles } from './auth-callback.styles.js';

/** What an OAuth / OpenID Connect return carries that must not stay in history or leak through `Referer`. */
export const CALLBACK_PARAMS: readonly string[] = ['code', 'state', 'session_state', 'iss', 'error', 'error_description', 'error_uri'];

const NO_STORE: AuthError = {
  name: 'Configuration Error',
  message: 'No authProvider: call configureAuth({ authProvider }) or give this element a store.',
};

/**
 * The page an identity provider redirects back to. On connect it reads the query string once,
 * removes `code`, `state`, `session_state`, `iss` and `error*` from the address bar, and calls
 * the store's `handleCallback` (the provider's, react-admin's name) with them. Success redirects
 * like a login (a `?to=` kept with `state` is validated again); a failure — refused at the
 * provider, a missing or foreign `state`, a replayed code, no network — shows the message as text
 * with a link back to the sign-in page, and signs nobody in.
 *
 * @summary Completes an OAuth / OpenID Connect sign-in on the redirect page.
 * @tagname auth-callback
 *
 * @csspart base - The box around the status or the error.
 * @csspart status - "Signing you in…" while the provider works; a polite live region.
 * @csspart error - The error box (an assertive live region, present before any error).
 * @csspart error-title - The error's heading.
 * @csspart error-message - The error's text.
 * @csspart link - The link back to the sign-in page.
 * @csspart login-link - The link back to the sign-in page.
 *
 * @cssprop --auth-color-surface - Box background.
 * @cssprop --auth-color-border - Box border.
 * @cssprop --auth-color-muted - Status text.
 * @cssprop --auth-color-danger - Error accent.
 * @cssprop --auth-color-danger-background - Error background.
 * @cssprop --auth-color-primary - Link colour.
 * @cssprop --auth-color-focus - Focus ring.
 * @cssprop --auth-radius - Corner radius.
 * @cssprop --auth-spacing - Padding.
 * @cssprop --auth-font-family - Font.
 *
 * @fires {AuthSuccessEvent} auth-success - The sign-in completed, before navigating.
 * @fires {AuthRedirectEvent} auth-redirect - Before navigating after the sign-in; cancelable.
 * @fires {AuthErrorEvent} auth-error - The sign-in could not be completed.
 */
export class AuthCallback extends LitElement {
  static override styles = [tokens, callbackStyles];

  /** The store to use instead of the one provided by context or `configureAuth`. */
  @property({ attribute: false }) store?: AuthStore;

  /** Replaces part of the text (merged over the page-wide strings). */
  @property({ attribute: false }) strings?: Partial<AuthStrings>;

  /** Forces the light or dark palette; by default it follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** The sign-in page the error links back to. Default: the store's `loginPath`. */
  @property({ attribute: 'login-link' }) loginLink?: string;

  /** The query parameters to complete; default: the page's, read once on connect. */
  @property({ attribute: false }) params?: Record<string, string>;

  @state() private phase: 'working' | 'done' | 'failed' = 'working';
  @state() private error?: AuthError;

  protected readonly auth = new AuthStoreController(this);
  protected readonly i18n = new StringsController(this, () => this.strings);

  #query?: Record<string, string>;
  #started = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Read, then clean, at once: the code and state must not outlive this moment in the address
    // bar, history or a Referer, even if the provider takes a while (or the store is late).
    if (!this.#query) {
      this.#query = this.params ?? getQueryParams();
      removeQueryParams(CALLBACK_PARAMS);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('store')) this.auth.override(this.store);
  }

  protected override updated(): void {
    // One attempt per element: an authorization code works once.
    if (this.#started || !this.auth.store) return;
    this.#started = true;
    const store = this.auth.store;
    // After this update: the store publishes "pending" at once, which re-renders this element.
    queueMicrotask(() => void this.#complete(store));
  }

  protected override firstUpdated(): void {
    if (!this.auth.store) {
      // A late configureAuth() still gets its chance (updated() runs again when it arrives).
      queueMicrotask(() => {
        if (!this.auth.store && !this.#started) this.#fail(NO_STORE);
      });
    }
  }

  async #complete(store: AuthStore): Promise<AuthOutcome> {
    let announced = false;
    const announce = () => {
      if (announced) return;
      announced = true;
      this.phase = 'done';
      this.dispatchEvent(new AuthSuccessEvent({ action: 'handleCallback' }));
    };
    const outcome = await store.handleCallback(this.#query ?? {}, {
      notify: false,
      beforeRedirect: (intent) => {
        announce();
        return this.dispatchEvent(new AuthRedirectEvent(intent));
      },
    });
    if (outcome.ok) announce();
    else if (!outcome.stale) this.#fail(outcome.error ?? NO_STORE);
    return outcome;
  }

  #fail(error: AuthError): void {
    this.phase = 'failed';
    this.error = error;
    this.dispatchEvent(new AuthErrorEvent({ action: 'handleCallback', error }));
  }

  protected override render(): TemplateResult {
    const t = this.i18n.value;
    const error = this.phase === 'failed' && this.error ? localizeError(this.error, t) : undefined;
    const loginLink = this.loginLink ?? this.auth.store?.loginPath ?? '/login';
    return html`<div part="base">
      <p part="status" role="status">${this.phase === 'failed' ? nothing : t.callbackWorking}</p>
      <div part=${error ? 'error' : 'error-region'} role="alert">
        ${error
          ? html`<p part="error-title">${t.callbackErrorTitle}</p>
              <p part="error-message">${error.message}</p>
              <a part="link login-link" href=${loginLink}>${t.backToLogin}</a>`
          : nothing}
      </div>
    </div>`;
  }
}

define('auth-callback', AuthCallback);

declare global {
  interface HTMLElementTagNameMap {
    'auth-callback': AuthCallback;
  }
}
