import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { AuthOutcome, AuthParams } from '../../core/types.js';
import { AuthAccountFormElement } from '../../internal/account-form.js';
import { adoptStyles } from '../../internal/adopt-styles.js';
import { define } from '../../internal/define.js';
import { format } from '../../internal/strings.js';
import { deleteAccountFormStyles, deleteAccountStyles } from './auth-delete-account.styles.js';

/** Whether a provider's answer says a link was mailed to finish (read defensively: any value may arrive). */
function confirmationSent(data: unknown): boolean {
  if (data === null || typeof data !== 'object') return false;
  try {
    return (data as { confirmationSent?: unknown }).confirmationSent === true;
  } catch {
    return false;
  }
}

/** How a typed confirmation is compared: surrounding spaces and case do not matter. */
const normalize = (text: string, locale: string): string => {
  const trimmed = text.normalize('NFC').trim();
  try {
    return trimmed.toLocaleLowerCase(locale);
  } catch {
    return trimmed.toLowerCase();
  }
};

/**
 * The danger zone: deletes the signed-in user's account. It explains what deleting means, asks
 * the user to type a confirmation word (`strings.account.deleteAccount.confirmWord`, "DELETE"
 * in English; compared ignoring case and surrounding spaces — the submit button stays disabled
 * until it matches) and, by default, the account's password (better-auth wants it for an
 * account that has one; turn it off with `no-password`), then runs
 * `store.perform('deleteAccount', { password, redirectPath })`.
 *
 * When the provider answers `{ confirmationSent: true }` it says a link was e-mailed to finish
 * the deletion. Otherwise the account is gone: the store signs out and navigates to
 * `redirect-path`, else its login page (announced with the cancelable `auth-redirect`), while
 * the card says the account was deleted. A wrong password (`invalid-password`) is shown in the
 * page's language and the password field is focused with its text selected. Without the
 * provider's `deleteAccount` the element renders nothing.
 *
 * The `<form>` and its inputs are rendered into the element's light DOM (data-parts: form,
 * field, label, control, input, toggle, field-error, actions, submit).
 *
 * @summary "Delete account" danger-zone form driven by an authProvider's `deleteAccount`.
 * @tagname auth-delete-account
 *
 * @slot title - Replaces the heading.
 * @slot footer - Content under the form (empty by default).
 *
 * @csspart base - The card (its border in the danger colour).
 * @csspart header - Wraps the title and description.
 * @csspart title - The default heading.
 * @csspart description - What deleting the account means.
 * @csspart error - Live region that shows the provider's error (exists before any error).
 * @csspart error-title - The error's name.
 * @csspart error-message - The error's message.
 * @csspart status - Live region that says a link was e-mailed, or that the account was deleted.
 *
 * @cssprop --auth-color-on-danger - Text of the delete button (on `--auth-color-danger`).
 *
 * @fires {AuthSuccessEvent} auth-success - After the provider accepted the deletion (`action`: `deleteAccount`).
 * @fires {AuthRedirectEvent} auth-redirect - Before navigating to the login page (or `redirect-path`) once the account is gone; cancelable.
 * @fires {AuthErrorEvent} auth-error - When the provider refuses or fails.
 */
export class AuthDeleteAccount extends AuthAccountFormElement<'deleteAccount'> {
  static override styles = [...AuthAccountFormElement.styles, deleteAccountStyles];

  static override properties: PropertyDeclarations = {
    noPassword: { type: Boolean, attribute: 'no-password' },
    redirectPath: { attribute: 'redirect-path' },
    typed: { state: true },
  };

  protected readonly action = 'deleteAccount';
  protected readonly section = 'deleteAccount';

  /** Removes the password field (a provider that does not want one, or an account without a password). */
  noPassword = false;

  /** Where to go once the account is deleted (default: the store's login page); validated like every target. */
  redirectPath?: string;

  /** What is typed in the confirmation field. */
  private typed = '';

  /**
   * What the last success was: a link mailed to finish, or the account gone. Set once the
   * answer is read, so the live region announces one message, never a wrong one first.
   */
  #result?: 'sent' | 'deleted';

  constructor() {
    super();
    this.addEventListener('input', (event) => {
      const target = event.target as HTMLInputElement | null;
      if (target?.name === 'confirmation') this.typed = target.value;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this, deleteAccountFormStyles);
  }

  /** Whether the typed confirmation matches the confirmation word. */
  get confirmed(): boolean {
    const locale = this.t.locale;
    return normalize(this.typed, locale) !== '' && normalize(this.typed, locale) === normalize(this.s.confirmWord, locale);
  }

  protected heading(): string {
    return this.s.title;
  }

  protected override description(): string | undefined {
    return this.done ? undefined : this.s.description;
  }

  protected submitLabel(): string {
    return this.s.submit;
  }

  protected override get submitBlocked(): boolean {
    return this.busy || !this.confirmed;
  }

  protected override get showForm(): boolean {
    return !this.done;
  }

  protected override statusMessage(): string | undefined {
    if (!this.done || !this.#result) return undefined;
    return this.#result === 'sent' ? this.s.confirmationSent : this.s.deleted;
  }

  protected renderFields(): TemplateResult {
    const s = this.s;
    return html`
      ${this.field({ name: 'confirmation', label: format(s.confirmLabel, { word: s.confirmWord }), type: 'text', autocomplete: 'off' })}
      ${this.noPassword
        ? nothing
        : this.field({ name: 'password', label: s.passwordLabel, type: 'password', autocomplete: 'current-password', toggle: true })}
    `;
  }

  protected override params(values: AuthParams): AuthParams {
    this.#result = undefined;
    // The confirmation only guards against a slip; the provider gets the password (if asked).
    const params: AuthParams = this.noPassword ? {} : { password: values.password };
    if (this.redirectPath) params.redirectPath = this.redirectPath;
    return params;
  }

  protected override afterSubmit(outcome: AuthOutcome): void {
    if (outcome.ok) {
      this.#result = confirmationSent(outcome.data) ? 'sent' : 'deleted';
      this.typed = '';
      this.requestUpdate();
      return;
    }
    if (outcome.error?.code === 'invalid-password') {
      void this.updateComplete.then(() => {
        const password = this.querySelector<HTMLInputElement>('input[name="password"]');
        password?.focus();
        password?.select();
      });
    }
  }
}

define('auth-delete-account', AuthDeleteAccount);

declare global {
  interface HTMLElementTagNameMap {
    'auth-delete-account': AuthDeleteAccount;
  }
}
