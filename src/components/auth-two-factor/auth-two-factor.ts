import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { AuthChallenge, AuthParams, TwoFactorMethod } from '../../core/types.js';
import type { AuthErrorEvent } from '../../events/auth-error.js';
import { AuthActionController } from '../../internal/action-controller.js';
import { CooldownController } from '../../internal/cooldown.js';
import { define } from '../../internal/define.js';
import { AuthFormElement } from '../../internal/form-element.js';
import { BACKUP_CODE, digitCode, OneTimeCodeController, type CodeFormat } from '../../internal/one-time-code.js';
import { StateSliceController } from '../../internal/store-controller.js';
import { format, type AuthStrings } from '../../internal/strings.js';
import { secondaryButtonStyles } from '../../internal/styles.js';
import { twoFactorStyles } from './auth-two-factor.styles.js';
import './en.js';

/** The methods, in the order offered when nobody says otherwise. */
const ALL_METHODS: readonly TwoFactorMethod[] = ['totp', 'otp', 'backup-code'];

const isMethod = (value: unknown): value is TwoFactorMethod => value === 'totp' || value === 'otp' || value === 'backup-code';

/** `methods="totp backup-code"` (spaces or commas) ↔ `['totp', 'backup-code']`; unknown names are dropped. */
const methodsConverter = {
  fromAttribute: (value: string | null): TwoFactorMethod[] =>
    value === null ? [...ALL_METHODS] : value.split(/[\s,]+/).filter(isMethod),
  toAttribute: (value: readonly TwoFactorMethod[]): string => value.join(' '),
};

/**
 * The second step of a sign-in: asks for a one-time code and calls `verifyTwoFactor({ method,
 * code, trustDevice })`. One code input (`autocomplete="one-time-code"`, numeric keypad) takes
 * the whole code by paste and submits by itself once complete. The methods offered are those of
 * the store's `two-factor` challenge (`state.challenge.methods`), else the `methods` property
 * (its own page, after a backend redirected there), each only if the provider can serve it:
 *
 * - `totp` — a code from an authenticator app;
 * - `otp` — a code sent by e-mail: choosing it calls `sendTwoFactorCode({ method: 'otp' })`
 *   (only offered when the provider has that method), then offers "send the code again" after
 *   a visible cooldown (`resend-cooldown` seconds);
 * - `backup-code` — one of the saved backup codes (letters, digits, dashes; never auto-submitted).
 *
 * A wrong code shows the provider's error (the `invalid-code` message of the page's locale) and
 * selects the code for the next try. "Back" drops the challenge (`store.cancelChallenge()`) and,
 * with `login-link`, goes to the sign-in page. Works with no attributes when embedded.
 *
 * The `<form>` and its inputs are rendered into the element's light DOM (data-parts: form,
 * field, label, hint, control, input, code-input, field-error, checkbox, actions, submit).
 *
 * @summary Second-factor step (authenticator app, e-mailed code, backup code) driven by an authProvider's `verifyTwoFactor`.
 * @tagname auth-two-factor
 *
 * @slot title - Replaces the heading.
 * @slot footer - Replaces the footer (the "back" link or button).
 *
 * @csspart base - The card.
 * @csspart header - Wraps the title and description.
 * @csspart title - The default heading.
 * @csspart description - What to enter for the current method.
 * @csspart error - Live region that shows the provider's error (exists before any error).
 * @csspart error-title - The error's name.
 * @csspart error-message - The error's message.
 * @csspart status - Live region that says a code was sent.
 * @csspart resend-button - "Send the code again" (e-mailed codes); shows the seconds left while disabled.
 * @csspart methods - The list of the other methods.
 * @csspart method-button - One button per other method (`data-method` names it).
 * @csspart footer - The footer.
 * @csspart link - The "back" link or button.
 * @csspart back-button - Leaves the second step: a link to `login-link` when set, else a button.
 *
 * @fires {AuthRedirectEvent} auth-redirect - Before navigating after the sign-in completed; cancelable.
 * @fires {AuthSuccessEvent} auth-success - After the provider accepted the code (`action: 'verifyTwoFactor'`) or sent one (`action: 'sendTwoFactorCode'`).
 * @fires {AuthErrorEvent} auth-error - When the provider refuses the code or cannot send one.
 */
export class AuthTwoFactor extends AuthFormElement {
  static override styles = [...AuthFormElement.styles, secondaryButtonStyles, twoFactorStyles];

  static override properties: PropertyDeclarations = {
    methods: { converter: methodsConverter },
    trustDevice: { type: Boolean, attribute: 'trust-device' },
    loginLink: { attribute: 'login-link' },
    codeLength: { type: Number, attribute: 'code-length' },
    resendCooldown: { type: Number, attribute: 'resend-cooldown' },
    chosen: { state: true },
    sent: { state: true },
  };

  protected readonly action = 'verifyTwoFactor';

  /**
   * The methods to offer when the store has no `two-factor` challenge (a page of its own);
   * a challenge's own list wins. Attribute: names separated by spaces or commas.
   */
  methods: TwoFactorMethod[] = [...ALL_METHODS];

  /** Shows a "trust this device" checkbox; its value reaches `verifyTwoFactor` as `trustDevice`. */
  trustDevice = false;

  /** URL of the sign-in page: "back" goes there. Without it, "back" only drops the challenge (embedded use). */
  loginLink?: string;

  /** Digits in an authenticator or e-mailed code. */
  codeLength = 6;

  /** Seconds before "send the code again" works again after a code was sent. */
  resendCooldown = 30;

  /** The method chosen by the user; `undefined` means the first one offered. */
  private chosen?: TwoFactorMethod;
  /** Whether an e-mailed code was sent for the current challenge (the status says so). */
  private sent = false;

  readonly #challenge = new StateSliceController(this, this.auth, (s) => s.challenge, (challenge, previous) => this.#challengeChanged(challenge, previous));
  readonly #sender = new AuthActionController(this, {
    auth: this.auth,
    action: 'sendTwoFactorCode',
    onSuccess: () => {
      this.sent = true;
      this.#cooldown.start();
    },
  });
  readonly #cooldown = new CooldownController(this, () => this.resendCooldown);
  readonly #code = new OneTimeCodeController(this, { format: () => this.#format });
  /** The method an e-mailed code was last requested for (a switch away and back does not send again). */
  #requested = false;

  constructor() {
    super();
    this.addEventListener('auth-error', (event: AuthErrorEvent) => {
      // A wrong code: keep the user in the field, with the code selected for the next try.
      if (event.target === this && event.detail.action === 'verifyTwoFactor') void this.updateComplete.then(() => this.#code.select());
    });
  }

  /** The methods this element offers now: the challenge's (or `methods`), those the provider can serve. */
  get offeredMethods(): TwoFactorMethod[] {
    const challenge = this.#challenge.value;
    const listed = challenge?.type === 'two-factor' && challenge.methods?.length ? challenge.methods : this.methods;
    const store = this.auth.store;
    const unique = [...new Set((listed ?? []).filter(isMethod))];
    // Without a store nothing can be checked: show what was asked for (submitting reports the missing store).
    return unique.filter((method) => method !== 'otp' || !store || store.supports('sendTwoFactorCode'));
  }

  /** The method in use: the one chosen, else the first offered. */
  get method(): TwoFactorMethod {
    const offered = this.offeredMethods;
    return this.chosen && offered.includes(this.chosen) ? this.chosen : (offered[0] ?? 'totp');
  }

  get #format(): CodeFormat {
    return this.method === 'backup-code' ? BACKUP_CODE : digitCode(this.codeLength);
  }

  /** Switches to another method (what the method buttons do); an e-mailed code is sent the first time. */
  selectMethod(method: TwoFactorMethod): void {
    if (!this.offeredMethods.includes(method) || method === this.method) return;
    this.chosen = method;
    this.runner.clearError();
    this.fieldErrors = {};
    this.#code.clear();
    void this.updateComplete.then(() => this.#code.select());
  }

  /* ---------------------------------------------------------------- form hooks */

  protected heading(t: AuthStrings): string {
    return t.twoFactorTitle;
  }

  protected override description(t: AuthStrings): string | undefined {
    const length = this.#format.maxlength;
    switch (this.method) {
      case 'otp':
        return format(t.twoFactorOtpDescription, { length });
      case 'backup-code':
        return t.twoFactorBackupDescription;
      default:
        return format(t.twoFactorTotpDescription, { length });
    }
  }

  protected submitLabel(t: AuthStrings): string {
    return t.twoFactorSubmit;
  }

  protected override statusMessage(t: AuthStrings): string | undefined {
    return this.method === 'otp' && this.sent ? t.twoFactorCodeSent : undefined;
  }

  protected override pageError() {
    // Only a failed send is shown here: the verify error (the runner's) wins in the region.
    return this.method === 'otp' ? this.#sender.error : undefined;
  }

  protected renderFields(t: AuthStrings): TemplateResult {
    const backup = this.method === 'backup-code';
    return html`
      ${this.#code.render({
        id: this.idFor('code'),
        label: backup ? t.twoFactorBackupCodeLabel : t.twoFactorCodeLabel,
        error: this.fieldErrors.code,
      })}
      ${this.trustDevice
        ? html`<label data-part="checkbox"><input type="checkbox" name="trustDevice" value="true" />${t.twoFactorTrustDevice}</label>`
        : nothing}
    `;
  }

  protected override validateValues(values: AuthParams, t: AuthStrings): Record<string, string> {
    const code = values.code;
    // An empty field already reads "required"; a partial one says what a whole code is.
    if (typeof code !== 'string' || !code || this.#code.isValid(code)) return {};
    return { code: this.method === 'backup-code' ? t.twoFactorBackupCodeInvalid : format(t.twoFactorCodeIncomplete, { length: this.#format.maxlength }) };
  }

  protected override params(values: AuthParams): AuthParams {
    return { method: this.method, code: values.code, trustDevice: values.trustDevice === 'true' };
  }

  protected override renderAfterForm(t: AuthStrings): TemplateResult {
    const method = this.method;
    const others = this.offeredMethods.filter((m) => m !== method);
    const wait = this.#cooldown.remaining;
    const sending = this.#sender.pending;
    const label = { totp: t.twoFactorUseTotp, otp: t.twoFactorUseOtp, 'backup-code': t.twoFactorUseBackupCode };
    return html`
      ${method === 'otp' && this.#requested
        ? html`<button
            type="button"
            part="resend-button"
            class="secondary"
            ?disabled=${wait > 0 || sending}
            @click=${this.#send}
          >${sending ? t.busy : wait > 0 ? format(t.twoFactorResendIn, { seconds: wait }) : t.twoFactorResend}</button>`
        : nothing}
      ${others.length
        ? html`<ul part="methods" aria-label=${t.twoFactorMethodsLabel}>
            ${others.map(
              (m) => html`<li><button type="button" part="method-button" class="secondary" data-method=${m} @click=${() => this.selectMethod(m)}>${label[m]}</button></li>`,
            )}
          </ul>`
        : nothing}
    `;
  }

  protected override renderFooter(t: AuthStrings): TemplateResult {
    return html`<p part="footer">${this.loginLink
      ? html`<a part="link back-button" href=${this.loginLink} @click=${this.#back}>${t.backToLogin}</a>`
      : html`<button type="button" part="link back-button" @click=${this.#back}>${t.backToLogin}</button>`}</p>`;
  }

  /* ---------------------------------------------------------------- behaviour */

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Choosing e-mailed codes (or starting with them) asks for the first code, once per challenge.
    if (this.method === 'otp' && !this.#requested && this.auth.store) {
      this.#requested = true;
      // After this update, not inside it: sending re-renders (busy, then the cooldown).
      void this.updateComplete.then(() => this.#send());
    }
  }

  #challengeChanged(challenge: AuthChallenge | null, previous: AuthChallenge | null | undefined): void {
    if (previous === undefined || challenge === previous) return;
    // A new sign-in attempt: its own first code, its own method choice.
    if (challenge?.type === 'two-factor') {
      this.#requested = false;
      this.sent = false;
      this.chosen = undefined;
      this.#cooldown.stop();
    }
  }

  #send = async (): Promise<void> => {
    this.#requested = true;
    await this.#sender.run((store, options) => store.sendTwoFactorCode({ method: 'otp' }, options));
  };

  #back = (): void => {
    // No provider call: the half-finished sign-in just ends. A link then navigates by itself.
    this.auth.store?.cancelChallenge();
    this.runner.clearError();
  };
}

define('auth-two-factor', AuthTwoFactor);

declare global {
  interface HTMLElementTagNameMap {
    'auth-two-factor': AuthTwoFactor;
  }
}
