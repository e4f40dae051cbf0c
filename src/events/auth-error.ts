import type { AuthAction, AuthError } from '../core/types.js';

/** Detail of {@link AuthErrorEvent}. */
export interface AuthErrorDetail {
  /** The action that failed. */
  readonly action: AuthAction;
  /** The provider's error, normalised to plain text. */
  readonly error: Readonly<AuthError>;
}

/**
 * Fired when an element's action failed, so an app can route errors to its own toasts
 * (`localizeError(event.detail.error, getAuthStrings())` gives the words in the page's language).
 */
export class AuthErrorEvent extends Event {
  static readonly eventName = 'auth-error';
  readonly detail: AuthErrorDetail;

  constructor(detail: AuthErrorDetail) {
    super(AuthErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({
      action: detail.action,
      error: Object.freeze({
        name: detail.error.name,
        message: detail.error.message,
        ...(detail.error.code === undefined ? {} : { code: detail.error.code }),
        // What `localizeError` needs to show the kit-made parts in the page's language.
        ...(detail.error.titleCode === undefined ? {} : { titleCode: detail.error.titleCode }),
        ...(detail.error.messageCode === undefined ? {} : { messageCode: detail.error.messageCode }),
        ...(detail.error.values === undefined ? {} : { values: Object.freeze({ ...detail.error.values }) }),
      }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'auth-error': AuthErrorEvent;
  }
}
