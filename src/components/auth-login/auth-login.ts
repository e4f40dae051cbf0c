import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { NETWORK_ERROR, isAuthErrorCode } from '../../core/errors.js';
import type { AuthError, AuthParams } from '../../core/types.js';
import { getQueryParam, removeQueryParams } from '../../core/url.js';
import { AuthErrorEvent } from '../../events/auth-error.js';
import { AuthActionController } from '../../internal/action-controller.js';
import { define } from '../../internal/define.js';
import { AuthFormElement, type FormAction } from '../../internal/form-element.js';
import { SIGN_IN_ERROR_PARAM } from '../../internal/sign-in-error-param.js';
import { en, format, type AuthStrings } from '../../internal/strings.js';
import { providerLabel } from '../../internal/provider-names.js';
import { StateSliceController } from '../../internal/store-controller.js';
import { secondaryButtonStyles } from '../../internal/styles.js';
import { loginStyles } from './auth-login.styles.js';
import type { EmailSteps } from './email-steps.js';
import './en.js';

/** A third-party sign-in button of `<auth-login>`. */
export interface AuthLoginProvider {
  /** Passed to `login({ providerName })`. */
  name: string;
  /** Button text (after the strings' "Sign in with"); default: the brand's spelling of a well-known `name` (`github` → GitHub), else the name. */
  label?: string;
}

/**
 * Where the card is: the password form, the step that asks for an e-mailed code, or the
 * "check your inbox" status after a sign-in link was sent.
 */
type Step = 'password' | 'code' | 'link';

/**
 * How a provider says "no account has this address" (`{ code: 'user-not-found' }`, better-auth's
 * `USER_NOT_FOUND`). Asking for a code or a link answers exactly as for a real account, so the
 * form cannot be used to find out who has one.
 */
const noSuchUser = (error: AuthError): boolean => /^user[-_]not[-_]found$/i.test(error.code ?? '');

/**
 * A sign-in form: email (or username) and password, optional "remember me", links to the
 * register and forgot-password pages, optional third-party provider buttons.
 *
 * Beyond passwords, when the provider supports them (`store.supports`): "Email me a sign-in
 * code" (`sendLoginCode`, then a code step that signs in with `loginWithCode`) and "Email me a
 * sign-in link" (`sendMagicLink`, then a "check your inbox" status worded the same whether or
 * not the address has an account), each with "send again" after a visible wait and "back";
 * `no-login-code` and `no-magic-link` turn them off. With `loginWithPasskey` in a browser that has
 * WebAuthn: "Sign in with a passkey", and passkey autofill — the address field carries
 * `autocomplete="username webauthn"` and a conditional-mediation request waits (where the browser
 * offers it) for a passkey picked from the field's suggestions; it is aborted when the element
 * disconnects, and by the store before any other ceremony. `no-passkey` turns both off. When a
 * sign-in started here answers with a challenge (`state.challenge`: a second factor, an
 * unconfirmed address), the card continues in place with `<auth-two-factor>` or
 * `<auth-verify-email>`, loaded only then; their "back" (`store.cancelChallenge()`) brings this
 * form back with the address still filled in.
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
 * @slot challenge - Where the next step of a challenged sign-in is shown (the kit puts it there; not for pages).
 *
 * @csspart base - The card.
 * @csspart header - Wraps the title and description.
 * @csspart title - The default heading.
 * A page opened with `?auth_error=<kit error code>` (where `<auth-callback>` sends a failed
 * OAuth / OpenID Connect return) shows that code's message in the error region until the next
 * attempt, fires `auth-error`, and removes the parameter from the address bar. Only the kit's own
 * codes are shown; any other value is ignored, so a crafted link cannot put words on the page.
 *
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
 * @csspart passwordless - The list of sign-ins without a password (passkey, e-mailed code, e-mailed link).
 * @csspart login-code-button - "Email me a sign-in code".
 * @csspart magic-link-button - "Email me a sign-in link".
 * @csspart passkey-button - "Sign in with a passkey".
 * @csspart step-actions - Wraps "send again" and "back" in the code and link steps.
 * @csspart resend-button - Sends the code or link again (disabled, with the seconds left, while it waits).
 * @csspart back-button - Back to the password form.
 *
 * @fires {AuthRedirectEvent} auth-redirect - Before navigating; cancelable.
 * @fires {AuthSuccessEvent} auth-success - After a successful login (also `loginWithCode`, `loginWithPasskey`), and when a code or link was sent (`sendLoginCode`, `sendMagicLink`).
 * @fires {AuthErrorEvent} auth-error - When the provider rejects, or the page arrived with `?auth_error=` (action `handleCallback`). Never for a challenge, nor for an unknown address asking for a code or link.
 */
export class AuthLogin extends AuthFormElement {
  static override styles = [...AuthFormElement.styles, secondaryButtonStyles, loginStyles];

  static override properties: PropertyDeclarations = {
    identifier: {},
    rememberMe: { type: Boolean, attribute: 'remember-me' },
    registerLink: { attribute: 'register-link' },
    forgotPasswordLink: { attribute: 'forgot-password-link' },
    providers: { attribute: false },
    providersOnly: { type: Boolean, attribute: 'providers-only' },
    noLoginCode: { type: Boolean, attribute: 'no-login-code' },
    noMagicLink: { type: Boolean, attribute: 'no-magic-link' },
    noPasskey: { type: Boolean, attribute: 'no-passkey' },
    resendCooldown: { type: Number, attribute: 'resend-cooldown' },
    trustDevice: { type: Boolean, attribute: 'trust-device' },
    codeLength: { type: Number, attribute: 'code-length' },
    arrivedWith: { state: true },
    step: { state: true },
    inPlace: { state: true },
    loadError: { state: true },
  };

  /**
   * Loads what comes after the password form — a challenge's element, the e-mailed code and link
   * steps — in one module, when first needed.
   * @internal Tests replace it to see a chunk that cannot be loaded (offline, or replaced by a deployment).
   */
  static loadSteps = (): Promise<typeof import('./challenge-steps.js')> => import('./challenge-steps.js');

  /** What the form submits: the password sign-in, or the e-mailed code in the code step. */
  protected get action(): FormAction {
    return this.step === 'code' ? 'loginWithCode' : 'login';
  }

  /** What identifies the user: an email (default) or a username. */
  identifier: 'email' | 'username' = 'email';

  /** Shows a "remember me" checkbox; its value reaches `login` as `remember`. */
  rememberMe = false;

  /** URL of the register page; the link is hidden when absent. */
  registerLink?: string;

  /** URL of the forgot-password page; the link is hidden when absent. */
  forgotPasswordLink?: string;

  /** Third-party sign-in buttons; each calls `login({ providerName })`. */
  providers: readonly AuthLoginProvider[] = [];

  /** Hides the email/password form: only the provider buttons (an OpenID Connect-only page). */
  providersOnly = false;

  /** Hides "Email me a sign-in code" even when the provider can send one. */
  noLoginCode = false;

  /** Hides "Email me a sign-in link" even when the provider can send one. */
  noMagicLink = false;

  /** Hides "Sign in with a passkey" and passkey autofill even when the provider and the browser support them. */
  noPasskey = false;

  /** Seconds before "send again" works again after a code or link was sent. */
  resendCooldown = 30;

  /** Offers "trust this device" when a sign-in continues into a second factor (`<auth-two-factor trust-device>`). */
  trustDevice = false;

  /** Digits in an e-mailed sign-in code (better-auth's default: 6). */
  codeLength = 6;

  /** The failed sign-in this page arrived with (`?auth_error=`), shown until the next attempt. */
  private arrivedWith?: AuthError;

  private step: Step = 'password';

  /** Whether the pending challenge answers a sign-in started here (it is then shown in place). */
  private inPlace = false;

  /** A challenge's element that could not be loaded (offline): the form comes back with this. */
  private loadError?: AuthError;

  #queryRead = false;
  /** The address the code or link went to, and the one the password form is refilled with. */
  #email = '';
  /** Bumped by every send and by "back": an older send's answer no longer moves the card. */
  #attempt = 0;
  /** Set from this element's sign-in request until its answer: a challenge then is ours to show. */
  #asking = false;
  /** The last wrong-code error the code field reacted to. */
  #codeError?: AuthError;

  readonly #sendCode = new AuthActionController(this, { auth: this.auth, action: 'sendLoginCode', quiet: noSuchUser });
  readonly #sendLink = new AuthActionController(this, { auth: this.auth, action: 'sendMagicLink', quiet: noSuchUser });
  readonly #passkey = new AuthActionController(this, { auth: this.auth, action: 'loginWithPasskey' });
  /** This element's autofill request, kept after it ends so that it is not asked again at every render. */
  #autofill?: AbortController;
  /** The code and link steps' parts, loaded at the first "Email me…" click (email-steps.ts). */
  #steps?: EmailSteps;
  readonly #challenge = new StateSliceController(this, this.auth, (state) => state.challenge, (challenge, previous) => {
    if (!challenge) {
      if (this.inPlace) {
        this.inPlace = false;
        void this.#showForm(this.auth.state?.status !== 'authenticated');
      }
    } else if (this.inPlace ? challenge.type !== previous?.type : this.#asking) {
      this.inPlace = true;
      this.step = 'password';
      void this.#enterChallenge();
    }
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page: the next render asks for passkey autofill again.
    if (this.hasUpdated) this.requestUpdate();
    if (this.#queryRead) return;
    this.#queryRead = true;
    const code = getQueryParam(SIGN_IN_ERROR_PARAM);
    if (code === null) return;
    // Gone from the address bar whatever it held: a reload or a shared link must not repeat it.
    removeQueryParams([SIGN_IN_ERROR_PARAM]);
    // A code, never text: only the kit's own entries can be shown, in the page's language.
    if (!isAuthErrorCode(code)) return;
    const error: AuthError = { name: en.errors[code].title, message: en.errors[code].message, code };
    this.arrivedWith = error;
    // After the first render, so listeners the page (or a framework) adds on connect hear it.
    void this.updateComplete.then(() => this.dispatchEvent(new AuthErrorEvent({ action: 'handleCallback', error })));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#endAutofill();
  }

  /** Whether a sign-in (password, code, the passkey button), or the sending of a code or link, of this element is running. */
  override get busy(): boolean {
    return super.busy || this.#sendCode.pending || this.#sendLink.pending || this.#passkey.pending;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.busy) {
      // A new attempt replaces the old news.
      this.arrivedWith = this.loadError = undefined;
    } else {
      // The sign-in asked from here has its answer (a challenge in it was seen meanwhile).
      this.#asking = false;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A wrong code: select it, so the next try (typed or pasted) replaces it.
    const error = this.step === 'code' ? this.runner.error : undefined;
    if (error && error !== this.#codeError) this.#steps?.code.select();
    this.#codeError = error;
    // Passkeys switched off (or gone): the waiting request ends; switched on: one is asked for.
    if (!this.#passkeys()) this.#endAutofill();
    else if (!this.#autofill && this.isConnected) void this.#startAutofill();
  }

  protected override pageError(): AuthError | undefined {
    return this.#passkey.error ?? this.#sendCode.error ?? this.#sendLink.error ?? this.loadError ?? this.arrivedWith;
  }

  protected override get showForm(): boolean {
    return this.step === 'code' || (this.step === 'password' && !this.providersOnly);
  }

  protected heading(t: AuthStrings): string {
    return this.step === 'code' ? t.loginCodeTitle : this.step === 'link' ? t.magicLinkTitle : t.loginTitle;
  }

  protected override statusMessage(t: AuthStrings): string | undefined {
    if (this.step === 'password') return undefined;
    return format(this.step === 'code' ? t.loginCodeSent : t.magicLinkSent, { email: this.#email });
  }

  protected submitLabel(t: AuthStrings): string {
    return t.loginSubmit;
  }

  protected override render(): TemplateResult {
    // The next step brings its own card; this one steps aside until the challenge is over.
    return this.#shownChallenge() ? html`<slot name="challenge"></slot>` : super.render();
  }

  protected override renderLight(): TemplateResult | typeof nothing {
    const challenge = this.#shownChallenge();
    if (!challenge) return super.renderLight();
    // In the light DOM like every kit form, so the embedded element's own inputs stay visible to
    // password managers and one-time-code autofill. Its store is this one, whatever found it.
    const store = this.auth.store;
    return challenge === 'two-factor'
      ? html`<auth-two-factor
          slot="challenge"
          .store=${store}
          .strings=${this.strings}
          theme=${this.theme ?? nothing}
          ?trust-device=${this.trustDevice}
          resend-cooldown=${this.resendCooldown}
        ></auth-two-factor>`
      : html`<auth-verify-email
          slot="challenge"
          .store=${store}
          .strings=${this.strings}
          theme=${this.theme ?? nothing}
        ></auth-verify-email>`;
  }

  protected renderFields(t: AuthStrings): TemplateResult {
    if (this.step === 'code' && this.#steps) {
      return this.#steps.code.render({ id: this.idFor('code'), label: t.loginCodeLabel, error: this.fieldErrors.code });
    }
    const email = this.identifier !== 'username';
    return html`
      ${this.field({
        name: email ? 'email' : 'username',
        label: email ? t.emailLabel : t.usernameLabel,
        type: email ? 'email' : 'text',
        // `webauthn`: the browser may offer passkeys among the field's suggestions (autofill).
        autocomplete: this.#passkeys() ? 'username webauthn' : 'username',
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

  protected override validateValues(values: AuthParams, t: AuthStrings): Record<string, string> {
    const code = this.step === 'code' ? this.#steps?.code : undefined;
    return code && !code.isValid(values.code) ? { code: format(t.loginCodeIncomplete, { length: code.format.maxlength }) } : {};
  }

  protected override params(values: AuthParams): AuthParams {
    // Called once a submit is valid, right before the store runs it.
    this.#clearSendErrors();
    this.#asking = true;
    if (this.step === 'code') return { email: this.#email, code: values.code };
    if (typeof values.email === 'string') this.#email = values.email;
    // The checkbox's form value becomes the boolean `remember` the provider expects.
    return this.rememberMe ? { ...values, remember: values.remember === 'true' } : values;
  }

  protected override renderAfterForm(t: AuthStrings): TemplateResult | typeof nothing {
    if (this.step !== 'password') return this.#steps?.renderActions(t, this.busy, this.#resend, this.#back) ?? nothing;
    const store = this.auth.store;
    // Both need the address from the form: not on a username or providers-only form.
    const emailForm = store && !this.providersOnly && this.identifier !== 'username';
    const code = emailForm && !this.noLoginCode && store.supports('sendLoginCode') && store.supports('loginWithCode');
    const link = emailForm && !this.noMagicLink && store.supports('sendMagicLink');
    const passkey = this.#passkeys();
    // Frameworks bind whatever the app holds: skip anything that is not a named provider.
    const providers = Array.isArray(this.providers)
      ? this.providers.filter((p): p is AuthLoginProvider => typeof p?.name === 'string' && p.name !== '')
      : [];
    if (!providers.length && !code && !link && !passkey) return nothing;
    return html`
      ${this.providersOnly ? nothing : html`<div part="divider" role="presentation">${t.dividerText}</div>`}
      ${code || link || passkey
        ? html`<ul part="passwordless">
            ${passkey
              ? html`<li><button type="button" part="passkey-button" class="secondary" ?disabled=${this.busy} @click=${this.#passkeySignIn}>${t.passkeyButton}</button></li>`
              : nothing}
            ${code
              ? html`<li><button type="button" part="login-code-button" class="secondary" ?disabled=${this.busy} @click=${() => this.#send('code')}>${t.loginCodeButton}</button></li>`
              : nothing}
            ${link
              ? html`<li><button type="button" part="magic-link-button" class="secondary" ?disabled=${this.busy} @click=${() => this.#send('link')}>${t.magicLinkButton}</button></li>`
              : nothing}
          </ul>`
        : nothing}
      ${providers.length ? this.#renderProviders(t, providers) : nothing}
    `;
  }

  #renderProviders(t: AuthStrings, providers: AuthLoginProvider[]): TemplateResult {
    return html`
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
    if (!this.registerLink || this.step !== 'password') return nothing;
    return html`<p part="footer">
      ${t.noAccountPrompt} <a part="link register-link" href=${this.registerLink}>${t.registerLink}</a>
    </p>`;
  }

  #loginWith(providerName: string): void {
    this.#clearSendErrors();
    this.#asking = true;
    void this.runner.run((store, options) => store.login({ providerName }, options));
  }

  /** The challenge shown in place of the card, if any. */
  #shownChallenge(): 'two-factor' | 'verify-email' | undefined {
    return this.inPlace ? this.#challenge.value?.type : undefined;
  }

  #clearSendErrors(): void {
    this.#sendCode.clearError();
    this.#sendLink.clearError();
    this.#passkey.clearError();
  }

  /**
   * Whether passkeys are offered: the provider has `loginWithPasskey`, the page did not switch
   * them off, and the browser has WebAuthn (read each time: without it, no passkey UI at all).
   */
  #passkeys(): boolean {
    return (
      !this.noPasskey &&
      !this.providersOnly &&
      typeof globalThis.PublicKeyCredential === 'function' &&
      this.auth.store?.supports('loginWithPasskey') === true
    );
  }

  #endAutofill(): void {
    this.#autofill?.abort();
    this.#autofill = undefined;
  }

  /**
   * Passkey autofill: where the browser offers conditional mediation, a request that waits for a
   * passkey picked from the field's suggestions. The store hands the provider its own signal and
   * aborts it before any other ceremony; ours ends it when the element leaves the page.
   */
  async #startAutofill(): Promise<void> {
    const controller = (this.#autofill = new AbortController());
    const { signal } = controller;
    let available = false;
    try {
      available = (await PublicKeyCredential.isConditionalMediationAvailable?.()) === true;
    } catch {
      /* no autofill, the button still works */
    }
    if (!available || signal.aborted) return;
    // Through the same runner as the button: a picked passkey that fails is shown and announced
    // like the button's, and a success is one (events, then navigation).
    const outcome = await this.#passkey.run((store, options) => store.loginWithPasskey({ autoFill: true, signal }, options));
    if (outcome?.challenge && !signal.aborted && this.#challenge.value === outcome.challenge && !this.inPlace) {
      // Nobody clicked here, yet the sign-in is this field's: its next step is shown in place.
      this.inPlace = true;
      this.step = 'password';
      void this.#enterChallenge();
    }
  }

  /** "Sign in with a passkey": the browser's passkey dialog (the store first ends the autofill request). */
  async #passkeySignIn(): Promise<void> {
    if (this.busy) return;
    this.#clearSendErrors();
    this.#asking = true;
    const outcome = await this.#passkey.run((store, options) => store.loginWithPasskey({}, options));
    // Cancelled: the field's passkey suggestions are offered again. (Not after a failure: asking
    // again would clear the failure shown, which lives in the same store slot.)
    if (outcome?.cancelled && this.#autofill) {
      this.#autofill = undefined;
      this.requestUpdate();
    }
  }

  /** The address typed in the form, checked as the form checks it; `undefined` (and the field says why) if it will not do. */
  #typedEmail(): string | undefined {
    const input = this.form?.querySelector<HTMLInputElement>('input[name="email"]');
    if (!input) return undefined;
    const t = this.t;
    const value = input.value.trim();
    const error = !value ? t.required : input.validity.typeMismatch ? t.invalidEmail : undefined;
    this.fieldErrors = error ? { email: error } : {};
    if (error) void this.updateComplete.then(() => input.focus());
    return error ? undefined : value;
  }

  /** "Email me a sign-in code / link" (and "send again", with the address it went to). */
  async #send(kind: 'code' | 'link', again = false): Promise<void> {
    // A second click in the same task: the first send is the one that moves the card.
    if (this.busy) return;
    const email = again ? this.#email : this.#typedEmail();
    if (!email) return;
    const attempt = ++this.#attempt;
    this.runner.clearError();
    this.#clearSendErrors();
    this.arrivedWith = this.loadError = undefined;
    // The steps' parts load (the first time) while the provider sends.
    const steps = this.#loadSteps();
    const outcome =
      kind === 'code'
        ? await this.#sendCode.run((store, options) => store.sendLoginCode({ email }, options))
        : // redirectTo is the store's: the safe `?to=` return path, else its home (an adapter makes it absolute).
          await this.#sendLink.run((store, options) => store.sendMagicLink({ email }, options));
    // "Back" (or another send) came first: this answer no longer decides where the card is.
    // A failure is shown by its runner, except "no such account": that one looks sent (see `quiet`).
    if (!outcome || attempt !== this.#attempt || !(outcome.ok || (outcome.error && noSuchUser(outcome.error)))) return;
    const loaded = await steps;
    if (attempt !== this.#attempt) return;
    if (!loaded) {
      this.#loadFailed(kind === 'code' ? 'sendLoginCode' : 'sendMagicLink');
      return;
    }
    this.#email = email;
    this.step = kind;
    this.fieldErrors = {};
    loaded.cooldown.start();
    await this.updateComplete;
    if (kind === 'code') {
      loaded.code.clear();
      loaded.code.select();
    } else {
      // No input in this step: focus stays in the card, on the way back.
      this.renderRoot.querySelector<HTMLElement>('[part~="back-button"]')?.focus();
    }
  }

  /** The code and link steps' parts, loaded once; `undefined` when they cannot be (offline). */
  async #loadSteps(): Promise<EmailSteps | undefined> {
    try {
      const { EmailSteps } = await AuthLogin.loadSteps();
      return (this.#steps ??= new EmailSteps(this));
    } catch {
      return undefined;
    }
  }

  /** A part of the sign-in could not be loaded (offline, or a deployment replaced the chunk): said like a network failure. */
  #loadFailed(action: 'login' | 'sendLoginCode' | 'sendMagicLink'): void {
    this.loadError = NETWORK_ERROR;
    this.dispatchEvent(new AuthErrorEvent({ action, error: this.loadError }));
  }

  readonly #resend = (): void => {
    void this.#send(this.step === 'code' ? 'code' : 'link', true);
  };

  readonly #back = (): void => {
    this.#attempt += 1;
    this.runner.clearError();
    this.#clearSendErrors();
    this.fieldErrors = {};
    void this.#showForm(true);
  };

  /** Back to the password form, its address filled in again; focus on it when the user came back. */
  async #showForm(focus: boolean): Promise<void> {
    this.step = 'password';
    await this.updateComplete;
    const input = this.form?.querySelector<HTMLInputElement>('input[name="email"]');
    if (!input) return;
    if (!input.value) input.value = this.#email;
    if (focus) input.focus();
  }

  /** Loads the challenge's element (only now: the login page does not carry it), then focuses its first field. */
  async #enterChallenge(): Promise<void> {
    const type = this.#shownChallenge();
    try {
      await AuthLogin.loadSteps();
    } catch {
      // The sign-in cannot go on from here.
      this.#loadFailed('login');
      this.auth.store?.cancelChallenge();
      return;
    }
    await this.updateComplete;
    const child = this.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('[slot="challenge"]');
    if (!child || this.#shownChallenge() !== type) return;
    await child.updateComplete;
    // Its first field (the code); a step without one (check your inbox) focuses its heading itself.
    const field = child.querySelector<HTMLElement>('input:not([type="hidden"])');
    if (field) field.focus();
    else child.focus();
  }
}

define('auth-login', AuthLogin);

declare global {
  interface HTMLElementTagNameMap {
    'auth-login': AuthLogin;
  }
}
