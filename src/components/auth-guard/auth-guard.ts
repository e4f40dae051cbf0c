import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AuthStore } from '../../core/store.js';
import type { AuthState, AuthStatus } from '../../core/types.js';
import { AuthRedirectEvent } from '../../events/auth-redirect.js';
// Declaration files drop the value imports above; this one stays, so an app importing this
// element's entry alone still gets the events' GlobalEventHandlersEventMap entries.
import '../../events/auth-redirect.js';
import { define } from '../../internal/define.js';
import { AuthElement } from '../../internal/auth-element.js';
import { StateSliceController } from '../../internal/store-controller.js';
import { guardStyles } from './auth-guard.styles.js';

/** Where a guard stands: still asking, showing its content, or refusing to. */
export type AuthGuardState = 'checking' | 'allowed' | 'denied';

/**
 * Whether `permissions` (whatever `getPermissions` resolved) grant `permission`: an array that
 * includes it, the same string, or an object whose own key of that name is truthy.
 */
export function hasPermission(permissions: unknown, permission: string): boolean {
  if (Array.isArray(permissions)) return permissions.includes(permission);
  if (typeof permissions === 'string') return permissions === permission;
  if (permissions !== null && typeof permissions === 'object') {
    // Own keys only: `permission="constructor"` must not be granted by Object.prototype.
    return Object.prototype.hasOwnProperty.call(permissions, permission) && Boolean((permissions as Record<string, unknown>)[permission]);
  }
  return false;
}

/**
 * Shows its content only to an authenticated user (and, optionally, one with a permission).
 * It fails closed: until the store's `checkAuth` succeeds, only the `fallback` slot is
 * rendered. Put content in a `<template>` child to keep it from even being instantiated
 * before that: on success the guard stamps the template's content after it, and removes it
 * again when access is lost (a logout, for instance).
 *
 * On a failed check the store redirects to the login page with `?to=<current path+search>`
 * (or the provider's `redirectPath`), announced first as a cancelable `auth-redirect` event.
 * Many guards on one page share one provider call.
 *
 * ```html
 * <auth-guard permission="admin">
 *   <template><admin-dashboard></admin-dashboard></template>
 *   <p slot="fallback">Loading…</p>
 * </auth-guard>
 * ```
 *
 * @summary Fail-closed gate around protected content.
 * @tagname auth-guard
 *
 * @slot - The protected content; rendered only once access is allowed. Prefer a `<template>` child.
 * @slot fallback - Shown while checking and when access is denied (default: a short text).
 *
 * @csspart base - Wraps whichever slot is rendered (`display: contents`).
 * @csspart fallback - Wraps the fallback slot; a polite live region.
 * @csspart message - The default fallback text.
 * @csspart spinner - The progress indicator beside the default text while checking.
 *
 * @cssprop --auth-color-surface - Background of the default "checking" text.
 * @cssprop --auth-color-muted - Color of the default "checking" text.
 * @cssprop --auth-color-primary - The spinner.
 * @cssprop --auth-color-danger - Color of the default "denied" text.
 * @cssprop --auth-color-danger-background - Background of the default "denied" text.
 * @cssprop --auth-color-border - Border of the default text.
 * @cssprop --auth-radius - Corner radius of the default text.
 * @cssprop --auth-font-family - Font.
 *
 * @fires {AuthRedirectEvent} auth-redirect - Before navigating to the login page after a failed check; cancelable.
 */
export class AuthGuard extends AuthElement {
  static override styles = [...AuthElement.styles, guardStyles];

  /** Never navigate after a failed check: only show the fallback. */
  @property({ type: Boolean, attribute: 'no-redirect' }) noRedirect = false;

  /** A permission `getPermissions` must grant, in addition to being authenticated. */
  @property() permission?: string;

  @state() private current: AuthGuardState = 'checking';

  /** Read-only, reflected to the `state` attribute: `checking`, `allowed` or `denied`. */
  get state(): AuthGuardState {
    return this.current;
  }

  constructor() {
    super();
    new StateSliceController(this, this.auth, (state) => state, (state, _previous, store) => this.#onStoreChange(state, store));
  }

  #seenStore?: AuthStore;
  #seenStatus?: AuthStatus;
  #needsCheck = false;
  #inFlight = false;
  // Bumped by every check and by disconnecting: a late answer to an older call is dropped.
  #call = 0;
  /** Nodes stamped from `<template>` children, removed again when access is lost. */
  #stamped: Node[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    // "Checks on connect", also when the element is moved or re-attached.
    this.#needsCheck = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#call += 1;
    this.#inFlight = false;
  }

  /**
   * Status transitions, not every state change, trigger a check: the store publishes many
   * changes (pending flags, notifications, identity) and a check itself moves the status, so
   * reacting to everything would loop.
   */
  #onStoreChange(state: AuthState, store: AuthStore): void {
    const previous = this.#seenStatus;
    const storeChanged = store !== this.#seenStore;
    this.#seenStore = store;
    this.#seenStatus = state.status;
    if (storeChanged) {
      // An answer from another store says nothing about this one.
      this.#close('checking');
      this.#needsCheck = true;
      return;
    }
    if (state.status === previous) return;
    if (state.status === 'unauthenticated') {
      // Close at once, before any re-check answers. A logout navigates by itself (and a guard
      // redirect would override its target), so only re-check — and maybe redirect — when the
      // session ended some other way, e.g. another caller's failed check.
      this.#close('denied');
      if (!state.pending.logout && !this.#inFlight) this.#needsCheck = true;
      return;
    }
    // `checking` and transitions caused by our own pending check need no new check: that
    // check's answer will tell (the store re-asks by itself if the session changed meanwhile).
    if (state.status === 'checking' || this.#inFlight) return;
    if (state.status === 'unknown') this.#close('checking');
    this.#needsCheck = true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('permission') && this.hasUpdated) {
      // A different requirement: the earlier answer no longer applies.
      this.#close('checking');
      this.#needsCheck = true;
    }
    if (this.#needsCheck && this.isConnected) {
      this.#needsCheck = false;
      void this.#check();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('current' as keyof AuthGuard)) {
      this.setAttribute('state', this.current);
      if (this.current === 'checking') this.setAttribute('aria-busy', 'true');
      else this.removeAttribute('aria-busy');
    }
  }

  async #check(): Promise<void> {
    const store = this.auth.store;
    const call = ++this.#call;
    if (!store) {
      // Stay closed until a store appears (configureAuth or context will trigger a check).
      this.#close('checking');
      return;
    }
    this.#inFlight = true;
    if (this.current === 'denied') this.current = 'checking';
    try {
      const outcome = await store.checkAuth(
        {},
        {
          redirect: !this.noRedirect,
          beforeRedirect: (intent) => this.dispatchEvent(new AuthRedirectEvent(intent)),
        },
      );
      if (call !== this.#call) return;
      if (!outcome.ok) return this.#close('denied');
      const permission = this.permission;
      if (permission) {
        const permissions = await store.getPermissions();
        if (call !== this.#call) return;
        // No redirect for a missing permission: the user is signed in, just not allowed here.
        if (!permissions.ok || !hasPermission(permissions.data, permission)) return this.#close('denied');
      }
      this.#open();
    } finally {
      if (call === this.#call) this.#inFlight = false;
    }
  }

  #open(): void {
    this.current = 'allowed';
    if (this.#stamped.length) return;
    for (const template of Array.from(this.children)) {
      if (!(template instanceof HTMLTemplateElement)) continue;
      // importNode (not cloneNode) so custom elements inside are upgraded in this document.
      const fragment = document.importNode(template.content, true);
      this.#stamped.push(...Array.from(fragment.childNodes));
      template.after(fragment);
    }
  }

  #close(next: Exclude<AuthGuardState, 'allowed'>): void {
    this.current = next;
    for (const node of this.#stamped) node.parentNode?.removeChild(node);
    this.#stamped = [];
  }

  protected override render(): TemplateResult {
    if (this.current === 'allowed') return html`<div part="base"><slot></slot></div>`;
    const t = this.i18n.value;
    const checking = this.current === 'checking';
    // The default slot is not rendered at all, so the light-DOM content is never assigned:
    // it is neither displayed nor exposed to assistive technology.
    return html`<div part="base">
      <div part="fallback" role="status">
        <slot name="fallback">
          <p part="message">${checking ? html`<span part="spinner" aria-hidden="true"></span>` : nothing}${checking ? t.checking : t.denied}</p>
        </slot>
      </div>
    </div>`;
  }
}

define('auth-guard', AuthGuard);

declare global {
  interface HTMLElementTagNameMap {
    'auth-guard': AuthGuard;
  }
}
