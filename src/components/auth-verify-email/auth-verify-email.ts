import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { AuthChallenge, AuthError, AuthParams } from '../../core/types.js';
import { AuthActionController } from '../../internal/action-controller.js';
import { CooldownController } from '../../internal/cooldown.js';
import { define } from '../../internal/define.js';
import { AuthFormElement } from '../../internal/form-element.js';
import { QueryParamsController } from '../../internal/query-params.js';
import { StateSliceController } from '../../internal/store-controller.js';
import { format, type AuthStrings } from '../../internal/strings.js';
import { secondaryButtonStyles } from '../../internal/styles.js';
import { verifyEmailStyles } from './auth-verify-email.styles.js';
import './en.js';

/** What `<auth-verify-email>` shows. */
export type AuthVerifyEmailView = 'verifying' | 'verified' | 'expired' | 'request' | 'check-inbox';

type VerifyEmailChallenge = Extract<AuthChallenge, { type: 'verify-email' }>;

/** Failures that were not the link's fault: asking again may work. */
const RETRYABLE = new Set(['network', 'timeout', 'offline', 'server-error']);

/**
 * E-mail verification, in two roles:
 *
 * - **The landing page of a verification link.** When it first connects it reads every query
 *   parameter (the token, named by `token-param`, and whatever else the link carries), removes
 *   the token from the address bar with `history.replaceState`, and calls `verifyEmail` once with
 *   the parameters it read. Then it shows "confirmed" (with a link onwards; a path the provider
 *   resolved is followed like every redirect), or, for an expired, used or invalid link, "this
 *   link has expired" with a form that sends a new one (`sendVerificationEmail({ email })`).
 *   Without `verifyEmail` in the provider it shows that form straight away.
 * - **The "check your inbox" step.** While the store's `state.challenge` is
 *   `{ type: 'verify-email', email? }` (a sign-up or sign-in answered it) it says where the link
 *   went, offers "send again" and a "back" button (`store.cancelChallenge()`).
 *   `<auth-register>` shows it in place of its form.
 *
 * "Send again" waits `cooldown` seconds after every e-mail sent (and after the challenge arrived,
 * since that answer just sent one); the button shows the seconds left. What it says after a send
 * does not depend on the provider's answer, so it cannot tell anyone whether an account exists.
 *
 * The `<form>` and its input are rendered into the element's light DOM (data-parts: form, field,
 * label, control, input, field-error, actions, submit).
 *
 * @summary E-mail verification: the link's landing page and the "check your inbox" step.
 * @tagname auth-verify-email
 *
 * @slot title - Replaces the heading.
 * @slot footer - Replaces the footer (the continue or sign-in link).
 *
 * @csspart base - The card.
 * @csspart header - Wraps the title and description.
 * @csspart title - The default heading.
 * @csspart description - Where the link went, or what the form does.
 * @csspart error - Live region that shows the provider's error (exists before any error).
 * @csspart error-title - The error's name.
 * @csspart error-message - The error's message.
 * @csspart status - Live region that shows "confirmed" and "a new link is on its way".
 * @csspart back-button - Leaves the check-your-inbox step (`store.cancelChallenge()`).
 * @csspart retry-button - Asks the provider again after a network failure or timeout.
 * @csspart footer - The footer.
 * @csspart link - Every link in the footer.
 * @csspart continue-link - The link onwards once the address is confirmed.
 * @csspart login-link - The link to the sign-in page.
 *
 * @fires {AuthRedirectEvent} auth-redirect - Before navigating (only if the provider resolved a path); cancelable.
 * @fires {AuthSuccessEvent} auth-success - After the address was confirmed (`verifyEmail`) or a link sent (`sendVerificationEmail`).
 * @fires {AuthErrorEvent} auth-error - When the provider rejects (a challenge is not an error).
 */
export class AuthVerifyEmail extends AuthFormElement {
  static override styles = [...AuthFormElement.styles, secondaryButtonStyles, verifyEmailStyles];

  static override properties: PropertyDeclarations = {
    tokenParam: { attribute: 'token-param' },
    email: {},
    cooldown: { type: Number },
    loginLink: { attribute: 'login-link' },
    continueLink: { attribute: 'continue-link' },
    landing: { state: true },
  };

  protected readonly action = 'sendVerificationEmail';

  /** Name of the query parameter that carries the verification token. */
  tokenParam = 'token';

  /** The address to prefill in the "send a new link" form (the challenge's address wins). */
  email = '';

  /** Seconds "send again" waits after an e-mail was sent. */
  cooldown = 30;

  /** URL of the sign-in page; linked in the footer when set. */
  loginLink?: string;

  /** Where the "continue" link of the confirmed state goes. Default: the store's `homePath`. */
  continueLink?: string;

  /** The landing page's own progress: not started, asking the provider, its answer, or nothing to ask. */
  private landing: 'unstarted' | 'verifying' | 'verified' | 'failed' | 'idle' = 'unstarted';

  /** The query parameters read when the element first connected (the token among them). */
  readonly #link = new QueryParamsController(this, () => [this.tokenParam]);

  /** Runs `verifyEmail`: its pending flag, its error, its events. */
  readonly #verify = new AuthActionController(this, {
    auth: this.auth,
    action: 'verifyEmail',
    onSuccess: () => (this.landing = 'verified'),
    focusAfterSuccess: () => this.renderRoot.querySelector<HTMLElement>('[data-focus-after-success]'),
  });

  readonly #cooldown = new CooldownController(this, () => this.cooldown);

  /** The verify-email challenge, if the store has one. Its arrival means an e-mail was just sent. */
  readonly #challenge = new StateSliceController<VerifyEmailChallenge | null>(
    this,
    this.auth,
    (s) => (s.challenge?.type === 'verify-email' ? s.challenge : null),
    (value, previous) => {
      if (value && !previous) this.#cooldown.start();
    },
  );

  /** The address the last "send" went to. */
  #sentTo = '';
  /** Email inputs already prefilled (a person's edit is never overwritten). */
  readonly #prefilled = new WeakSet<HTMLInputElement>();

  constructor() {
    super();
    this.addEventListener('auth-success', (event) => {
      if (event.target === this && event.detail.action === 'sendVerificationEmail') this.#cooldown.start();
    });
  }

  /** What the element shows now. */
  get view(): AuthVerifyEmailView {
    if (this.#challenge.value || this.done) return 'check-inbox';
    switch (this.landing) {
      case 'unstarted':
      case 'verifying':
        return 'verifying';
      case 'verified':
        return 'verified';
      case 'failed':
        return 'expired';
      default:
        return 'request';
    }
  }

  /** Whether an action of this element is running (sending, or checking the link). */
  override get busy(): boolean {
    return this.runner.pending || this.#verify.pending;
  }

  /** Moves focus to the heading (what a page does after showing this step in place of a form). */
  override focus(options?: FocusOptions): void {
    const title = this.renderRoot.querySelector<HTMLElement>('[part~="title"]');
    if (title) title.focus(options);
    else super.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A token param named after connect must not stay in the address bar either.
    if (changed.has('tokenParam') && this.hasUpdated) this.#link.scrub();
    // Decided here, after the base applied a `.store` given with the element, so the call goes
    // to that store; and before the first render, so the page never flashes the wrong state.
    if (this.landing === 'unstarted') this.#start();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The heading takes focus when this step replaces a form (see focus()); not a tab stop.
    this.renderRoot.querySelector('h2[part~="title"]')?.setAttribute('tabindex', '-1');
    const input = this.querySelector<HTMLInputElement>('input[type="email"][name="email"]');
    if (input && !this.#prefilled.has(input)) {
      this.#prefilled.add(input);
      if (!input.value) input.value = this.#knownEmail;
    }
  }

  /* ------------------------------------------------------------- the landing page */

  #start(): void {
    // The check-your-inbox step is no link's landing page: nothing to verify.
    if (this.#challenge.value) {
      this.landing = 'idle';
      return;
    }
    const store = this.auth.store;
    if (store && !store.supports('verifyEmail')) {
      this.landing = 'idle';
      return;
    }
    void this.#verifyNow();
  }

  async #verifyNow(): Promise<void> {
    this.landing = 'verifying';
    // The token is gone from the address bar by now: the parameters read on connect go along.
    const params = { ...this.#link.params };
    const outcome = await this.#verify.run((store, options) => store.verifyEmail(params, options));
    // onSuccess already said so (before the focus moved to the continue link).
    if (outcome?.ok) return;
    if (!outcome) this.landing = this.#verify.error ? 'failed' : 'idle';
    // Confirmed, but the sign-in wants a second factor first: the address part is done.
    else if (outcome.challenge?.type === 'two-factor') this.landing = 'verified';
    else if (outcome.error) this.landing = 'failed';
    // A stale answer (a logout meanwhile) changed nothing: offer the form, claim nothing.
    else this.landing = 'idle';
  }

  #retry(): void {
    void this.#verifyNow();
  }

  /* ----------------------------------------------------------- check your inbox */

  #back(): void {
    this.done = false;
    this.auth.store?.cancelChallenge();
  }

  /** What to prefill in the e-mail field. */
  get #knownEmail(): string {
    return this.#challenge.value?.email || this.#sentTo || this.email || this.#link.params.email || '';
  }

  /* ------------------------------------------------------------------ rendering */

  protected heading(t: AuthStrings): string {
    switch (this.view) {
      case 'verifying':
        return t.verifyingTitle;
      case 'verified':
        return t.verifiedTitle;
      case 'expired':
        return t.verifyExpiredTitle;
      case 'check-inbox':
        return t.verifyInboxTitle;
      default:
        return t.verifyRequestTitle;
    }
  }

  protected override description(t: AuthStrings): string | undefined {
    const view = this.view;
    if (view === 'request' || view === 'expired') return t.verifyRequestDescription;
    const challenge = this.#challenge.value;
    if (view !== 'check-inbox' || !challenge) return undefined;
    // The address is the user's own input echoed back: a text binding, never markup.
    return challenge.email ? format(t.verifyInboxMessage, { email: challenge.email }) : t.verifyInboxMessageNoEmail;
  }

  protected override statusMessage(t: AuthStrings): string | undefined {
    const view = this.view;
    if (view === 'verified') return t.verifiedMessage;
    // Deliberately independent of what the provider answered: the same words for every address.
    if (view === 'check-inbox' && this.done) return t.verifyResent;
    return undefined;
  }

  protected override pageError(): AuthError | undefined {
    return this.view === 'expired' ? this.#verify.error : undefined;
  }

  protected override get showForm(): boolean {
    const view = this.view;
    return view === 'request' || view === 'expired' || view === 'check-inbox';
  }

  protected override get submitBlocked(): boolean {
    return super.submitBlocked || this.#cooldown.remaining > 0;
  }

  protected submitLabel(t: AuthStrings): string {
    const wait = this.#cooldown.remaining;
    if (wait > 0) return format(t.verifyResendIn, { seconds: wait });
    return this.view === 'check-inbox' ? t.sendAgain : t.verifySendSubmit;
  }

  protected renderFields(t: AuthStrings): TemplateResult {
    // The challenge's address is the one just signed up with; an address typed here stays editable.
    const address = this.view === 'check-inbox' ? this.#challenge.value?.email : '';
    if (address) return html`<input type="hidden" name="email" .value=${address} />`;
    return this.field({ name: 'email', label: t.emailLabel, type: 'email', autocomplete: 'email', inputmode: 'email' });
  }

  protected override params(values: AuthParams): AuthParams {
    this.#sentTo = typeof values.email === 'string' ? values.email : '';
    return { email: values.email };
  }

  protected override renderAfterForm(t: AuthStrings): TemplateResult | typeof nothing {
    const view = this.view;
    if (view === 'check-inbox' && this.#challenge.value) {
      return html`<button type="button" part="back-button" class="secondary" data-focus-after-success @click=${this.#back}>${t.verifyBack}</button>`;
    }
    const code = this.#verify.error?.code;
    if (view === 'expired' && code && RETRYABLE.has(code)) {
      return html`<button type="button" part="retry-button" class="secondary" ?disabled=${this.busy} @click=${this.#retry}>${t.verifyRetry}</button>`;
    }
    return nothing;
  }

  protected override renderFooter(t: AuthStrings): TemplateResult | typeof nothing {
    if (this.view === 'verified') {
      const href = this.continueLink ?? this.auth.store?.homePath ?? '/';
      return html`<p part="footer"><a part="link continue-link" href=${href} data-focus-after-success>${t.verifyContinue}</a></p>`;
    }
    if (this.loginLink) {
      return html`<p part="footer"><a part="link login-link" href=${this.loginLink}>${t.backToLogin}</a></p>`;
    }
    return nothing;
  }
}

define('auth-verify-email', AuthVerifyEmail);

declare global {
  interface HTMLElementTagNameMap {
    'auth-verify-email': AuthVerifyEmail;
  }
}
