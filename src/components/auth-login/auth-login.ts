import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { AuthParams } from '../../core/types.js';
import { define } from '../../internal/define.js';
import { AuthFormElement } from '../../internal/form-element.js';
import { format, type AuthStrings } from '../../internal/strings.js';
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
 * @fires {AuthErrorEvent} auth-error - When the provider rejects.
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
      <div part="divider" role="presentation">${t.dividerText}</div>
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
