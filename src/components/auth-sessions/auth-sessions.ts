import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { AuthStore } from '../../core/store.js';
import type { AccountAction, AuthOutcome } from '../../core/types.js';
// Declaration files drop value imports; this one stays, so an app importing this element's
// entry alone still gets the events' GlobalEventHandlersEventMap entries.
import '../../events/index.js';
import { accountStrings, type SessionsStrings } from '../../internal/account-strings.js';
import { AuthActionController } from '../../internal/action-controller.js';
import { AuthElement } from '../../internal/auth-element.js';
import { define } from '../../internal/define.js';
import { StateSliceController } from '../../internal/store-controller.js';
import { format, type AuthStrings } from '../../internal/strings.js';
import { cardStyles, secondaryButtonStyles } from '../../internal/styles.js';
import { formatDateTime, formatWhen } from '../../internal/when.js';
import { sessionsStyles } from './auth-sessions.styles.js';
import { readSessions, type SessionRow } from './session-rows.js';

export type { SessionRow } from './session-rows.js';

type SessionsAction = Extract<AccountAction, 'listSessions' | 'revokeSession' | 'revokeOtherSessions'>;

/** Resolves once `action` is no longer pending on `store` (at once if it is not). */
function idle(store: AuthStore, action: SessionsAction): Promise<void> {
  if (!store.state.pending[action]) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = store.subscribe((state) => {
      if (state.pending[action]) return;
      unsubscribe();
      resolve();
    });
  });
}

// Isolates a provider-given text (an address) inside a translated sentence, so right-to-left
// text around it cannot reorder it (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE).
const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * The user's sessions — the browsers and devices signed in to the account — with a way to sign
 * any other one out. It appears only when the provider has `listSessions` (`store.supports`),
 * and lists them on connect and whenever the store's session changes (a new sign-in: the list
 * of the previous user is dropped at once).
 *
 * Each row shows the device from the session's user agent ("Chrome on macOS"; browser and system
 * names are proper nouns, the words around them come from the strings), when it was last active
 * (or began) in the element's locale, the IP address when the provider gives one, and marks the
 * session of this browser ("This device"), which has no sign-out button here. "Sign out" calls
 * `revokeSession({ id })`; "Sign out of all other sessions" (shown while there are others) calls
 * `revokeOtherSessions()`. After either, the list is loaded again, so what it shows is current.
 *
 * Any provider works: the answer is read defensively (an array of objects with a string `id`,
 * optional `current`, `userAgent`, `ipAddress`, `createdAt`/`updatedAt` as a `Date`, an ISO
 * string or milliseconds; anything else is skipped), and every value is shown as text.
 *
 * A failed load shows the error and a "Try again" button. Each button is busy (and ignores
 * clicks) while its call runs; when the row holding the focused button disappears, focus moves
 * to the next row's button, else the previous one, else the list.
 *
 * @summary The user's signed-in sessions, with sign-out of one or all others, driven by an authProvider's `listSessions`.
 * @tagname auth-sessions
 *
 * @slot title - Replaces the heading.
 *
 * @csspart base - The card.
 * @csspart header - Wraps the title and description.
 * @csspart title - The default heading.
 * @csspart description - The text under the title.
 * @csspart error - Live region that shows the last failure (exists before any error).
 * @csspart error-title - The error's name.
 * @csspart error-message - The error's message.
 * @csspart status - Live region that says a sign-out worked.
 * @csspart loading - Live region that says the list is loading.
 * @csspart list - The list of sessions (focusable by script: focus lands here when no button is left).
 * @csspart session - One session (`<li>`).
 * @csspart current-session - Also on the session of this browser.
 * @csspart device - The device's name ("Chrome on macOS").
 * @csspart current-badge - The "This device" mark.
 * @csspart details - Wraps when and where.
 * @csspart last-active - When it was last active, or began.
 * @csspart ip-address - The IP address.
 * @csspart revoke-button - Signs out one session.
 * @csspart revoke-others-button - Signs out every session but this one.
 * @csspart retry-button - Loads the list again after a failure.
 * @csspart empty - Said when there are no sessions.
 *
 * @cssprop --auth-color-primary - Button text and border on hover.
 * @cssprop --auth-color-background - Card background.
 * @cssprop --auth-color-surface - Button background.
 * @cssprop --auth-color-text - Text.
 * @cssprop --auth-color-muted - Details, description and empty text.
 * @cssprop --auth-color-border - Button borders and row separators.
 * @cssprop --auth-color-danger - Error text.
 * @cssprop --auth-color-danger-background - Error region background.
 * @cssprop --auth-color-success - Status text and the "This device" mark.
 * @cssprop --auth-color-success-background - Status and "This device" background.
 * @cssprop --auth-color-focus - Focus ring.
 * @cssprop --auth-radius - Corner radius.
 * @cssprop --auth-spacing - Gap between blocks.
 * @cssprop --auth-max-width - Maximum card width.
 * @cssprop --auth-control-height - Minimum button height.
 * @cssprop --auth-font-family - Font.
 *
 * @fires {AuthSuccessEvent} auth-success - After each successful call (`action`: `listSessions`, `revokeSession`, `revokeOtherSessions`).
 * @fires {AuthErrorEvent} auth-error - When one of them fails.
 */
export class AuthSessions extends AuthElement {
  static override styles = [...AuthElement.styles, cardStyles, secondaryButtonStyles, sessionsStyles];

  static override properties: PropertyDeclarations = {
    sessions: { state: true },
    loadFailed: { state: true },
    revoking: { state: true },
    announced: { state: true },
  };

  /** The sessions shown (`undefined` until the first list arrives). */
  protected sessions?: readonly SessionRow[];
  /** Whether the last load failed (the "Try again" button shows). */
  protected loadFailed = false;
  /** The session whose sign-out this element started and is waiting for. */
  protected revoking?: string;
  /** What the status region says after a sign-out. */
  protected announced?: 'revoked' | 'revokedOthers';

  readonly #lister = new AuthActionController(this, { auth: this.auth, action: 'listSessions' });
  readonly #revoke = new AuthActionController(this, { auth: this.auth, action: 'revokeSession' });
  readonly #revokeOthers = new AuthActionController(this, { auth: this.auth, action: 'revokeOtherSessions' });
  /** The actions in the order this element last started them: the newest failure is the one shown. */
  #order: AuthActionController[] = [];
  /** Bumped by every load asked for: an older load's answer is not shown over a newer one's. */
  #loads = 0;

  constructor() {
    super();
    // Added after the action controllers: its first call (on connect) starts a load, whose
    // pending flag those controllers must already be following.
    new StateSliceController(
      this,
      this.auth,
      (state) => state.session,
      (_session, _previous, store) => this.#sessionChanged(store),
    );
  }

  /** Whether the list is loading (the first time or again). */
  get loading(): boolean {
    return this.#lister.pending;
  }

  /** Loads the list again. Resolves once it is shown (or failed). */
  refresh(): Promise<void> {
    return this.#load();
  }

  /* ---------------------------------------------------------------- behaviour */

  #sessionChanged(store: AuthStore): void {
    // Whoever is signed in now, the rows of the session before are not theirs to see.
    this.#loads += 1;
    this.sessions = undefined;
    this.loadFailed = false;
    this.announced = undefined;
    if (store.state.status !== 'unauthenticated') void this.#load();
  }

  #started(controller: AuthActionController): void {
    this.#order = [...this.#order.filter((c) => c !== controller), controller];
  }

  /** A click starts something new: the answers to earlier clicks no longer describe the list. */
  #clearErrors(): void {
    for (const controller of [this.#lister, this.#revoke, this.#revokeOthers]) if (controller.error) controller.clearError();
  }

  async #load(): Promise<void> {
    const store = this.auth.store;
    if (!store?.supports('listSessions')) return;
    const load = ++this.#loads;
    // A list already on its way was asked for before what must show now (a sign-out since):
    // the store would hand this call that same answer, so let it land and ask again.
    await idle(store, 'listSessions');
    if (load !== this.#loads || store !== this.auth.store) return;
    this.#started(this.#lister);
    const outcome = await this.#lister.run((s, options) => s.perform('listSessions', undefined, options));
    if (load !== this.#loads || !outcome || outcome.stale) return;
    if (outcome.ok) this.sessions = readSessions(outcome.data);
    this.loadFailed = !outcome.ok;
  }

  get #revokeBusy(): boolean {
    return this.#revoke.pending || this.#revokeOthers.pending;
  }

  async #revokeOne(row: SessionRow, position: number): Promise<void> {
    if (this.#revokeBusy) return;
    const focused = this.#hasFocus();
    this.#clearErrors();
    this.revoking = row.id;
    this.announced = undefined;
    this.#started(this.#revoke);
    let outcome: AuthOutcome | undefined;
    try {
      outcome = await this.#revoke.run((store, options) => store.perform('revokeSession', { id: row.id }, options));
    } finally {
      if (this.revoking === row.id) this.revoking = undefined;
    }
    await this.#revoked(outcome, (rows) => rows.filter((r) => r.id !== row.id), 'revoked', focused ? position : undefined);
  }

  async #revokeAllOthers(): Promise<void> {
    if (this.#revokeBusy) return;
    const focused = this.#hasFocus();
    this.#clearErrors();
    this.announced = undefined;
    this.#started(this.#revokeOthers);
    const outcome = await this.#revokeOthers.run((store, options) => store.perform('revokeOtherSessions', undefined, options));
    await this.#revoked(outcome, (rows) => rows.filter((r) => r.current), 'revokedOthers', focused ? -1 : undefined);
  }

  /**
   * After a sign-out: gone rows leave at once (the provider said so), focus that was on a
   * vanished button moves on, and the list is asked for again either way (a failed sign-out
   * may still have ended the session).
   */
  async #revoked(
    outcome: AuthOutcome | undefined,
    keep: (rows: readonly SessionRow[]) => SessionRow[],
    said: 'revoked' | 'revokedOthers',
    position: number | undefined,
  ): Promise<void> {
    if (!outcome || outcome.stale) return;
    if (outcome.ok) {
      if (this.sessions) this.sessions = keep(this.sessions);
      this.announced = said;
      await this.updateComplete;
      if (position !== undefined) this.#keepFocus(position);
    }
    await this.#load();
  }

  /** Whether focus is inside this element (a click that did not focus its button, as in Safari, leaves it outside). */
  #hasFocus(): boolean {
    return Boolean(this.shadowRoot?.activeElement);
  }

  /**
   * When the focused button was just removed, focus goes to the revoke button now at `position`
   * (the next row's), else the last one before it, else (or with `position` -1) the list: never
   * lost to the page's body.
   * Focus the user moved elsewhere meanwhile stays where it is.
   */
  #keepFocus(position: number): void {
    const root = this.shadowRoot;
    const active = document.activeElement;
    if (!root || root.activeElement || (active && active !== document.body)) return;
    const buttons = [...root.querySelectorAll<HTMLElement>('[part~="revoke-button"]')];
    const target = position < 0 ? undefined : (buttons[position] ?? buttons[buttons.length - 1]);
    // The list (or the words saying it is empty) can take focus by script: tabindex="-1".
    (target ?? root.querySelector<HTMLElement>('[part~="list"], [part~="empty"], [part~="retry-button"]'))?.focus();
  }

  async #retry(): Promise<void> {
    if (this.#lister.pending) return;
    const focused = this.#hasFocus();
    this.#clearErrors();
    this.announced = undefined;
    await this.#load();
    await this.updateComplete;
    // The button is gone once the list shows: focus goes to the list it brought back.
    if (focused) this.#keepFocus(-1);
  }

  /* ---------------------------------------------------------------- rendering */

  /** The device's name: "{browser} on {os}", one of them, or the unknown-device words. */
  #device(row: SessionRow, s: SessionsStrings): string {
    if (row.browser && row.os) return format(s.device, { browser: row.browser, os: row.os });
    return row.browser ?? row.os ?? s.unknownDevice;
  }

  #when(row: SessionRow, s: SessionsStrings, locale: string, now: number): TemplateResult | typeof nothing {
    const date = row.updatedAt ?? row.createdAt;
    if (!date) return nothing;
    const text = format(row.updatedAt ? s.lastActive : s.signedIn, { time: formatWhen(date, locale, now) });
    return html`<span part="last-active" title=${formatDateTime(date, locale)}>${text}</span>`;
  }

  #row(row: SessionRow, index: number, position: number, s: SessionsStrings, locale: string, now: number): TemplateResult {
    const device = `session-${index}-device`;
    const details = `session-${index}-details`;
    const button = `session-${index}-revoke`;
    const mine = this.revoking === row.id;
    return html`<li part=${row.current ? 'session current-session' : 'session'}>
      <div class="info">
        <div class="name">
          <span part="device" id=${device}>${this.#device(row, s)}</span>
          ${row.current ? html`<span part="current-badge">${s.currentDevice}</span>` : nothing}
        </div>
        <div part="details" id=${details}>${this.#when(row, s, locale, now)}${row.ipAddress
            ? html`<span part="ip-address">${format(s.ipAddress, { ip: isolate(row.ipAddress) })}</span>`
            : nothing}</div>
      </div>
      ${row.current
        ? nothing
        : html`<button
            part="revoke-button"
            class="secondary"
            type="button"
            id=${button}
            aria-labelledby="${button} ${device}"
            aria-describedby=${details}
            aria-disabled=${this.#revokeBusy ? 'true' : 'false'}
            aria-busy=${mine ? 'true' : 'false'}
            @click=${() => void this.#revokeOne(row, position)}
          >${mine ? s.revoking : s.revoke}</button>`}
    </li>`;
  }

  #renderList(sessions: readonly SessionRow[], s: SessionsStrings, locale: string): TemplateResult {
    const now = Date.now();
    // Each row's place among the rows that have a button: where focus goes when one leaves.
    let revocable = 0;
    const positions = sessions.map((row) => (row.current ? -1 : revocable++));
    return html`<ul part="list" tabindex="-1" aria-label=${s.title} aria-busy=${this.#lister.pending ? 'true' : 'false'}>
      ${repeat(
        sessions,
        (row) => row.id,
        (row, index) => this.#row(row, index, positions[index], s, locale, now),
      )}
    </ul>`;
  }

  #error(t: AuthStrings): { name: string; message: string } | undefined {
    for (const controller of [...this.#order].reverse()) {
      const shown = controller.message(t);
      if (shown) return shown;
    }
    return undefined;
  }

  protected override render(): TemplateResult | typeof nothing {
    const store = this.auth.store;
    if (!store?.supports('listSessions')) return nothing;
    const { t, s } = accountStrings(this.t, 'sessions');
    const sessions = this.sessions;
    const error = this.#error(t);
    const status = this.announced ? s[this.announced] : undefined;
    const others = sessions?.some((row) => !row.current) ?? false;
    const busy = this.#lister.pending || this.#revokeBusy;
    const othersBusy = this.#revokeOthers.pending;
    return html`
      <div part="base" aria-busy=${busy ? 'true' : 'false'}>
        <div part="header">
          <slot name="title"><h2 part="title">${s.title}</h2></slot>
          <p part="description">${s.description}</p>
        </div>
        <div part="error" class=${error ? 'active' : ''} role="alert" aria-atomic="true">${error
            ? html`<strong part="error-title">${error.name}</strong><span part="error-message">${error.message}</span>`
            : nothing}</div>
        <div part="status" class=${status ? 'active' : ''} role="status" aria-atomic="true">${status ?? nothing}</div>
        <p part="loading" role="status">${sessions === undefined && this.#lister.pending ? s.loading : nothing}</p>
        ${sessions?.length ? this.#renderList(sessions, s, t.locale) : nothing}
        ${sessions && !sessions.length ? html`<p part="empty" tabindex="-1">${s.empty}</p>` : nothing}
        ${this.loadFailed
          ? html`<button
              part="retry-button"
              class="secondary"
              type="button"
              aria-disabled=${this.#lister.pending ? 'true' : 'false'}
              @click=${() => void this.#retry()}
            >${s.retry}</button>`
          : nothing}
        ${others
          ? html`<button
              part="revoke-others-button"
              class="secondary"
              type="button"
              aria-disabled=${this.#revokeBusy ? 'true' : 'false'}
              aria-busy=${othersBusy ? 'true' : 'false'}
              @click=${() => void this.#revokeAllOthers()}
            >${othersBusy ? s.revoking : s.revokeOthers}</button>`
          : nothing}
      </div>
    `;
  }
}

define('auth-sessions', AuthSessions);

declare global {
  interface HTMLElementTagNameMap {
    'auth-sessions': AuthSessions;
  }
}
