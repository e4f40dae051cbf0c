import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { AuthParams } from '../../core/types.js';
import { adoptStyles } from '../../internal/adopt-styles.js';
import { confirmPassword } from '../../internal/confirm-password.js';
import { define } from '../../internal/define.js';
import { ExtraFieldsController } from '../../internal/extra-fields.js';
import { AuthFormElement } from '../../internal/form-element.js';
import type { AuthStrings } from '../../internal/strings.js';
import { registerFieldStyles } from './auth-register.styles.js';

/**
 * A sign-up form: email, password and its confirmation (checked before the provider is
 * called), a link to the sign-in page, and any extra fields the page adds with
 * `slot="fields"` — their values reach `register` with the others.
 *
 * ```html
 * <auth-register login-link="/login">
 *   <label slot="fields">Name <input name="name" required autocomplete="name"></label>
 * </auth-register>
 * ```
 *
 * The `<form>` and its inputs are rendered into the element's light DOM so password managers
 * see them (data-parts: form, field, label, control, input, toggle, field-error, actions,
 * submit, extra-errors). Extra fields are associated with that form through their `form`
 * attribute, so Enter in them submits and `required`/`pattern`… are validated with the rest.
 *
 * @summary Sign-up form driven by an authProvider's `register`.
 * @tagname auth-register
 *
 * @slot title - Replaces the heading.
 * @slot fields - Extra fields (inputs, selects, checkboxes, or wrappers holding them), shown after the built-in ones.
 * @slot footer - Replaces the footer (the sign-in link).
 *
 * @csspart base - The card.
 * @csspart header - Wraps the title.
 * @csspart title - The default heading.
 * @csspart error - Live region that shows the provider's error (exists before any error).
 * @csspart error-title - The error's name.
 * @csspart error-message - The error's message.
 * @csspart status - Live region for success messages.
 * @csspart footer - The footer.
 * @csspart link - Every link in the footer.
 * @csspart login-link - The link to the sign-in page.
 *
 * @fires {AuthRedirectEvent} auth-redirect - Before navigating; cancelable.
 * @fires {AuthSuccessEvent} auth-success - After a successful registration.
 * @fires {AuthErrorEvent} auth-error - When the provider rejects.
 */
export class AuthRegister extends AuthFormElement {
  protected readonly action = 'register';

  /** Removes the password confirmation field. */
  @property({ type: Boolean, attribute: 'no-confirm' }) noConfirm = false;

  /** URL of the sign-in page; the link is hidden when absent. */
  @property({ attribute: 'login-link' }) loginLink?: string;

  protected override extension = new ExtraFieldsController(this, {
    formId: this.formId,
    errors: () => this.fieldErrors,
    idFor: (name) => this.idFor(name),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this, registerFieldStyles);
  }

  protected heading(t: AuthStrings): string {
    return t.registerTitle;
  }

  protected submitLabel(t: AuthStrings): string {
    return t.registerSubmit;
  }

  protected renderFields(t: AuthStrings): TemplateResult {
    return html`
      ${this.field({ name: 'email', label: t.emailLabel, type: 'email', autocomplete: 'username', inputmode: 'email' })}
      ${this.field({ name: 'password', label: t.passwordLabel, type: 'password', autocomplete: 'new-password', toggle: true })}
      ${this.noConfirm ? nothing : this.field(confirmPassword.field(t))}
    `;
  }

  protected override validateValues(values: AuthParams, t: AuthStrings): Record<string, string> {
    return this.noConfirm ? {} : confirmPassword.check(values, t);
  }

  protected override params(values: AuthParams): AuthParams {
    // The provider gets the password once.
    return confirmPassword.strip(values);
  }

  protected override renderFooter(t: AuthStrings): TemplateResult | typeof nothing {
    if (!this.loginLink) return nothing;
    return html`<p part="footer">
      ${t.haveAccountPrompt} <a part="link login-link" href=${this.loginLink}>${t.loginLink}</a>
    </p>`;
  }
}

define('auth-register', AuthRegister);

declare global {
  interface HTMLElementTagNameMap {
    'auth-register': AuthRegister;
  }
}
