import { html, nothing, render, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { hiddenUsername } from '../../internal/hidden-username.js';
import type { AccountAction, AuthError } from '../../core/types.js';
// Declaration files drop value imports; this one stays, so an app importing this element's
// entry alone still gets the events' GlobalEventHandlersEventMap entries.
import '../../events/index.js';
import { AuthErrorEvent } from '../../events/auth-error.js';
import { accountEn, accountStrings, type TwoFactorSetupStrings } from '../../internal/account-strings.js';
import { AuthActionController } from '../../internal/action-controller.js';
import { adoptStyles } from '../../internal/adopt-styles.js';
import { AuthElement } from '../../internal/auth-element.js';
import { define } from '../../internal/define.js';
import { uniqueId } from '../../internal/ids.js';
import { localizeError } from '../../internal/localize-error.js';
import { digitCode, OneTimeCodeController } from '../../internal/one-time-code.js';
import { StateSliceController } from '../../internal/store-controller.js';
import { format, type AuthStrings } from '../../internal/strings.js';
import { primaryButtonStyles } from '../../internal/primary-button.js';
import { cardStyles, formStyles, secondaryButtonStyles } from '../../internal/styles.js';
import { twoFactorSetupStyles } from './auth-two-factor-setup.styles.js';
import './en.js';

/**
 * The QR code library, loaded only when a QR code is about to be shown (a chunk of its own in an
 * app's bundle): most visits to an account page never turn two-factor authentication on.
 */
const loadQrLibrary = () => import('lean-qr/nano');

/** What the element shows: the current state, a password prompt, the scan step, the backup codes. */
export type TwoFactorSetupView = 'status' | 'password' | 'scan' | 'codes';

/** Why the password is asked. */
export type TwoFactorSetupPurpose = 'enable' | 'disable' | 'regenerate';

const ACTION_OF: Record<TwoFactorSetupPurpose, AccountAction> = {
  enable: 'enableTwoFactor',
  disable: 'disableTwoFactor',
  regenerate: 'generateBackupCodes',
};

/** What `enableTwoFactor` answered, once checked: the URI, its key and the first backup codes. */
interface Setup {
  uri: string;
  /** The base32 key from the URI's `secret` parameter (upper case, no padding). */
  secret: string;
  codes: string[];
}

/**
 * The longest text drawn as a QR code. A real `otpauth://` URI is far shorter; a huge one (a
 * hostile answer) would make a code no phone reads and cost the page a long time to compute.
 */
const MAX_QR_TEXT = 1024;

/** Light modules around the code: the quiet zone a scanner needs. */
const QUIET_ZONE = 4;

/** `enabled="false"` is false, a bare `enabled` true, no attribute: "ask the identity". */
const optionalBoolean = {
  fromAttribute: (value: string | null): boolean | undefined => (value === null ? undefined : value !== 'false'),
  toAttribute: (value: boolean | undefined): string | null => (value === undefined ? null : String(value)),
};

/** Reads `key` of an unknown value; a throwing getter or a non-object answers `undefined`. */
function read(value: unknown, key: string): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return undefined;
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** The backup codes of an answer: trimmed strings only (anything else is dropped). */
function codesOf(data: unknown): string[] {
  const list = read(data, 'backupCodes');
  if (!Array.isArray(list)) return [];
  try {
    return list
      .filter((code): code is string => typeof code === 'string')
      .map((code) => code.trim())
      .filter((code) => code.length > 0 && code.length <= 128)
      .slice(0, 100);
  } catch {
    return [];
  }
}

/** An `otpauth://` URI with a base32 `secret`, or `undefined` for anything else. */
function setupOf(data: unknown): Setup | undefined {
  const uri = read(data, 'totpURI');
  if (typeof uri !== 'string' || uri.length > 2048) return undefined;
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'otpauth:') return undefined;
  const secret = (url.searchParams.get('secret') ?? '').replace(/[\s=]/g, '').toUpperCase();
  if (!/^[A-Z2-7]+$/.test(secret)) return undefined;
  return { uri, secret, codes: codesOf(data) };
}

/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP": groups of four, as authenticator apps show keys. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/** One SVG path drawing every dark module of `code`, a horizontal run at a time. */
function qrPath(code: { size: number; get(x: number, y: number): boolean }): string {
  let d = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (!code.get(x, y)) continue;
      let run = 1;
      while (x + run < code.size && code.get(x + run, y)) run++;
      d += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`;
      x += run - 1;
    }
  }
  return d;
}

/**
 * Turns two-factor authentication (an authenticator app) on and off for the signed-in user, and
 * renews the backup codes. Appears only when the provider has `enableTwoFactor`.
 *
 * - **off**: "Turn on" asks the password, then `enableTwoFactor({ password })` answers
 *   `{ totpURI, backupCodes }`;
 * - **scan**: a QR code of the `otpauth://` URI, the key (its `secret`) written out in groups of
 *   four with a copy button (it is the QR code's text alternative too), and a code field:
 *   `confirmTwoFactor({ code })`. Two-factor authentication is on only once this first code
 *   verifies; a wrong code is shown and selected for the next try;
 * - **backup codes**: shown once, with copy and download (a `.txt` file), and "Done";
 * - **on**: "Regenerate backup codes" (`generateBackupCodes({ password })`, the new codes shown
 *   once) and "Turn off" (`disableTwoFactor({ password })`).
 *
 * Whether it is on at first: the `enabled` property or attribute when set, else the identity's
 * `twoFactorEnabled` (better-auth's user has it; the better-auth adapter's `getUserIdentity`
 * returns the session's user). After turning it on or off here, what the provider answered wins,
 * and the identity is loaded again (`store.reloadIdentity()`) so the rest of the page follows.
 *
 * The QR code is drawn as an SVG path (no inline style: strict-CSP safe) with `lean-qr`, loaded
 * by a dynamic `import()` only when the scan step shows — not with this element. Its modules are
 * dark on light in both themes, so it stays scannable in dark mode.
 *
 * The password and code forms are rendered into the element's light DOM, where password managers
 * see them (data-parts: form, hidden-username, field, label, control, input, code-input,
 * field-error, actions, submit).
 *
 * @summary Turns two-factor authentication on (QR code, first code, backup codes) and off, driven by an authProvider's `enableTwoFactor`, `confirmTwoFactor`, `generateBackupCodes` and `disableTwoFactor`.
 * @tagname auth-two-factor-setup
 *
 * @slot title - Replaces the heading.
 *
 * @csspart base - The card.
 * @csspart header - Wraps the title and description.
 * @csspart title - The default heading.
 * @csspart description - What the current step is about (whether two-factor authentication is on).
 * @csspart error - Live region that shows the provider's error (exists before any error).
 * @csspart error-title - The error's name.
 * @csspart error-message - The error's message.
 * @csspart status - Live region: copied, turned on, turned off.
 * @csspart buttons - The buttons of the current state.
 * @csspart enable-button - "Turn on" (while off).
 * @csspart regenerate-button - "Regenerate backup codes" (while on).
 * @csspart disable-button - "Turn off" (while on).
 * @csspart cancel-button - Leaves the password or scan step without changing anything.
 * @csspart qr - The QR code (an SVG image).
 * @csspart qr-unavailable - Says the QR code cannot be shown (the key still works).
 * @csspart secret-box - Wraps the key, its label and its copy button.
 * @csspart secret-label - The key's label.
 * @csspart secret - The key, in groups of four.
 * @csspart copy-button - Copies the key, or the backup codes.
 * @csspart codes - The list of backup codes.
 * @csspart code - One backup code.
 * @csspart code-actions - Wraps the copy button and the download link of the backup codes.
 * @csspart download-link - Downloads the backup codes as a text file.
 * @csspart done-button - Closes the backup codes.
 *
 * @cssprop --auth-qr-size - Width of the QR code (default 12rem).
 * @cssprop --auth-code-font-family - Font of the key and the backup codes.
 *
 * @fires {AuthSuccessEvent} auth-success - After an action succeeded (`action`: `enableTwoFactor`, `confirmTwoFactor`, `generateBackupCodes` or `disableTwoFactor`).
 * @fires {AuthErrorEvent} auth-error - When the provider refuses (a wrong password or code, a session too old to change this).
 */
export class AuthTwoFactorSetup extends AuthElement {
  static override styles = [...AuthElement.styles, cardStyles, secondaryButtonStyles, primaryButtonStyles, twoFactorSetupStyles];

  static override properties: PropertyDeclarations = {
    enabled: { converter: optionalBoolean },
    codeLength: { type: Number, attribute: 'code-length' },
    fileName: { attribute: 'file-name' },
    view: { state: true },
    purpose: { state: true },
    setup: { state: true },
    codes: { state: true },
    qr: { state: true },
    notice: { state: true },
    localError: { state: true },
    fieldErrors: { state: true },
    known: { state: true },
  };

  /**
   * Whether two-factor authentication is on, when the page knows better than the identity
   * (attribute `enabled`, or `enabled="false"`). Unset: the identity's `twoFactorEnabled`.
   */
  enabled?: boolean;

  /** Digits in an authenticator code. */
  codeLength = 6;

  /** Name of the downloaded backup-codes file. */
  fileName = 'backup-codes.txt';

  /** The step shown. */
  private view: TwoFactorSetupView = 'status';
  /** Why the password step asks the password. */
  private purpose: TwoFactorSetupPurpose = 'enable';
  /** The checked answer of `enableTwoFactor`, during the scan step. */
  private setup?: Setup;
  /** The backup codes on screen (the codes step). */
  private codes: string[] = [];
  /** The QR code's path and size; `failed` when it cannot be drawn; `undefined` while loading. */
  private qr?: { size: number; path: string } | 'failed';
  /** The status line (a copy, turned on, turned off). */
  private notice?: 'copied' | 'copyUnavailable' | 'enabledStatus' | 'disabledStatus';
  /** A failure that is not the store's: an answer this element cannot use. */
  private localError?: AuthError;
  /** Validation messages per field name. */
  private fieldErrors: Readonly<Record<string, string>> = {};
  /** What the last action here says (wins over `enabled` and the identity). */
  private known?: boolean;

  readonly #formId = uniqueId('auth-form');
  /** The last action started (its error is the one shown). */
  #action: AccountAction = 'enableTwoFactor';
  #downloadUrl?: string;
  /** Counts QR requests: a slow library load for an older key must not draw it. */
  #qrCall = 0;
  /** Which element to focus once the next render is done. */
  #focusNext?: () => HTMLElement | null | undefined;

  readonly #runner = new AuthActionController(this, { auth: this.auth, action: () => this.#action });
  readonly #code = new OneTimeCodeController(this, { format: () => digitCode(this.codeLength) });
  readonly #account = new StateSliceController(
    this,
    this.auth,
    (s) => ({ identity: s.identity, loading: s.pending.getIdentity === true, session: s.session }),
    (value, previous) => {
      // Another user, or signed out: nothing on screen describes them.
      if (previous && previous.session !== value.session) this.#reset();
    },
  );

  /** Whether two-factor authentication is on, as far as this element knows. */
  get isOn(): boolean {
    return this.known ?? this.enabled ?? read(this.#account.value?.identity, 'twoFactorEnabled') === true;
  }

  /** The step on screen. */
  get step(): TwoFactorSetupView {
    return this.view;
  }

  /** Whether an action of this element is running. */
  get busy(): boolean {
    return this.#runner.pending;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this, formStyles);
    // The download link's URL was revoked on disconnect; a later update makes a new one.
    if (this.view === 'codes') this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#revokeDownload();
  }

  /* ---------------------------------------------------------------- rendering */

  get #strings(): { t: AuthStrings; s: TwoFactorSetupStrings } {
    return accountStrings(this.t, 'twoFactorSetup');
  }

  get #supported(): boolean {
    // Without a store nothing can be checked: show it (an action then reports the missing store).
    return this.auth.store?.supports('enableTwoFactor') ?? true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('enabled') && this.hasUpdated) this.known = undefined;
    if (this.view === 'codes' && !this.#downloadUrl) this.#downloadUrl = this.#makeDownload();
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.#supported) return nothing;
    const { t, s } = this.#strings;
    const loading = this.view === 'status' && this.known === undefined && this.enabled === undefined && this.#account.value?.loading === true;
    const busy = this.busy || loading;
    const error = this.#runner.message(t) ?? (this.localError && localizeError(this.localError, t));
    const description = loading ? t.busy : this.#description(s);
    const notice = this.notice ? s[this.notice] : undefined;
    return html`
      <div part="base" aria-busy=${busy ? 'true' : 'false'}>
        <div part="header">
          <slot name="title"><h2 part="title">${s.title}</h2></slot>
          ${description ? html`<p part="description">${description}</p>` : nothing}
        </div>
        <div part="error" class=${error ? 'active' : ''} role="alert" aria-atomic="true">${error
            ? html`<strong part="error-title">${error.name}</strong><span part="error-message">${error.message}</span>`
            : nothing}</div>
        <div part="status" class=${notice ? 'active' : ''} role="status" aria-atomic="true">${notice ?? nothing}</div>
        ${loading ? nothing : this.#renderBefore(s)}
        <slot name="form"></slot>
        <slot name="actions"></slot>
        ${loading ? nothing : this.#renderAfter(s)}
      </div>
    `;
  }

  #description(s: TwoFactorSetupStrings): string {
    switch (this.view) {
      case 'password':
        return { enable: s.enablePasswordDescription, disable: s.disablePasswordDescription, regenerate: s.regeneratePasswordDescription }[this.purpose];
      case 'scan':
        return s.scanDescription;
      case 'codes':
        return s.codesDescription;
      default:
        return this.isOn ? s.onDescription : s.offDescription;
    }
  }

  /** Shadow content above the light-DOM form: the QR code and the key, or the backup codes. */
  #renderBefore(s: TwoFactorSetupStrings): TemplateResult | typeof nothing {
    if (this.view === 'scan' && this.setup) {
      const qr = this.qr;
      const size = qr && qr !== 'failed' ? qr.size + QUIET_ZONE * 2 : 0;
      return html`
        ${qr === 'failed'
          ? html`<p part="qr-unavailable">${s.qrUnavailable}</p>`
          : qr
            ? html`<svg
                part="qr"
                role="img"
                aria-label=${s.qrLabel}
                aria-describedby="secret-label secret"
                viewBox="0 0 ${size} ${size}"
                width=${size * 4}
                height=${size * 4}
                shape-rendering="crispEdges"
              ><rect width=${size} height=${size} fill="#ffffff"></rect><path d=${qr.path} fill="#000000"></path></svg>`
            : nothing}
        <div part="secret-box">
          <span part="secret-label" id="secret-label">${s.secretLabel}</span>
          <code part="secret" id="secret" dir="ltr">${groupSecret(this.setup.secret)}</code>
          <button type="button" part="copy-button" class="secondary" data-copy="secret" @click=${this.#copySecret}>${s.copySecret}</button>
        </div>
      `;
    }
    if (this.view === 'codes') {
      return html`
        <ul part="codes" id="codes" aria-label=${s.codesLabel} tabindex="-1">
          ${this.codes.map((code) => html`<li part="code" dir="ltr">${code}</li>`)}
        </ul>
        <div part="code-actions">
          <button type="button" part="copy-button" class="secondary" data-copy="codes" @click=${this.#copyCodes}>${s.copyCodes}</button>
          ${this.#downloadUrl
            ? html`<a part="download-link" class="secondary" href=${this.#downloadUrl} download=${this.fileName || 'backup-codes.txt'}>${s.download}</a>`
            : nothing}
        </div>
      `;
    }
    return nothing;
  }

  /** Shadow content below the light-DOM form: the state's buttons, "Cancel", "Done". */
  #renderAfter(s: TwoFactorSetupStrings): TemplateResult | typeof nothing {
    const busy = this.busy;
    switch (this.view) {
      case 'status':
        return html`<div part="buttons">${this.isOn
          ? html`
              <button type="button" part="regenerate-button" class="secondary" ?disabled=${busy} @click=${() => this.#ask('regenerate')}>${s.regenerate}</button>
              <button type="button" part="disable-button" class="secondary" ?disabled=${busy} @click=${() => this.#ask('disable')}>${s.disable}</button>`
          : html`<button type="button" part="enable-button" class="primary" ?disabled=${busy} @click=${() => this.#ask('enable')}>${s.enable}</button>`}</div>`;
      case 'codes':
        return html`<button type="button" part="done-button" class="primary" @click=${this.#done}>${s.done}</button>`;
      default:
        return html`<button type="button" part="cancel-button" class="secondary" ?disabled=${busy} @click=${this.#cancel}>${s.cancel}</button>`;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The light DOM is rendered after the shadow DOM so both reflect the same state.
    render(this.#renderLight(), this, { host: this });
    const focus = this.#focusNext;
    if (focus) {
      this.#focusNext = undefined;
      focus()?.focus();
    }
  }

  /** The light-DOM form of the password and scan steps, and its submit button. */
  #renderLight(): TemplateResult | typeof nothing {
    if (!this.#supported || (this.view !== 'password' && this.view !== 'scan')) return nothing;
    const { t, s } = this.#strings;
    const busy = this.busy;
    const scan = this.view === 'scan';
    const email = read(this.#account.value?.identity, 'email');
    return html`
      <form
        id=${this.#formId}
        slot="form"
        data-part="form"
        novalidate
        aria-busy=${busy ? 'true' : 'false'}
        aria-label=${scan ? s.codeLabel : s.passwordLabel}
        @submit=${this.#onSubmit}
      >${scan
          ? this.#code.render({ id: `${this.#formId}-code`, label: s.codeLabel, error: this.fieldErrors.code })
          : html`${typeof email === 'string' && email
              ? hiddenUsername(email)
              : nothing}${this.#passwordField(s)}`}</form>
      <div slot="actions" data-part="actions">
        <button type="submit" form=${this.#formId} data-part="submit" ?disabled=${busy}>${busy ? t.busy : scan ? s.confirm : s.continue}</button>
      </div>
    `;
  }

  #passwordField(s: TwoFactorSetupStrings): TemplateResult {
    const id = `${this.#formId}-password`;
    const error = this.fieldErrors.password;
    return html`
      <div data-part="field" data-field="password">
        <label data-part="label" for=${id}>${s.passwordLabel}</label>
        <div data-part="control">
          <input
            data-part="input"
            id=${id}
            name="password"
            type="password"
            autocomplete="current-password"
            required
            autocapitalize="off"
            spellcheck="false"
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? `${id}-error` : nothing}
            @input=${this.#clearFieldError}
          />
        </div>
        <div data-part="field-error" id=${`${id}-error`} ?hidden=${!error}>${error ?? nothing}</div>
      </div>
    `;
  }

  /* ---------------------------------------------------------------- behaviour */

  #input(name: string): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>(`form#${this.#formId} input[name="${name}"]`);
  }

  #part(name: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[part~="${name}"]`);
  }

  /** Shows `view`, with nothing left over from the last step, and focuses what comes first in it. */
  #show(view: TwoFactorSetupView, focus: () => HTMLElement | null | undefined): void {
    if (this.view === 'codes' && view !== 'codes') this.#revokeDownload();
    this.view = view;
    this.fieldErrors = {};
    this.localError = undefined;
    this.#focusNext = focus;
  }

  #ask(purpose: TwoFactorSetupPurpose): void {
    this.purpose = purpose;
    this.#action = ACTION_OF[purpose];
    this.notice = undefined;
    this.#runner.clearError();
    this.#show('password', () => this.#input('password'));
  }

  #cancel = (): void => {
    this.#runner.clearError();
    this.setup = undefined;
    this.qr = undefined;
    this.#qrCall += 1;
    this.#show('status', () => this.#statusButton());
  };

  #done = (): void => {
    this.codes = [];
    this.#show('status', () => this.#statusButton());
  };

  #statusButton(): HTMLElement | null {
    return this.#part(this.isOn ? 'regenerate-button' : 'enable-button');
  }

  #clearFieldError = (event: Event): void => {
    const name = (event.currentTarget as HTMLInputElement).name;
    if (!this.fieldErrors[name]) return;
    const { [name]: _, ...rest } = this.fieldErrors;
    this.fieldErrors = rest;
  };

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const { t } = this.#strings;
    const form = event.currentTarget as HTMLFormElement;
    const scan = this.view === 'scan';
    const name = scan ? 'code' : 'password';
    const field = form.elements.namedItem(name);
    const raw = field instanceof HTMLInputElement ? field.value : '';
    // Passwords exactly as typed; a code without stray spaces.
    const value = scan ? raw.trim() : raw;
    this.localError = undefined;
    this.#runner.clearError();
    let problem: string | undefined;
    if (!value) problem = t.required;
    else if (scan && !this.#code.isValid(value)) problem = format(t.twoFactorCodeIncomplete, { length: this.#code.format.maxlength });
    this.fieldErrors = problem ? { [name]: problem } : {};
    if (problem) {
      await this.updateComplete;
      this.#input(name)?.focus();
      return;
    }
    if (scan) await this.#confirm(value);
    else await this.#withPassword(value);
  }

  async #withPassword(password: string): Promise<void> {
    const purpose = this.purpose;
    const action = ACTION_OF[purpose];
    this.#action = action;
    const outcome = await this.#runner.run((store, options) => store.perform(action, { password }, options));
    if (this.view !== 'password' || this.purpose !== purpose) return;
    if (!outcome?.ok) {
      if (outcome?.error) {
        // Wrong password, or a session too old: the password is selected for the next try.
        await this.updateComplete;
        this.#input('password')?.select();
      }
      return;
    }
    if (purpose === 'disable') {
      this.known = false;
      this.#reloadIdentity();
      this.notice = 'disabledStatus';
      this.#show('status', () => this.#statusButton());
    } else if (purpose === 'regenerate') {
      const codes = codesOf(outcome.data);
      if (!codes.length) return this.#unusable('generate-backup-codes-failed');
      this.codes = codes;
      this.#show('codes', () => this.#part('codes'));
    } else {
      const setup = setupOf(outcome.data);
      if (!setup) return this.#unusable('enable-two-factor-failed');
      this.setup = setup;
      this.#action = 'confirmTwoFactor';
      this.#show('scan', () => this.#code.input);
      void this.#drawQr(setup.uri);
    }
  }

  async #confirm(code: string): Promise<void> {
    const setup = this.setup;
    this.#action = 'confirmTwoFactor';
    const outcome = await this.#runner.run((store, options) => store.perform('confirmTwoFactor', { code }, options));
    if (this.view !== 'scan' || this.setup !== setup || !setup) return;
    if (!outcome?.ok) {
      if (outcome?.error) {
        await this.updateComplete;
        this.#code.select();
      }
      return;
    }
    this.known = true;
    this.#reloadIdentity();
    this.setup = undefined;
    this.qr = undefined;
    if (setup.codes.length) {
      this.codes = setup.codes;
      this.notice = 'enabledStatus';
      this.#show('codes', () => this.#part('codes'));
    } else {
      this.notice = 'enabledStatus';
      this.#show('status', () => this.#statusButton());
    }
  }

  /** The identity's `twoFactorEnabled` changed: everything showing `state.identity` follows. */
  #reloadIdentity(): void {
    const store = this.auth.store;
    if (store?.supports('getIdentity')) void store.reloadIdentity();
  }

  /** The provider succeeded but its answer cannot be used (no key, no codes): said, and nothing changes. */
  #unusable(code: 'enable-two-factor-failed' | 'generate-backup-codes-failed'): void {
    const { title, message } = accountEn.errors[code];
    // Localized when shown, by its code, like every error.
    this.localError = { name: title, message, code };
    this.dispatchEvent(new AuthErrorEvent({ action: this.#action, error: this.localError }));
  }

  async #drawQr(uri: string): Promise<void> {
    const call = ++this.#qrCall;
    this.qr = undefined;
    if (uri.length > MAX_QR_TEXT) {
      this.qr = 'failed';
      return;
    }
    try {
      const { generate } = await loadQrLibrary();
      const code = generate(uri);
      if (call === this.#qrCall) this.qr = { size: code.size, path: qrPath(code) };
    } catch {
      // Offline (the chunk did not load) or a URI too long to encode: the key still works.
      if (call === this.#qrCall) this.qr = 'failed';
    }
  }

  #copySecret = (): void => {
    if (this.setup) void this.#copy(this.setup.secret, this.#part('secret'));
  };

  #copyCodes = (): void => {
    void this.#copy(this.codes.join('\n'), this.#part('codes'));
  };

  /** Copies with the Clipboard API; without it (or refused), selects the text for the user to copy. */
  async #copy(text: string, shown: HTMLElement | null): Promise<void> {
    this.notice = undefined;
    await this.updateComplete;
    try {
      const clipboard = navigator.clipboard;
      if (!clipboard || typeof clipboard.writeText !== 'function') throw new Error('no clipboard');
      await clipboard.writeText(text);
      this.notice = 'copied';
    } catch {
      if (shown) getSelection()?.selectAllChildren(shown);
      this.notice = 'copyUnavailable';
    }
  }

  #makeDownload(): string | undefined {
    if (!this.codes.length || typeof URL.createObjectURL !== 'function') return undefined;
    const { s } = this.#strings;
    const text = `${s.codesFileHeading}\n\n${this.codes.join('\n')}\n`;
    return URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  }

  #revokeDownload(): void {
    if (this.#downloadUrl) URL.revokeObjectURL(this.#downloadUrl);
    this.#downloadUrl = undefined;
  }

  /** Back to the state's buttons, forgetting everything of the last user. */
  #reset(): void {
    this.#revokeDownload();
    this.view = 'status';
    this.setup = undefined;
    this.codes = [];
    this.qr = undefined;
    this.#qrCall += 1;
    this.known = undefined;
    this.notice = undefined;
    this.localError = undefined;
    this.fieldErrors = {};
  }
}

define('auth-two-factor-setup', AuthTwoFactorSetup);

declare global {
  interface HTMLElementTagNameMap {
    'auth-two-factor-setup': AuthTwoFactorSetup;
  }
}
