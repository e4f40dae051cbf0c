import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { AuthError } from '../../core/types.js';
import { AuthErrorEvent } from '../../events/auth-error.js';
import '../../events/index.js';
import { AuthActionController } from '../../internal/action-controller.js';
import { accountStrings, type PasskeysStrings } from '../../internal/account-strings.js';
import { AuthElement } from '../../internal/auth-element.js';
import { define } from '../../internal/define.js';
import { uniqueId } from '../../internal/ids.js';
import { localizeError } from '../../internal/localize-error.js';
import { StateSliceController } from '../../internal/store-controller.js';
import { format, type AuthStrings } from '../../internal/strings.js';
import { primaryButtonStyles } from '../../internal/primary-button.js';
import { cardStyles, secondaryButtonStyles } from '../../internal/styles.js';
import { passkeysStyles } from './auth-passkeys.styles.js';

/** One passkey as this element shows it, read defensively from whatever the provider answered. */
interface Row {
  /** What `renamePasskey` / `deletePasskey` take; without one the passkey is listed with no actions. */
  id?: string;
  name?: string;
  created?: Date;
}

/** Reads one field; a throwing getter (or Proxy trap) reads as nothing. */
function read(record: unknown, key: string): unknown {
  try {
    return record !== null && typeof record === 'object' ? (record as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

function dateOf(value: unknown): Date | undefined {
  const date = value instanceof Date ? new Date(value.getTime()) : typeof value === 'string' || typeof value === 'number' ? new Date(value) : undefined;
  return date && Number.isFinite(date.getTime()) ? date : undefined;
}

/** The provider's answer as rows: anything that is not an array is an empty list; text only where text is shown. */
function rowsOf(data: unknown): Row[] {
  let items: unknown[];
  try {
    items = Array.isArray(data) ? Array.from(data as unknown[]) : [];
  } catch {
    return [];
  }
  return items
    .filter((item) => item !== null && typeof item === 'object')
    .map((item) => {
      const id = read(item, 'id');
      const name = read(item, 'name');
      return {
        id: typeof id === 'string' && id ? id : typeof id === 'number' && Number.isFinite(id) ? String(id) : undefined,
        name: typeof name === 'string' && name.trim() ? name.trim() : undefined,
        created: dateOf(read(item, 'createdAt')),
      };
    });
}

/** A WebAuthn-capable browser (read each time: WebKitGTK and insecure origins have none). */
const hasWebAuthn = (): boolean => typeof globalThis.PublicKeyCredential === 'function';

/**
 * The user's passkeys: the list (name, or the locale's "Passkey" when unnamed, and when it was
 * added), a form that adds one (a name, then the browser's ceremony), rename where the provider
 * supports it, and delete after a confirmation step. The list is loaded on connect and whenever
 * the session changes (`state.session`), and again after each action. A cancelled ceremony (the
 * browser's dialog dismissed) shows nothing. Without WebAuthn in the browser the add form is
 * replaced by a sentence; the list, rename and delete still work. Shown only when the provider
 * has `listPasskeys`.
 *
 * Strings: `strings.account.passkeys`, errors from `strings.account.errors` and `strings.errors`.
 *
 * @summary Lists, adds, renames and deletes the user's passkeys.
 * @tagname auth-passkeys
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
 * @csspart status - Live region for "added", "renamed", "deleted".
 * @csspart loading - Shown while the list loads the first time.
 * @csspart empty - Shown when there is no passkey.
 * @csspart list - The list of passkeys.
 * @csspart item - One passkey.
 * @csspart item-info - Wraps its name and date.
 * @csspart name - Its name (or the unnamed fallback).
 * @csspart created - When it was added.
 * @csspart item-actions - Wraps its rename and delete buttons.
 * @csspart rename-button - Opens the rename form.
 * @csspart delete-button - Asks to delete it.
 * @csspart rename-form - The inline rename form.
 * @csspart confirm - The delete confirmation.
 * @csspart confirm-message - Its question.
 * @csspart confirm-delete-button - Deletes the passkey.
 * @csspart form-actions - Wraps the buttons of the rename form and of the confirmation.
 * @csspart save-button - Saves the new name.
 * @csspart cancel-button - Leaves the rename form or the confirmation.
 * @csspart add-form - The form that adds a passkey.
 * @csspart label - A field's label.
 * @csspart input - A name field.
 * @csspart field-error - A field's validation message.
 * @csspart add-button - Adds a passkey.
 * @csspart no-webauthn - Replaces the add form in a browser without WebAuthn.
 *
 * @fires {AuthSuccessEvent} auth-success - After `addPasskey`, `renamePasskey` or `deletePasskey` succeeded.
 * @fires {AuthErrorEvent} auth-error - When loading the list or an action failed (never for a cancelled ceremony).
 */
export class AuthPasskeys extends AuthElement {
  static override styles = [...AuthElement.styles, cardStyles, secondaryButtonStyles, primaryButtonStyles, passkeysStyles];

  static override properties: PropertyDeclarations = {
    rows: { state: true },
    listError: { state: true },
    renaming: { state: true },
    confirming: { state: true },
    renameError: { state: true },
    statusKey: { state: true },
  };

  /** The passkeys, once loaded (`undefined` until the first answer). */
  private rows?: Row[];
  private listError?: AuthError;
  /** The passkey whose rename form is open. */
  private renaming?: string;
  /** The passkey whose deletion waits for a confirmation. */
  private confirming?: string;
  private renameError?: string;
  private statusKey?: 'added' | 'renamed' | 'deleted';

  readonly #add = new AuthActionController(this, { auth: this.auth, action: 'addPasskey' });
  readonly #rename = new AuthActionController(this, { auth: this.auth, action: 'renamePasskey' });
  readonly #delete = new AuthActionController(this, { auth: this.auth, action: 'deletePasskey' });
  // Loads on connect, when another store takes over, and when the session changes (another user).
  protected readonly session = new StateSliceController(this, this.auth, (s) => s.session, () => void this.#load());
  /** Bumped by every load: an older answer does not replace a newer one. */
  #loads = 0;
  readonly #id = uniqueId('auth-passkeys');

  /** Whether an action of this element is running. */
  get busy(): boolean {
    return this.#add.pending || this.#rename.pending || this.#delete.pending;
  }

  /** Loads the list again (after an action; also callable by the page). */
  async refresh(): Promise<void> {
    await this.#load();
  }

  async #load(): Promise<void> {
    const store = this.auth.store;
    if (!store?.supports('listPasskeys')) return;
    const load = ++this.#loads;
    const outcome = await store.perform('listPasskeys', undefined, { notify: false });
    if (load !== this.#loads || store !== this.auth.store) return;
    // The session changed under the request. The load that change started shared this one's
    // answer (one call at a time per action), so ask again now that it is over.
    if (outcome.stale) return this.#load();
    if (outcome.ok) {
      this.rows = rowsOf(outcome.data);
      this.listError = undefined;
    } else if (outcome.error) {
      this.listError = outcome.error;
      this.dispatchEvent(new AuthErrorEvent({ action: 'listPasskeys', error: outcome.error }));
    }
  }

  #clearNews(): void {
    this.listError = this.statusKey = undefined;
    for (const runner of [this.#add, this.#rename, this.#delete]) runner.clearError();
  }

  protected override render(): TemplateResult | typeof nothing {
    const store = this.auth.store;
    // Without the provider method there is nothing to show (and <auth-account> leaves it out).
    if (!store?.supports('listPasskeys')) return nothing;
    const { t, s } = accountStrings(this.t, 'passkeys');
    const failure = this.listError ?? this.#add.error ?? this.#rename.error ?? this.#delete.error;
    const error = failure && localizeError(failure, t);
    const status = this.statusKey && s[this.statusKey];
    return html`
      <div part="base" aria-busy=${this.busy ? 'true' : 'false'}>
        <div part="header">
          <slot name="title"><h2 part="title" tabindex="-1">${s.title}</h2></slot>
          <p part="description">${s.description}</p>
        </div>
        <div part="error" class=${error ? 'active' : ''} role="alert" aria-atomic="true">${error
            ? html`<strong part="error-title">${error.name}</strong><span part="error-message">${error.message}</span>`
            : nothing}</div>
        <div part="status" class=${status ? 'active' : ''} role="status" aria-atomic="true">${status ?? nothing}</div>
        ${this.#renderList(t, s)}
        ${store.supports('addPasskey')
          ? hasWebAuthn()
            ? this.#renderAdd(t, s)
            : html`<p part="no-webauthn">${s.noWebAuthn}</p>`
          : nothing}
      </div>
    `;
  }

  #renderList(t: AuthStrings, s: PasskeysStrings): TemplateResult {
    const rows = this.rows;
    // Not loaded: "loading", or only the error when the first load failed.
    if (!rows) return this.listError ? html`` : html`<p part="loading">${s.loading}</p>`;
    if (!rows.length) return html`<p part="empty">${s.empty}</p>`;
    return html`<ul part="list" aria-label=${s.listLabel}>
      ${rows.map((row, index) => this.#renderRow(t, s, row, index))}
    </ul>`;
  }

  #renderRow(t: AuthStrings, s: PasskeysStrings, row: Row, index: number): TemplateResult {
    const store = this.auth.store!;
    const name = row.name ?? s.unnamed;
    const nameId = `${this.#id}-name-${index}`;
    const { id } = row;
    const busy = this.busy;
    if (id !== undefined && this.renaming === id) return html`<li part="item" data-id=${id}>${this.#renderRename(t, s, id, row, name)}</li>`;
    return html`<li part="item" data-id=${id ?? nothing}>
      <div part="item-info">
        <span part="name" id=${nameId}>${name}</span>
        ${row.created ? html`<span part="created">${format(s.created, { date: this.#date(row.created, t.locale) })}</span>` : nothing}
      </div>
      ${id === undefined
        ? nothing
        : this.confirming === id
          ? html`<div part="confirm" role="group" aria-label=${format(s.deleteLabel, { name })}>
              <p part="confirm-message">${format(s.deleteConfirm, { name })}</p>
              <div part="form-actions">
                <button type="button" part="confirm-delete-button" class="primary danger" ?disabled=${busy} @click=${() => this.#confirmDelete(id)}>
                  ${this.#delete.pending ? t.busy : s.deleteSubmit}
                </button>
                <button type="button" part="cancel-button" class="secondary" @click=${() => this.#closeConfirm(id)}>${s.cancel}</button>
              </div>
            </div>`
          : html`<div part="item-actions">
              ${store.supports('renamePasskey')
                ? html`<button type="button" part="rename-button" class="secondary" aria-describedby=${nameId} ?disabled=${busy} @click=${() => this.#openRename(id)}>${s.rename}</button>`
                : nothing}
              ${store.supports('deletePasskey')
                ? html`<button type="button" part="delete-button" class="secondary" aria-describedby=${nameId} ?disabled=${busy} @click=${() => this.#openConfirm(id)}>${s.delete}</button>`
                : nothing}
            </div>`}
    </li>`;
  }

  #renderRename(t: AuthStrings, s: PasskeysStrings, id: string, row: Row, name: string): TemplateResult {
    const inputId = `${this.#id}-rename`;
    const error = this.renameError;
    return html`<form part="rename-form" aria-label=${format(s.renameLabel, { name })} novalidate @submit=${(e: SubmitEvent) => this.#saveRename(e, id)} @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape') this.#closeRename(id);
    }}>
      <label part="label" for=${inputId}>${s.newNameLabel}</label>
      <input
        part="input"
        id=${inputId}
        name="name"
        autocomplete="off"
        maxlength="100"
        required
        .value=${row.name ?? ''}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${inputId}-error` : nothing}
        @input=${() => (this.renameError = undefined)}
      />
      <div part="field-error" id=${`${inputId}-error`} ?hidden=${!error}>${error ?? nothing}</div>
      <div part="form-actions">
        <button type="submit" part="save-button" class="primary" ?disabled=${this.busy}>${this.#rename.pending ? t.busy : s.save}</button>
        <button type="button" part="cancel-button" class="secondary" @click=${() => this.#closeRename(id)}>${s.cancel}</button>
      </div>
    </form>`;
  }

  #renderAdd(t: AuthStrings, s: PasskeysStrings): TemplateResult {
    const inputId = `${this.#id}-add`;
    return html`<form part="add-form" novalidate @submit=${this.#addPasskey}>
      <label part="label" for=${inputId}>${s.nameLabel}</label>
      <input part="input" id=${inputId} name="name" autocomplete="off" maxlength="100" />
      <button type="submit" part="add-button" class="primary" ?disabled=${this.busy}>${this.#add.pending ? t.busy : s.addSubmit}</button>
    </form>`;
  }

  #date(date: Date, locale: string): string {
    try {
      return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
    } catch {
      return date.toISOString().slice(0, 10);
    }
  }

  #focus(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  async #addPasskey(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('name') as HTMLInputElement;
    const name = input.value.trim();
    this.#clearNews();
    const outcome = await this.#add.run((store, options) => store.perform('addPasskey', name ? { name } : {}, options));
    if (!outcome?.ok) return;
    input.value = '';
    this.statusKey = 'added';
    await this.#load();
  }

  #openRename(id: string): void {
    this.#clearNews();
    this.confirming = undefined;
    this.renameError = undefined;
    this.renaming = id;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('[part~="rename-form"] input')?.select());
  }

  #closeRename(id: string): void {
    this.renaming = undefined;
    this.renameError = undefined;
    this.#focus(`[part~="item"][data-id="${CSS.escape(id)}"] [part~="rename-button"]`);
  }

  async #saveRename(event: SubmitEvent, id: string): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('name') as HTMLInputElement;
    const name = input.value.trim();
    if (!name) {
      this.renameError = this.t.required;
      input.focus();
      return;
    }
    this.#clearNews();
    const outcome = await this.#rename.run((store, options) => store.perform('renamePasskey', { id, name }, options));
    if (!outcome?.ok) return;
    this.statusKey = 'renamed';
    this.renaming = undefined;
    await this.#load();
    this.#focus(`[part~="item"][data-id="${CSS.escape(id)}"] [part~="rename-button"]`);
  }

  #openConfirm(id: string): void {
    this.#clearNews();
    this.renaming = undefined;
    this.confirming = id;
    // The safe choice first: Enter right away does not delete.
    this.#focus('[part~="confirm"] [part~="cancel-button"]');
  }

  #closeConfirm(id: string): void {
    this.confirming = undefined;
    this.#focus(`[part~="item"][data-id="${CSS.escape(id)}"] [part~="delete-button"]`);
  }

  async #confirmDelete(id: string): Promise<void> {
    if (this.busy) return;
    this.#clearNews();
    const outcome = await this.#delete.run((store, options) => store.perform('deletePasskey', { id }, options));
    if (!outcome?.ok) return;
    this.confirming = undefined;
    this.statusKey = 'deleted';
    await this.#load();
    // The item (and the focused button) is gone: focus goes back to the card's heading.
    this.#focus('[part~="title"]');
  }
}

define('auth-passkeys', AuthPasskeys);

declare global {
  interface HTMLElementTagNameMap {
    'auth-passkeys': AuthPasskeys;
  }
}
