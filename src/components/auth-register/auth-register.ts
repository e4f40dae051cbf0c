import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { AuthChallenge, AuthParams } from '../../core/types.js';
import { adoptStyles } from '../../internal/adopt-styles.js';
import { confirmPassword } from '../../internal/confirm-password.js';
import { define } from '../../internal/define.js';
import { ExtraFieldsController } from '../../internal/extra-fields.js';
import { AuthFormElement } from '../../internal/form-element.js';
import { StateSliceController } from '../../internal/store-controller.js';
import type { AuthStrings } from '../../internal/strings.js';
import { registerFieldStyles } from './auth-register.styles.js';
import './en.js';

/** Loaded only when needed (a chunk of its own in an app's bundle): most sign-ups never see this step. */
const loadVerifyEmail = () => import('../auth-verify-email/auth-verify-email.js');

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
 * When the provider answers the sign-up with a `verify-email` challenge (the address must be
 * confirmed first), the card continues in place: `<auth-verify-email>` (loaded on demand, so the
 * sign-up page does not ship it up front) shows "check your inbox" with "send again", and its
 * "back" button brings the form back, the address filled in again.
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
 * @csspart verify-email - The `<auth-verify-email>` shown in place of the card while the address awaits confirmation.
 *
 * @fires {AuthRedirectEvent} auth-redirect - Before navigating; cancelable.
 * @fires {AuthSuccessEvent} auth-success - After a successful registration.
 * @fires {AuthErrorEvent} auth-error - When the provider rejects.
 */
export class AuthRegister extends AuthFormElement {

  static override properties: PropertyDeclarations = {
    noConfirm: { type: Boolean, attribute: 'no-confirm' },
    loginLink: { attribute: 'login-link' },
  };

  protected readonly action = 'register';

  /** Removes the password confirmation field. */
  noConfirm = false;

  /** URL of the sign-in page; the link is hidden when absent. */
  loginLink?: string;

  /** The verify-email challenge the sign-up answered, while the store has it. */
  readonly #challenge = new StateSliceController<AuthChallenge | null>(
    this,
    this.auth,
    (s) => (s.challenge?.type === 'verify-email' ? s.challenge : null),
    (value, previous) => {
      if (value) void loadVerifyEmail();
      else if (previous) this.#restore = true;
    },
  );
  /** The address of the last sign-up attempt, put back into the form after "back". */
  #lastEmail = '';
  #restore = false;
  /** Whether the check-your-inbox step was shown by this element (focus follows it in). */
  #shown = false;

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
    this.#lastEmail = typeof values.email === 'string' ? values.email : '';
    // The provider gets the password once.
    return confirmPassword.strip(values);
  }

  protected override get showForm(): boolean {
    return !this.#challenge.value;
  }

  protected override render(): TemplateResult {
    if (!this.#challenge.value) return super.render();
    // The step replaces the whole card (not a card inside the card); it follows this element's
    // store, strings and theme.
    return html`<auth-verify-email
      part="verify-email"
      .store=${this.auth.store}
      .strings=${this.strings}
      theme=${this.theme ?? nothing}
      login-link=${this.loginLink ?? nothing}
    ></auth-verify-email>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const step = this.renderRoot.querySelector('auth-verify-email');
    if (step && !this.#shown) {
      this.#shown = true;
      // The form that had focus is gone: move it to the step's heading once it has rendered.
      void customElements.whenDefined('auth-verify-email').then(() => step.updateComplete).then(() => {
        if (step.isConnected) step.focus();
      });
    } else if (!step) {
      this.#shown = false;
    }
    if (this.#restore && this.form) {
      this.#restore = false;
      const email = this.querySelector<HTMLInputElement>('input[name="email"]');
      if (email) {
        email.value = this.#lastEmail;
        email.focus();
      }
    }
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
