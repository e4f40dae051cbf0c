import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { hiddenUsername } from '../../internal/hidden-username.js';
import type { AuthParams } from '../../core/types.js';
import { confirmPassword } from '../../internal/confirm-password.js';
import { define } from '../../internal/define.js';
import { AuthFormElement } from '../../internal/form-element.js';
import { QueryParamsController } from '../../internal/query-params.js';
import type { AuthStrings } from '../../internal/strings.js';
import './en.js';

/**
 * Sets a new password from a reset link. When it first connects it reads every query
 * parameter (the token and anything else the link carries), keeps them, and removes the token
 * from the address bar with `history.replaceState`, so the token cannot leak through history,
 * bookmarks or the `Referer` header. On submit `updatePassword` receives the kept parameters
 * merged with the form values (form values win). Without a token it shows a clear "this link
 * is invalid or incomplete" state instead of a form that cannot work.
 *
 * A hidden `username` field (set it with the `username` attribute) tells password managers
 * which saved entry the new password belongs to.
 *
 * The `<form>` and its inputs are rendered into the element's light DOM (data-parts: form,
 * hidden-username, field, label, control, input, toggle, field-error, actions, submit).
 *
 * @summary "Set a new password" form driven by an authProvider's `updatePassword`.
 * @tagname auth-update-password
 *
 * @slot title - Replaces the heading.
 * @slot footer - Replaces the footer (the "request a new link" or sign-in link).
 *
 * @csspart base - The card.
 * @csspart header - Wraps the title and description.
 * @csspart title - The default heading.
 * @csspart description - The explanation of the invalid-link state.
 * @csspart error - Live region that shows the provider's error (exists before any error).
 * @csspart error-title - The error's name.
 * @csspart error-message - The error's message.
 * @csspart status - Live region that shows the "password updated" message.
 * @csspart footer - The footer.
 * @csspart link - Every link in the footer.
 * @csspart request-link - The link to the forgot-password page (invalid-link state).
 * @csspart login-link - The link to the sign-in page.
 *
 * @fires {AuthRedirectEvent} auth-redirect - Before navigating (only if the provider resolved a path); cancelable.
 * @fires {AuthSuccessEvent} auth-success - After the password was updated.
 * @fires {AuthErrorEvent} auth-error - When the provider rejects.
 */
export class AuthUpdatePassword extends AuthFormElement {

  static override properties: PropertyDeclarations = {
    tokenParam: { attribute: 'token-param' },
    noConfirm: { type: Boolean, attribute: 'no-confirm' },
    username: {},
    forgotPasswordLink: { attribute: 'forgot-password-link' },
    loginLink: { attribute: 'login-link' },
  };

  protected readonly action = 'updatePassword';

  /** Name of the query parameter that carries the reset token. */
  tokenParam = 'token';

  /** Removes the password confirmation field. */
  noConfirm = false;

  /** The account's username or email, put in a hidden field so password managers update the right entry. */
  username = '';

  /** URL of the forgot-password page, linked from the invalid-link state. */
  forgotPasswordLink?: string;

  /** URL of the sign-in page; linked in the footer when set. */
  loginLink?: string;

  /** The query parameters read when the element first connected (the token among them). */
  readonly #link = new QueryParamsController(this, () => [this.tokenParam]);

  /** Whether the link carried a token. */
  get hasToken(): boolean {
    return Boolean(this.#link.params[this.tokenParam]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A token param named after connect must not stay in the address bar either.
    if (changed.has('tokenParam') && this.hasUpdated) this.#link.scrub();
  }

  protected heading(t: AuthStrings): string {
    return this.hasToken ? t.updateTitle : t.invalidLinkTitle;
  }

  protected override description(t: AuthStrings): string | undefined {
    return this.hasToken ? undefined : t.invalidLinkMessage;
  }

  protected submitLabel(t: AuthStrings): string {
    return t.updateSubmit;
  }

  protected override statusMessage(t: AuthStrings): string | undefined {
    return this.done ? t.updateSuccess : undefined;
  }

  protected renderFields(t: AuthStrings): TemplateResult {
    return html`
      ${hiddenUsername(this.username)}
      ${this.field({ name: 'password', label: t.newPasswordLabel, type: 'password', autocomplete: 'new-password', toggle: true })}
      ${this.noConfirm ? nothing : this.field(confirmPassword.field(t))}
    `;
  }

  protected override get showForm(): boolean {
    return this.hasToken && !this.done;
  }

  protected override validateValues(values: AuthParams, t: AuthStrings): Record<string, string> {
    return this.noConfirm ? {} : confirmPassword.check(values, t);
  }

  protected override params(values: AuthParams): AuthParams {
    // The hidden username only guides password managers. The token is gone from the address
    // bar by now, so the parameters read on connect go along (form values win); the
    // confirmation too, as refine's update-password form sends it.
    const { username: _username, ...fields } = values;
    return { ...this.#link.params, ...fields };
  }

  protected override renderFooter(t: AuthStrings): TemplateResult | typeof nothing {
    if (!this.hasToken && this.forgotPasswordLink) {
      return html`<p part="footer"><a part="link request-link" href=${this.forgotPasswordLink}>${t.requestNewLink}</a></p>`;
    }
    if (this.loginLink) {
      return html`<p part="footer"><a part="link login-link" href=${this.loginLink} data-focus-after-success>${t.backToLogin}</a></p>`;
    }
    return nothing;
  }
}

define('auth-update-password', AuthUpdatePassword);

declare global {
  interface HTMLElementTagNameMap {
    'auth-update-password': AuthUpdatePassword;
  }
}
