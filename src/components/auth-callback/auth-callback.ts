import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { safeRedirect } from '../../core/redirect.js';
import { getQueryParams, removeQueryParams } from '../../core/url.js';
import { AuthRedirectEvent } from '../../events/auth-redirect.js';
// Declaration files drop value imports; this one stays, so an app importing this element's
// entry alone still gets the events' GlobalEventHandlersEventMap entries.
import '../../events/index.js';
import { AuthActionController } from '../../internal/action-controller.js';
import { AuthElement } from '../../internal/auth-element.js';
import { define } from '../../internal/define.js';
import { signInErrorCode, signInErrorTarget } from '../../internal/sign-in-error-param.js';
import { callbackStyles } from './auth-callback.styles.js';
import './en.js';

/** What an OAuth / OpenID Connect return carries that must not stay in history or leak through `Referer`. */
export const CALLBACK_PARAMS: readonly string[] = ['code', 'state', 'session_state', 'iss', 'error', 'error_description', 'error_uri'];

/**
 * The page an identity provider redirects back to. On connect it reads the query string once,
 * removes `code`, `state`, `session_state`, `iss` and `error*` from the address bar, and calls
 * the store's `handleCallback` (the provider's, react-admin's name) with them. Success redirects
 * like a login (a `?to=` kept with `state` is validated again). A failure — refused at the
 * provider, a missing or foreign `state`, a replayed code, no network — signs nobody in and goes
 * back to the sign-in page with only the kit's error code, `?auth_error=access-denied` (and the
 * page's `?to=`), where `<auth-login>` shows that code's message; with `stay-on-error` (or when
 * that navigation is cancelled) the message is shown here, as text, with a link back to sign in.
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
 * @fires {AuthRedirectEvent} auth-redirect - Before navigating after the sign-in, or back to the sign-in page after a failure; cancelable.
 * @fires {AuthErrorEvent} auth-error - The sign-in could not be completed.
 */
export class AuthCallback extends AuthElement {
  static override styles = [...AuthElement.styles, callbackStyles];

  static override properties: PropertyDeclarations = {
    loginLink: { attribute: 'login-link' },
    stayOnError: { type: Boolean, attribute: 'stay-on-error' },
    params: { attribute: false },
    done: { state: true },
  };

  /** The sign-in page a failure goes (or links) back to. Default: the store's `loginPath`. */
  loginLink?: string;

  /** Shows a failure here, with a link to the sign-in page, instead of going back to it. */
  stayOnError = false;

  /** The query parameters to complete; default: the page's, read once on connect. */
  params?: Record<string, string>;

  private done = false;

  readonly #runner = new AuthActionController(this, {
    auth: this.auth,
    action: 'handleCallback',
    onSuccess: () => {
      this.done = true;
    },
  });

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

  protected override updated(): void {
    // One attempt per element: an authorization code works once.
    if (!this.#started && this.auth.store) this.#start();
  }

  protected override firstUpdated(): void {
    // No store yet: a late configureAuth() still gets its chance (updated() runs when it
    // arrives); otherwise the runner reports the missing store.
    if (!this.auth.store) queueMicrotask(() => !this.#started && !this.auth.store && this.#start());
  }

  #start(): void {
    this.#started = true;
    // After this update: the store publishes "pending" at once, which re-renders this element.
    queueMicrotask(() => void this.#complete());
  }

  async #complete(): Promise<void> {
    const outcome = await this.#runner.run((store, options) => store.handleCallback(this.#query ?? {}, options));
    const store = this.auth.store;
    if (!outcome || outcome.ok || outcome.stale || !outcome.error || this.stayOnError || !store || !this.isConnected) return;
    // Back to the sign-in page with a kit code only: the provider's words (an attacker's, in a
    // crafted link's error_description) never travel, and the page shows its own for the code.
    const here = globalThis.location?.href ?? 'http://localhost/';
    const back = safeRedirect(this.#query?.[store.returnParam], here);
    const target = signInErrorTarget(this.loginLink ?? store.loginPath, signInErrorCode(outcome.error.code), here, store.returnParam, back);
    // Replace: history must not lead back to a callback that can only fail again. A cancelled or
    // refused navigation leaves the message shown here.
    store.redirect('handleCallback', target, { replace: true, beforeRedirect: (intent) => this.dispatchEvent(new AuthRedirectEvent(intent)) });
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const error = this.#runner.message(t);
    const loginLink = this.loginLink ?? this.auth.store?.loginPath ?? '/login';
    return html`<div part="base">
      <p part="status" role="status">${error || this.done ? nothing : t.callbackWorking}</p>
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
