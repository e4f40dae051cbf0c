import type { AuthAction, AuthError } from '../core/types.js';

/** Detail of {@link AuthErrorEvent}. */
export interface AuthErrorDetail {
  /** The action that failed. */
  readonly action: AuthAction;
  /** The provider's error, normalised to plain text. */
  readonly error: Readonly<AuthError>;
}

/** Fired when an element's action failed, so an app can route errors to its own toasts. */
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
      }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'auth-error': AuthErrorEvent;
  }
}
