import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { AuthParams } from '../../core/types.js';
import { define } from '../../internal/define.js';
import { AuthFormElement } from '../../internal/form-element.js';
import type { AuthStrings } from '../../internal/strings.js';
import { secondaryButtonStyles } from '../../internal/styles.js';
import { forgotPasswordStyles } from './auth-forgot-password.styles.js';
import './en.js';

/**
 * Asks for an email and calls `forgotPassword`. After success it shows one message, the same
 * whether or not an account exists for the address (so the form cannot be used to find out
 * who has an account), hides the form and offers to send again. If the provider resolves a
 * path, the kit navigates there instead (`auth-redirect`).
 *
 * The `<form>` and its input are rendered into the element's light DOM (data-parts: form,
 * field, label, control, input, field-error, actions, submit).
 *
 * @summary "Forgot password" form driven by an authProvider's `forgotPassword`.
 * @tagname auth-forgot-password
 *
 * @slot title - Replaces the heading.
 * @slot footer - Replaces the footer (the link back to sign in).
 *
 * @csspart base - The card.
 * @csspart header - Wraps the title and description.
 * @csspart title - The default heading.
 * @csspart description - The explanation under the title.
 * @csspart error - Live region that shows the provider's error (exists before any error).
 * @csspart error-title - The error's name.
 * @csspart error-message - The error's message.
 * @csspart status - Live region that shows the "link sent" message.
 * @csspart resend-button - Shows the form again after a link was sent.
 * @csspart footer - The footer.
 * @csspart link - Every link in the footer.
 * @csspart login-link - The link back to the sign-in page.
 *
 * @fires {AuthRedirectEvent} auth-redirect - Before navigating (only if the provider resolved a path); cancelable.
 * @fires {AuthSuccessEvent} auth-success - After the provider accepted the request.
 * @fires {AuthErrorEvent} auth-error - When the provider rejects.
 */
export class AuthForgotPassword extends AuthFormElement {
  static override styles = [...AuthFormElement.styles, secondaryButtonStyles, forgotPasswordStyles];

  static override properties: PropertyDeclarations = {
    loginLink: { attribute: 'login-link' },
  };

  protected readonly action = 'forgotPassword';

  /** URL of the sign-in page; the "Back to sign in" link is hidden when absent. */
  loginLink?: string;

  /** The address last sent to, put back into the form on "Send again". */
  #lastEmail = '';
  #restore = false;

  protected heading(t: AuthStrings): string {
    return t.forgotTitle;
  }

  protected override description(t: AuthStrings): string | undefined {
    // Once sent, the status message takes the place of the instructions.
    return this.done ? undefined : t.forgotDescription;
  }

  protected submitLabel(t: AuthStrings): string {
    return t.forgotSubmit;
  }

  protected override statusMessage(t: AuthStrings): string | undefined {
    // Deliberately independent of what the provider resolved: the same text for every address.
    return this.done ? t.forgotSent : undefined;
  }

  protected renderFields(t: AuthStrings): TemplateResult {
    return this.field({ name: 'email', label: t.emailLabel, type: 'email', autocomplete: 'username', inputmode: 'email' });
  }

  protected override get showForm(): boolean {
    return !this.done;
  }

  protected override params(values: AuthParams): AuthParams {
    this.#lastEmail = typeof values.email === 'string' ? values.email : '';
    return values;
  }

  protected override renderAfterForm(t: AuthStrings): TemplateResult | typeof nothing {
    return this.done
      ? html`<button type="button" part="resend-button" class="secondary" data-focus-after-success @click=${this.#sendAgain}>${t.sendAgain}</button>`
      : nothing;
  }

  protected override renderFooter(t: AuthStrings): TemplateResult | typeof nothing {
    if (!this.loginLink) return nothing;
    return html`<p part="footer"><a part="link login-link" href=${this.loginLink}>${t.backToLogin}</a></p>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.#restore || this.done) return;
    this.#restore = false;
    const email = this.querySelector<HTMLInputElement>('input[name="email"]');
    if (email) {
      email.value = this.#lastEmail;
      email.focus();
    }
  }

  #sendAgain(): void {
    this.#restore = true;
    this.done = false;
  }
}

define('auth-forgot-password', AuthForgotPassword);

declare global {
  interface HTMLElementTagNameMap {
    'auth-forgot-password': AuthForgotPassword;
  }
}
