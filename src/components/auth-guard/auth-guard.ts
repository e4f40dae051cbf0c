import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { AuthState, AuthStatus } from '../../core/types.js';
import { AuthRedirectEvent } from '../../events/auth-redirect.js';
// Declaration files drop the value imports above; this one stays, so an app importing this
// element's entry alone still gets the events' GlobalEventHandlersEventMap entries.
import '../../events/auth-redirect.js';
import { define } from '../../internal/define.js';
import { AuthElement } from '../../internal/auth-element.js';
import { StateSliceController } from '../../internal/store-controller.js';
import { AuthTask, TaskStatus } from '../../internal/task.js';
import { guardStyles } from './auth-guard.styles.js';
import './en.js';

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

  static override properties: PropertyDeclarations = {
    noRedirect: { type: Boolean, attribute: 'no-redirect' },
    permission: {},
    current: { state: true },
  };

  /** Never navigate after a failed check: only show the fallback. */
  noRedirect = false;

  /** A permission `getPermissions` must grant, in addition to being authenticated. */
  permission?: string;

  private current: AuthGuardState = 'checking';

  /** Read-only, reflected to the `state` attribute: `checking`, `allowed` or `denied`. */
  get state(): AuthGuardState {
    return this.current;
  }

  /** The check: latest call wins, an answer to an older one (or after disconnecting) is dropped. */
  readonly #check = new AuthTask<AuthGuardState>(this, {
    task: (signal) => this.#verdict(signal),
    onComplete: (verdict) => (verdict === 'allowed' ? this.#open() : this.#close(verdict)),
    onError: () => this.#close('denied'),
  });

  /** A check is due at the next update (after a `.store` given with the element is applied). */
  #due = false;
  /** Nodes stamped from `<template>` children, removed again when access is lost. */
  #stamped: Node[] = [];

  constructor() {
    super();
    new StateSliceController(
      this,
      this.auth,
      (state) => ({ status: state.status, session: state.session }),
      (now, before, store) => this.#follow(now, before, store.state),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // "Checks on connect", also when the element is moved or re-attached.
    this.#recheck();
  }

  /**
   * What the guard does when the status or the session changes. Not every store change: the
   * store publishes many (pending flags, notifications, identity) and a check itself moves the
   * status, so reacting to everything would loop.
   */
  #follow(now: { status: AuthStatus; session: number }, before: { status: AuthStatus; session: number } | undefined, state: AuthState): void {
    const checking = this.#check.status === TaskStatus.PENDING;
    // A new store: an answer from another store says nothing about this one.
    if (!before) return this.#recheck('checking');
    if (now.status === 'unauthenticated') {
      if (now.status === before.status && now.session === before.session) return;
      // Close at once, before any re-check answers. A logout or an account deletion navigates by
      // itself (and a guard redirect would override its target), and a check of ours in flight
      // will tell; else the session ended some other way (another caller's check): re-check,
      // and maybe redirect.
      this.#close('denied');
      if (!state.pending.logout && !state.pending.deleteAccount && !checking) this.#recheck();
      return;
    }
    // Signed in (again, maybe as someone else) or registered: what the guard allowed was for
    // the old session. Close and ask again, permission included; the newest check wins.
    if (now.session !== before.session) return this.#recheck('checking');
    // `checking`, and moves caused by a check in flight, need no new check: its answer will tell.
    if (now.status === before.status || now.status === 'checking' || checking) return;
    this.#recheck(now.status === 'unknown' ? 'checking' : undefined);
  }

  /** Asks again at the next update, first closing to `close` when given. */
  #recheck(close?: Exclude<AuthGuardState, 'allowed'>): void {
    if (close) this.#close(close);
    this.#due = true;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A different requirement: the earlier answer no longer applies.
    if (changed.has('permission') && this.hasUpdated) this.#recheck('checking');
    if (this.#due && this.isConnected) {
      this.#due = false;
      if (this.current === 'denied') this.current = 'checking';
      void this.#check.run();
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

  /** One check: authenticated (the store redirects on failure unless `no-redirect`), then the permission. */
  async #verdict(signal: AbortSignal): Promise<AuthGuardState> {
    const store = this.auth.store;
    // Stay closed until a store appears (configureAuth or context will trigger a check).
    if (!store) return 'checking';
    const outcome = await store.checkAuth(
      {},
      {
        redirect: !this.noRedirect,
        // A superseded check must not navigate: the newer one decides.
        beforeRedirect: (intent) => !signal.aborted && this.dispatchEvent(new AuthRedirectEvent(intent)),
      },
    );
    if (!outcome.ok) return 'denied';
    const permission = this.permission;
    if (!permission || signal.aborted) return 'allowed';
    const permissions = await store.getPermissions();
    // No redirect for a missing permission: the user is signed in, just not allowed here.
    return permissions.ok && hasPermission(permissions.data, permission) ? 'allowed' : 'denied';
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
