import type { AuthAction } from '../core/types.js';

/** Detail of {@link AuthSuccessEvent}. Never carries form values (no password can leak). */
export interface AuthSuccessDetail {
  /** The action that succeeded. */
  readonly action: AuthAction;
}

/** Fired when an element's action succeeded, before any navigation. */
export class AuthSuccessEvent extends Event {
  static readonly eventName = 'auth-success';
  readonly detail: AuthSuccessDetail;

  constructor(detail: AuthSuccessDetail) {
    super(AuthSuccessEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ action: detail.action });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'auth-success': AuthSuccessEvent;
  }
}
