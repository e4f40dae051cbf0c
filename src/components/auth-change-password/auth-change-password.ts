import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { hiddenUsername } from '../../internal/hidden-username.js';
import type { AuthOutcome, AuthParams } from '../../core/types.js';
import { AuthAccountFormElement, identityText } from '../../internal/account-form.js';
import { confirmPassword } from '../../internal/confirm-password.js';
import { define } from '../../internal/define.js';
import { format, type AuthStrings } from '../../internal/strings.js';

/**
 * Changes the signed-in user's password: the current password, the new one and its
 * confirmation (checked before the provider is called), and a "sign out of other devices"
 * checkbox. On submit it runs `store.perform('changePassword', { currentPassword, newPassword,
 * revokeOtherSessions })`.
 *
 * A hidden `username` field (the `username` property, else the identity's `email`, else its
 * `username`) tells password managers which saved entry the new password belongs to; the
 * inputs carry `current-password` and `new-password`.
 *
 * After a change the form stays, emptied, under a status message. A wrong current password
 * (`invalid-password`) is shown in the page's language and the current-password field is
 * focused with its text selected; `session-not-fresh` (the server wants a recent sign-in) and
 * `no-password` (the account signs in another way) are shown likewise. Without the provider's
 * `changePassword` the element renders nothing.
 *
 * The `<form>` and its inputs are rendered into the element's light DOM (data-parts: form,
 * hidden-username, field, label, control, input, toggle, field-error, checkbox, actions, submit).
 *
 * @summary "Change password" form driven by an authProvider's `changePassword`.
 * @tagname auth-change-password
 *
 * @slot title - Replaces the heading.
 * @slot footer - Content under the form (empty by default).
 *
 * @csspart base - The card.
 * @csspart header - Wraps the title.
 * @csspart title - The default heading.
 * @csspart error - Live region that shows the provider's error (exists before any error).
 * @csspart error-title - The error's name.
 * @csspart error-message - The error's message.
 * @csspart status - Live region that shows the "password changed" message.
 *
 * @fires {AuthSuccessEvent} auth-success - After the password was changed (`action`: `changePassword`).
 * @fires {AuthErrorEvent} auth-error - When the provider refuses or fails.
 */
export class AuthChangePassword extends AuthAccountFormElement<'changePassword'> {

  static override properties: PropertyDeclarations = {
    username: {},
    minlength: { type: Number },
    noConfirm: { type: Boolean, attribute: 'no-confirm' },
  };

  protected readonly action = 'changePassword';
  protected readonly section = 'changePassword';

  /** The account's username or e-mail for password managers (default: from the identity). */
  username = '';

  /** Minimum length of the new password, checked before the provider is called (none by default). */
  minlength?: number;

  /** Removes the confirmation field. */
  noConfirm = false;

  constructor() {
    super();
    // The "changed" message describes the last submit, not a form being filled in again.
    this.addEventListener('input', () => {
      if (this.done) this.done = false;
    });
  }

  /** What the hidden username field holds. */
  get account(): string {
    const identity = this.identity.value;
    return this.username || identityText(identity, 'email') || identityText(identity, 'username') || '';
  }

  protected heading(): string {
    return this.s.title;
  }

  protected submitLabel(): string {
    return this.s.submit;
  }

  protected override statusMessage(): string | undefined {
    return this.done ? this.s.success : undefined;
  }

  protected renderFields(t: AuthStrings): TemplateResult {
    const s = this.s;
    return html`
      ${hiddenUsername(this.account)}
      ${this.field({ name: 'currentPassword', label: s.currentPasswordLabel, type: 'password', autocomplete: 'current-password', toggle: true })}
      ${this.field({ name: 'newPassword', label: s.newPasswordLabel, type: 'password', autocomplete: 'new-password', toggle: true, minlength: this.minlength })}
      ${this.noConfirm ? nothing : this.field({ ...confirmPassword.field(t), label: s.confirmPasswordLabel })}
      <label data-part="checkbox"><input type="checkbox" name="revokeOtherSessions" value="true" />${s.revokeOtherSessions}</label>
    `;
  }

  protected override validateValues(values: AuthParams, t: AuthStrings): Record<string, string> {
    const errors = this.noConfirm ? {} : confirmPassword.check({ ...values, password: values.newPassword }, t);
    // The browser's own `tooShort` only judges typed values, not pasted-in or autofilled ones.
    const min = this.minlength;
    const next = typeof values.newPassword === 'string' ? values.newPassword : '';
    return min && next && next.length < min ? { ...errors, newPassword: format(t.tooShort, { min }) } : errors;
  }

  protected override params(values: AuthParams): AuthParams {
    // Only what the method takes: the hidden username guides password managers, the
    // confirmation guards against typos.
    return {
      currentPassword: values.currentPassword,
      newPassword: values.newPassword,
      revokeOtherSessions: values.revokeOtherSessions === 'true',
    };
  }

  protected override afterSubmit(outcome: AuthOutcome): void {
    if (outcome.ok) {
      // Passwords must not linger in the page once they did their job. Not `form.reset()`: it
      // would also empty the hidden username, which Lit sets as a property and would not restore.
      for (const control of Array.from(this.form?.elements ?? [])) {
        if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = false;
        else if (control instanceof HTMLInputElement && control.name !== 'username') control.value = '';
      }
      this.revealed = new Set();
      return;
    }
    if (outcome.error?.code === 'invalid-password') {
      void this.updateComplete.then(() => {
        const current = this.querySelector<HTMLInputElement>('input[name="currentPassword"]');
        current?.focus();
        current?.select();
      });
    }
  }
}

define('auth-change-password', AuthChangePassword);

declare global {
  interface HTMLElementTagNameMap {
    'auth-change-password': AuthChangePassword;
  }
}
