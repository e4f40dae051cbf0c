import { html, nothing, type TemplateResult } from 'lit';
import type { AuthOutcome, AuthParams } from '../../core/types.js';
import { AuthAccountFormElement, identityText } from '../../internal/account-form.js';
import { adoptStyles } from '../../internal/adopt-styles.js';
import { define } from '../../internal/define.js';
import { format } from '../../internal/strings.js';
import { changeEmailFormStyles } from './auth-change-email.styles.js';

/** Whether a provider's answer says a confirmation link was mailed (read defensively: any value may arrive). */
function confirmationSent(data: unknown): boolean {
  if (data === null || typeof data !== 'object') return false;
  try {
    return (data as { confirmationSent?: unknown }).confirmationSent === true;
  } catch {
    return false;
  }
}

/**
 * Changes the signed-in user's e-mail address. It shows the current address (the identity's
 * `email`, when the store has an identity carrying one) and asks for the new one, then runs
 * `store.perform('changeEmail', { newEmail })`.
 *
 * When the provider answers `{ confirmationSent: true }` (the server mailed a link to the new
 * address, and changes it once the link is followed) it says so; otherwise the address changed
 * at once: it says so and reloads the store's identity (`store.reloadIdentity()`), so every
 * element showing the identity follows. The form stays, emptied, for another change. Without
 * the provider's `changeEmail` the element renders nothing.
 *
 * The `<form>` and its inputs are rendered into the element's light DOM (data-parts: form,
 * current-email, current-email-label, current-email-value, field, label, control, input,
 * field-error, actions, submit).
 *
 * @summary "Change e-mail address" form driven by an authProvider's `changeEmail`.
 * @tagname auth-change-email
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
 * @csspart status - Live region that says a confirmation link was sent, or that the address changed.
 *
 * @fires {AuthSuccessEvent} auth-success - After the provider accepted the change (`action`: `changeEmail`).
 * @fires {AuthErrorEvent} auth-error - When the provider refuses or fails.
 */
export class AuthChangeEmail extends AuthAccountFormElement<'changeEmail'> {
  protected readonly action = 'changeEmail';
  protected readonly section = 'changeEmail';

  /** What the last successful submit did, for the status message. */
  #result?: { email: string; confirmationSent: boolean };
  /** The address of the submit in flight. */
  #submitted = '';

  constructor() {
    super();
    // The status describes the last submit, not a form being filled in again.
    this.addEventListener('input', () => {
      if (this.done) this.done = false;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this, changeEmailFormStyles);
  }

  /** The address the account has now, as the identity says (`undefined` when unknown). */
  get currentEmail(): string | undefined {
    return identityText(this.identity.value, 'email');
  }

  protected heading(): string {
    return this.s.title;
  }

  protected submitLabel(): string {
    return this.s.submit;
  }

  protected override statusMessage(): string | undefined {
    const result = this.#result;
    if (!this.done || !result) return undefined;
    return format(result.confirmationSent ? this.s.confirmationSent : this.s.changed, { email: result.email });
  }

  protected renderFields(): TemplateResult {
    const s = this.s;
    const current = this.currentEmail;
    return html`
      ${current
        ? html`<p data-part="current-email">
            <span data-part="current-email-label">${s.currentEmailLabel}</span>
            <bdi data-part="current-email-value">${current}</bdi>
          </p>`
        : nothing}
      ${this.field({ name: 'newEmail', label: s.newEmailLabel, type: 'email', autocomplete: 'email', inputmode: 'email' })}
    `;
  }

  protected override validateValues(values: AuthParams): Record<string, string> {
    const current = this.currentEmail;
    const typed = typeof values.newEmail === 'string' ? values.newEmail : '';
    return current && typed && typed.toLowerCase() === current.toLowerCase() ? { newEmail: this.s.sameEmail } : {};
  }

  protected override params(values: AuthParams): AuthParams {
    this.#submitted = typeof values.newEmail === 'string' ? values.newEmail : '';
    this.#result = undefined;
    return { newEmail: values.newEmail };
  }

  protected override afterSubmit(outcome: AuthOutcome): void {
    if (!outcome.ok) return;
    const sent = confirmationSent(outcome.data);
    this.#result = { email: this.#submitted, confirmationSent: sent };
    const field = this.querySelector<HTMLInputElement>('input[name="newEmail"]');
    if (field) field.value = '';
    // Changed at once: the identity the store cached still has the old address.
    if (!sent) void this.auth.store?.reloadIdentity();
    this.requestUpdate();
  }
}

define('auth-change-email', AuthChangeEmail);

declare global {
  interface HTMLElementTagNameMap {
    'auth-change-email': AuthChangeEmail;
  }
}
