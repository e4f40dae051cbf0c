import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAuthErrorCode } from '../../core/errors.js';
import type { AuthError, AuthParams } from '../../core/types.js';
import { getQueryParam, removeQueryParams } from '../../core/url.js';
import { AuthErrorEvent } from '../../events/auth-error.js';
import { define } from '../../internal/define.js';
import { AuthFormElement } from '../../internal/form-element.js';
import { SIGN_IN_ERROR_PARAM } from '../../internal/sign-in-error-param.js';
import { en, format, type AuthStrings } from '../../internal/strings.js';
import { providerLabel } from '../../internal/provider-names.js';
import { secondaryButtonStyles } from '../../internal/styles.js';
import { loginStyles } from './auth-login.styles.js';

/** A third-party sign-in button of `<auth-login>`. */
export interface AuthLoginProvider {
  /** Passed to `login({ providerName })`. */
  name: string;
  /** Button text (after the strings' "Sign in with"); default: the brand's spelling of a well-known `name` (`github` → GitHub), else the name. */
  label?: string;
}

/**
 * A sign-in form: email (or username) and password, optional "remember me", links to the
 * register and forgot-password pages, optional third-party provider buttons.
 *
 * The `<form>` and its inputs are rendered into the element's light DOM so password managers
 * see them; style them with `--auth-*` properties or `auth-login [data-part="input"]` etc.
 * (data-parts: form, field, label, control, input, toggle, field-error, row, checkbox,
 * forgot-link, actions, submit).
 *
 * @summary Sign-in form driven by an authProvider's `login`.
 * @tagname auth-login
 *
 * @slot title - Replaces the heading.
 * @slot footer - Replaces the footer (the register link).
 *
 * @csspart base - The card.
 * @csspart header - Wraps the title and description.
 * @csspart title - The default heading.
 * A page opened with `?auth_error=<kit error code>` (where `<auth-callback>` sends a failed
 * OAuth / OpenID Connect return) shows that code's message in the error region until the next
 * attempt, fires `auth-error`, and removes the parameter from the address bar. Only the kit's own
 * codes are shown; any other value is ignored, so a crafted link cannot put words on the page.
 *
 * @csspart error - Live region that shows the provider's error (exists before any error).
 * @csspart error-title - The error's name.
 * @csspart error-message - The error's message.
 * @csspart status - Live region for success messages.
 * @csspart divider - The "or" line above the provider buttons.
 * @csspart providers - The list of provider buttons.
 * @csspart provider-button - One provider button.
 * @csspart footer - The footer.
 * @csspart link - Every link in the footer.
 * @csspart register-link - The link to the register page.
 *
 * @fires {AuthRedirectEvent} auth-redirect - Before navigating; cancelable.
 * @fires {AuthSuccessEvent} auth-success - After a successful login.
 * @fires {AuthErrorEvent} auth-error - When the provider rejects, or the page arrived with `?auth_error=` (action `handleCallback`).
 */
export class AuthLogin extends AuthFormElement {
  static override styles = [...AuthFormElement.styles, secondaryButtonStyles, loginStyles];

  protected readonly action = 'login';

  /** What identifies the user: an email (default) or a username. */
  @property() identifier: 'email' | 'username' = 'email';

  /** Shows a "remember me" checkbox; its value reaches `login` as `remember`. */
  @property({ type: Boolean, attribute: 'remember-me' }) rememberMe = false;

  /** URL of the register page; the link is hidden when absent. */
  @property({ attribute: 'register-link' }) registerLink?: string;

  /** URL of the forgot-password page; the link is hidden when absent. */
  @property({ attribute: 'forgot-password-link' }) forgotPasswordLink?: string;

  /** Third-party sign-in buttons; each calls `login({ providerName })`. */
  @property({ attribute: false }) providers: readonly AuthLoginProvider[] = [];

  /** Hides the email/password form: only the provider buttons (an OpenID Connect-only page). */
  @property({ type: Boolean, attribute: 'providers-only' }) providersOnly = false;

  /** The failed sign-in this page arrived with (`?auth_error=`), shown until the next attempt. */
  @state() private arrivedWith?: AuthError;

  #queryRead = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#queryRead) return;
    this.#queryRead = true;
    const code = getQueryParam(SIGN_IN_ERROR_PARAM);
    if (code === null) return;
    // Gone from the address bar whatever it held: a reload or a shared link must not repeat it.
    removeQueryParams([SIGN_IN_ERROR_PARAM]);
    // A code, never text: only the kit's own entries can be shown, in the page's language.
    if (!isAuthErrorCode(code)) return;
    const error: AuthError = { name: en.errors[code].title, message: en.errors[code].message, code };
    this.arrivedWith = error;
    // After the first render, so listeners the page (or a framework) adds on connect hear it.
    void this.updateComplete.then(() => this.dispatchEvent(new AuthErrorEvent({ action: 'handleCallback', error })));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new attempt replaces the old news.
    if (this.busy && this.arrivedWith) this.arrivedWith = undefined;
  }

  protected override pageError(): AuthError | undefined {
    return this.arrivedWith;
  }

  protected override get showForm(): boolean {
    return !this.providersOnly;
  }

  protected heading(t: AuthStrings): string {
    return t.loginTitle;
  }

  protected submitLabel(t: AuthStrings): string {
    return t.loginSubmit;
  }

  protected renderFields(t: AuthStrings): TemplateResult {
    const email = this.identifier !== 'username';
    return html`
      ${this.field({
        name: email ? 'email' : 'username',
        label: email ? t.emailLabel : t.usernameLabel,
        type: email ? 'email' : 'text',
        autocomplete: 'username',
        inputmode: email ? 'email' : undefined,
      })}
      ${this.field({ name: 'password', label: t.passwordLabel, type: 'password', autocomplete: 'current-password', toggle: true })}
      ${this.rememberMe || this.forgotPasswordLink
        ? html`<div data-part="row">
            ${this.rememberMe
              ? html`<label data-part="checkbox"><input type="checkbox" name="remember" value="true" />${t.rememberMe}</label>`
              : nothing}
            ${this.forgotPasswordLink
              ? html`<a data-part="link forgot-link" href=${this.forgotPasswordLink}>${t.forgotPasswordLink}</a>`
              : nothing}
          </div>`
        : nothing}
    `;
  }

  protected override params(values: AuthParams): AuthParams {
    // The checkbox's form value becomes the boolean `remember` the provider expects.
    return this.rememberMe ? { ...values, remember: values.remember === 'true' } : values;
  }

  protected override renderAfterForm(t: AuthStrings): TemplateResult | typeof nothing {
    // Frameworks bind whatever the app holds: skip anything that is not a named provider.
    const providers = Array.isArray(this.providers)
      ? this.providers.filter((p): p is AuthLoginProvider => typeof p?.name === 'string' && p.name !== '')
      : [];
    if (!providers.length) return nothing;
    return html`
      ${this.providersOnly ? nothing : html`<div part="divider" role="presentation">${t.dividerText}</div>`}
      <ul part="providers" aria-label=${t.providersLabel}>
        ${providers.map(
          (provider) => html`<li>
            <button
              type="button"
              part="provider-button"
              class="secondary"
              data-provider=${provider.name}
              ?disabled=${this.busy}
              @click=${() => this.#loginWith(provider.name)}
            >${format(t.providerSubmit, { provider: providerLabel(provider) })}</button>
          </li>`,
        )}
      </ul>
    `;
  }

  protected override renderFooter(t: AuthStrings): TemplateResult | typeof nothing {
    if (!this.registerLink) return nothing;
    return html`<p part="footer">
      ${t.noAccountPrompt} <a part="link register-link" href=${this.registerLink}>${t.registerLink}</a>
    </p>`;
  }

  #loginWith(providerName: string): void {
    void this.runner.run((store, options) => store.login({ providerName }, options));
  }
}

define('auth-login', AuthLogin);

declare global {
  interface HTMLElementTagNameMap {
    'auth-login': AuthLogin;
  }
}
