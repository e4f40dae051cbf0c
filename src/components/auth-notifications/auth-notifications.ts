import { html, svg, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { AuthNotification } from '../../core/types.js';
import { define } from '../../internal/define.js';
import { AuthElement } from '../../internal/auth-element.js';
import { StateSliceController } from '../../internal/store-controller.js';
import { localizeError } from '../../internal/localize-error.js';
import { notificationsStyles } from './auth-notifications.styles.js';
import './en.js';

/** Corner of the viewport the toasts stack in (logical: `start`/`end` follow `dir`). */
export type AuthNotificationsPosition = 'top-start' | 'top-end' | 'bottom-start' | 'bottom-end';

const closeIcon = svg`<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6 6 18"/></svg>`;

/**
 * An optional toast region for the store's error notifications: the errors no form shows —
 * `checkError`, `logout`, a timed-out check, and actions an app calls on the store directly.
 * (The form elements show their own errors inline and keep them out of this list, so nothing
 * is announced twice.) Each one shows the error's name and message as text, with a dismiss
 * button (Escape dismisses the focused one).
 *
 * The region and its live list exist before the first notification, so screen readers
 * announce each new one (once: only additions are relevant, and kept notifications are never
 * re-rendered as new nodes).
 *
 * @summary Dismissible, announced toasts of the store's errors.
 * @tagname auth-notifications
 *
 * @csspart base - The landmark region (also named `region`).
 * @csspart region - Same element as `base`.
 * @csspart list - The live list of notifications.
 * @csspart notification - One notification.
 * @csspart content - Wraps a notification's title and message.
 * @csspart title - The error's name.
 * @csspart message - The error's message.
 * @csspart dismiss - The dismiss button.
 *
 * @cssprop --auth-notifications-offset - Distance from the viewport's edges. Default 1rem.
 * @cssprop --auth-notifications-width - Maximum width of the stack. Default 24rem.
 * @cssprop --auth-notifications-z-index - Stacking order. Default 1000.
 * @cssprop --auth-notification-shadow - Shadow of each notification.
 * @cssprop --auth-color-background - Notification background.
 * @cssprop --auth-color-text - Message text.
 * @cssprop --auth-color-danger - Title and accent border.
 * @cssprop --auth-color-muted - Dismiss icon.
 * @cssprop --auth-color-focus - Focus ring.
 * @cssprop --auth-radius - Corner radius.
 * @cssprop --auth-font-family - Font.
 */
export class AuthNotifications extends AuthElement {
  static override styles = [...AuthElement.styles, notificationsStyles];

  static override properties: PropertyDeclarations = {
    duration: { type: Number },
    position: { reflect: true },
  };

  /** Milliseconds before a notification dismisses itself; `0` (default) keeps it until dismissed. */
  duration = 0;

  /** The viewport corner the notifications stack in. */
  position: AuthNotificationsPosition = 'bottom-end';

  readonly #shown = new StateSliceController(this, this.auth, (state) => state.notifications);

  readonly #timers = new Map<number, ReturnType<typeof setTimeout>>();

  /** The notifications shown now (the store's, oldest first). */
  get notifications(): readonly AuthNotification[] {
    return this.#shown.value ?? [];
  }

  /** Removes one notification from the store. */
  dismiss(id: number): void {
    this.auth.store?.dismiss(id);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncTimers();
  }

  /** One timer per shown notification while `duration` > 0; none for dismissed ones. */
  #syncTimers(): void {
    const shown = new Set(this.notifications.map((n) => n.id));
    for (const [id, timer] of this.#timers) {
      if (!shown.has(id)) {
        clearTimeout(timer);
        this.#timers.delete(id);
      }
    }
    if (!(this.duration > 0) || !this.isConnected) return;
    for (const id of shown) if (!this.#timers.has(id)) this.#schedule(id);
  }

  #schedule(id: number): void {
    this.#timers.set(
      id,
      setTimeout(() => {
        this.#timers.delete(id);
        // Never pull a message away from someone reading it with the pointer or keyboard.
        const item = this.#item(id);
        if (item?.matches(':hover, :focus-within')) this.#schedule(id);
        else this.dismiss(id);
      }, this.duration),
    );
  }

  #item(id: number): HTMLElement | null | undefined {
    return this.renderRoot.querySelector<HTMLElement>(`[part~='notification'][data-id='${id}']`);
  }

  async #onKeydown(event: KeyboardEvent, id: number): Promise<void> {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    const list = this.notifications;
    const index = list.findIndex((n) => n.id === id);
    // Keep keyboard users inside the stack: focus the next (or previous) notification's button.
    const next = list[index + 1] ?? list[index - 1];
    this.dismiss(id);
    await this.updateComplete;
    if (next) this.#item(next.id)?.querySelector<HTMLElement>("[part~='dismiss']")?.focus();
  }

  protected override render(): TemplateResult {
    const t = this.i18n.value;
    return html`<div part="base region" role="region" aria-label=${t.notificationsLabel}>
      <ol part="list" aria-live="assertive" aria-relevant="additions" aria-atomic="false">
        ${repeat(
          this.notifications,
          (n) => n.id,
          (n, _index, shown = localizeError(n.error, t)) => html`<li
            part="notification"
            data-id=${n.id}
            data-action=${n.action}
            @keydown=${(event: KeyboardEvent) => void this.#onKeydown(event, n.id)}
          >
            <div part="content">
              <strong part="title">${shown.name}</strong>
              <p part="message">${shown.message}</p>
            </div>
            <button part="dismiss" type="button" aria-label=${t.dismiss} title=${t.dismiss} @click=${() => this.dismiss(n.id)}>${closeIcon}</button>
          </li>`,
        )}
      </ol>
    </div>`;
  }
}

define('auth-notifications', AuthNotifications);

declare global {
  interface HTMLElementTagNameMap {
    'auth-notifications': AuthNotifications;
  }
}
