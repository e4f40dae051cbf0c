import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AuthStore } from '../../core/store.js';
import type { AuthOutcome, AuthParams } from '../../core/types.js';
import { getQueryParams, removeQueryParams } from '../../core/url.js';
import { define } from '../../internal/define.js';
import { AuthFormElement, type FormActionOptions } from '../../internal/form-element.js';
import type { AuthStrings } from '../../internal/strings.js';

/** Name of the confirmation input (sent along, as refine's update-password form does). */
const CONFIRM = 'confirmPassword';

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
 * @cssprop --auth-color-primary - Buttons and links.
 * @cssprop --auth-color-on-primary - Text on the primary button.
 * @cssprop --auth-color-background - Card background.
 * @cssprop --auth-color-surface - Input background.
 * @cssprop --auth-color-text - Text.
 * @cssprop --auth-color-muted - Secondary text.
 * @cssprop --auth-color-border - Input borders.
 * @cssprop --auth-color-danger - Error text and invalid borders.
 * @cssprop --auth-color-danger-background - Error region background.
 * @cssprop --auth-color-success - Text of the success message.
 * @cssprop --auth-color-success-background - Background of the success message.
 * @cssprop --auth-color-focus - Focus ring.
 * @cssprop --auth-radius - Corner radius.
 * @cssprop --auth-spacing - Gap between rows.
 * @cssprop --auth-max-width - Maximum card width.
 * @cssprop --auth-font-family - Font.
 *
 * @fires {AuthRedirectEvent} auth-redirect - Before navigating (only if the provider resolved a path); cancelable.
 * @fires {AuthSuccessEvent} auth-success - After the password was updated.
 * @fires {AuthErrorEvent} auth-error - When the provider rejects.
 */
export class AuthUpdatePassword extends AuthFormElement {
  protected readonly action = 'updatePassword';

  /** Name of the query parameter that carries the reset token. */
  @property({ attribute: 'token-param' }) tokenParam = 'token';

  /** Removes the password confirmation field. */
  @property({ type: Boolean, attribute: 'no-confirm' }) noConfirm = false;

  /** The account's username or email, put in a hidden field so password managers update the right entry. */
  @property() username = '';

  /** URL of the forgot-password page, linked from the invalid-link state. */
  @property({ attribute: 'forgot-password-link' }) forgotPasswordLink?: string;

  /** URL of the sign-in page; linked in the footer when set. */
  @property({ attribute: 'login-link' }) loginLink?: string;

  /** The query parameters read when the element first connected (the token among them). */
  @state() protected linkParams: Readonly<Record<string, string>> = {};

  /** Whether the password was updated (the form is hidden afterwards). */
  @state() protected succeeded = false;

  #read = false;

  /** Whether the link carried a token. */
  get hasToken(): boolean {
    return Boolean(this.linkParams[this.tokenParam]);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#read) return;
    // Read once, then scrub: moving the element around must not lose the token it already read.
    this.#read = true;
    this.linkParams = getQueryParams();
    removeQueryParams([this.tokenParam]);
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
    return this.succeeded ? t.updateSuccess : undefined;
  }

  protected renderFields(t: AuthStrings): TemplateResult {
    return html`
      <input
        type="text"
        name="username"
        data-part="hidden-username"
        autocomplete="username"
        .value=${this.username}
        tabindex="-1"
        aria-hidden="true"
        readonly
      />
      ${this.field({ name: 'password', label: t.newPasswordLabel, type: 'password', autocomplete: 'new-password', toggle: true })}
      ${this.noConfirm
        ? nothing
        : this.field({ name: CONFIRM, label: t.confirmPasswordLabel, type: 'password', autocomplete: 'new-password', toggle: true })}
    `;
  }

  protected override renderLight(): TemplateResult | typeof nothing {
    return this.hasToken && !this.succeeded ? super.renderLight() : nothing;
  }

  protected override collect(form: HTMLFormElement): AuthParams {
    // The hidden username only guides password managers; it is not a value for the provider.
    const { username: _username, ...values } = super.collect(form);
    return values;
  }

  protected override validateValues(values: AuthParams, t: AuthStrings): Record<string, string> {
    if (this.noConfirm || !values[CONFIRM] || values[CONFIRM] === values.password) return {};
    return { [CONFIRM]: t.passwordMismatch };
  }

  protected submit(store: AuthStore, values: AuthParams, options: FormActionOptions): Promise<AuthOutcome> {
    // The token is gone from the address bar by now, so pass the parameters read on connect.
    return store.updatePassword({ ...this.linkParams, ...values }, options);
  }

  protected override onSuccess(_outcome: AuthOutcome): void {
    this.succeeded = true;
  }

  protected override renderFooter(t: AuthStrings): TemplateResult | typeof nothing {
    if (!this.hasToken && this.forgotPasswordLink) {
      return html`<p part="footer"><a part="link request-link" href=${this.forgotPasswordLink}>${t.requestNewLink}</a></p>`;
    }
    if (this.loginLink) {
      return html`<p part="footer"><a part="link login-link" href=${this.loginLink}>${t.backToLogin}</a></p>`;
    }
    return nothing;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The form (and the focused submit button) just disappeared: keep focus in the card.
    if ((changed as PropertyValues).has('succeeded') && this.succeeded) {
      this.shadowRoot?.querySelector<HTMLElement>('[part~="login-link"]')?.focus();
    }
  }
}

define('auth-update-password', AuthUpdatePassword);

declare global {
  interface HTMLElementTagNameMap {
    'auth-update-password': AuthUpdatePassword;
  }
}
