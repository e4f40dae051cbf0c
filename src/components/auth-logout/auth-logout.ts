import { html, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { AuthOutcome } from '../../core/types.js';
// Declaration files drop value imports; this one stays, so an app importing this element's
// entry alone still gets the events' GlobalEventHandlersEventMap entries.
import '../../events/index.js';
import { AuthActionController } from '../../internal/action-controller.js';
import { AuthElement } from '../../internal/auth-element.js';
import { define } from '../../internal/define.js';
import { secondaryButtonStyles } from '../../internal/styles.js';
import { logoutStyles } from './auth-logout.styles.js';
import './en.js';

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
export class AuthLogout extends AuthElement {
  static override styles = [...AuthElement.styles, secondaryButtonStyles, logoutStyles];

  static override properties: PropertyDeclarations = {
    redirectPath: { attribute: 'redirect-path' },
  };

  /** Where to go after logging out; passed to `logout({ redirectPath })`. Default: the provider's answer, else the login page. */
  redirectPath?: string;

  // No error region here: a failed logout also becomes a store notification.
  readonly #runner = new AuthActionController(this, { auth: this.auth, action: 'logout', notify: true });

  /** Whether a logout (from this button or anywhere else on the store) is pending. */
  get busy(): boolean {
    return this.#runner.pending;
  }

  /** Logs out, as a click does. Resolves to the store's outcome (`undefined` when busy or without a store). */
  logout(): Promise<AuthOutcome | undefined> {
    return this.#runner.run((store, options) => store.logout(this.redirectPath ? { redirectPath: this.redirectPath } : {}, options));
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
    ><slot>${this.t.logout}</slot></button>`;
  }
}

define('auth-logout', AuthLogout);

declare global {
  interface HTMLElementTagNameMap {
    'auth-logout': AuthLogout;
  }
}
