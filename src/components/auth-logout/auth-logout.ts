import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AuthStore } from '../../core/store.js';
import { NO_STORE_ERROR } from '../../core/errors.js';
import type { AuthOutcome } from '../../core/types.js';
import { AuthErrorEvent } from '../../events/auth-error.js';
import { AuthRedirectEvent } from '../../events/auth-redirect.js';
import { AuthSuccessEvent } from '../../events/auth-success.js';
// Declaration files drop the value imports above; this one stays, so an app importing this
// element's entry alone still gets the events' GlobalEventHandlersEventMap entries.
import '../../events/index.js';
import { define } from '../../internal/define.js';
import { AuthStoreController } from '../../internal/store-controller.js';
import { StringsController } from '../../internal/strings-controller.js';
import type { AuthStrings } from '../../internal/strings.js';
import { secondaryButtonStyles, tokens } from '../../internal/styles.js';
import { logoutStyles } from './auth-logout.styles.js';

/**
 * A sign-out button. It calls the store's `logout` (with `redirect-path` as `redirectPath`
 * when given), is disabled and `aria-busy` while the logout is pending, and turns the outcome
 * into the same events the forms fire.
 *
 * @summary Sign-out button driven by an authProvider's `logout`.
 * @tagname auth-logout
 *
 * @slot - The button's label (default: "Sign out").
 *
 * @csspart button - The native button.
 *
 * @cssprop --auth-color-surface - Button background.
 * @cssprop --auth-color-text - Button text.
 * @cssprop --auth-color-border - Button border.
 * @cssprop --auth-color-primary - Border and text on hover.
 * @cssprop --auth-color-focus - Focus ring.
 * @cssprop --auth-radius - Corner radius.
 * @cssprop --auth-control-height - Minimum height.
 * @cssprop --auth-font-family - Font.
 *
 * @fires {AuthSuccessEvent} auth-success - After a successful logout, before navigating.
 * @fires {AuthRedirectEvent} auth-redirect - Before navigating after the logout; cancelable.
 * @fires {AuthErrorEvent} auth-error - When the provider's logout fails.
 */
export class AuthLogout extends LitElement {
  static override styles = [tokens, secondaryButtonStyles, logoutStyles];

  /** The store to use instead of the one provided by context or `configureAuth`. */
  @property({ attribute: false }) store?: AuthStore;

  /** Replaces part of the text (merged over the page-wide strings). */
  @property({ attribute: false }) strings?: Partial<AuthStrings>;

  /** Forces the light or dark palette; by default it follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Where to go after logging out; passed to `logout({ redirectPath })`. Default: the provider's answer, else the login page. */
  @property({ attribute: 'redirect-path' }) redirectPath?: string;

  @state() private submitting = false;

  protected readonly auth = new AuthStoreController(this);
  protected readonly i18n = new StringsController(this, () => this.strings);

  /** Whether a logout (from this button or anywhere else on the store) is pending. */
  get busy(): boolean {
    return this.submitting || Boolean(this.auth.state?.pending.logout);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('store')) this.auth.override(this.store);
  }

  /** Logs out, as a click does. Resolves to the store's outcome (`undefined` when busy or without a store). */
  async logout(): Promise<AuthOutcome | undefined> {
    // A second click while pending must not reach the provider (or the store) again.
    if (this.busy) return undefined;
    const store = this.auth.store;
    if (!store) {
      this.dispatchEvent(new AuthErrorEvent({ action: 'logout', error: NO_STORE_ERROR }));
      return undefined;
    }
    this.submitting = true;
    let announced = false;
    // Success is announced before the redirect: a router may remove this element as it navigates.
    const announce = () => {
      if (announced) return;
      announced = true;
      this.dispatchEvent(new AuthSuccessEvent({ action: 'logout' }));
    };
    try {
      const outcome = await store.logout(this.redirectPath ? { redirectPath: this.redirectPath } : {}, {
        beforeRedirect: (intent) => {
          announce();
          return this.dispatchEvent(new AuthRedirectEvent(intent));
        },
      });
      if (outcome.ok) announce();
      else if (outcome.error) this.dispatchEvent(new AuthErrorEvent({ action: 'logout', error: outcome.error }));
      return outcome;
    } finally {
      this.submitting = false;
    }
  }

  protected override render(): TemplateResult {
    const busy = this.busy;
    return html`<button
      part="button"
      class="secondary"
      type="button"
      ?disabled=${busy}
      aria-busy=${busy ? 'true' : 'false'}
      @click=${() => void this.logout()}
    ><slot>${this.i18n.value.logout}</slot></button>`;
  }
}

define('auth-logout', AuthLogout);

declare global {
  interface HTMLElementTagNameMap {
    'auth-logout': AuthLogout;
  }
}
