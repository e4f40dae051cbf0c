import type { AuthAction } from '../core/types.js';

/** Detail of {@link AuthRedirectEvent}. */
export interface AuthRedirectDetail {
  /** Same-origin path (with search and hash) that passed the kit's validator. */
  readonly to: string;
  /** The action that wants to navigate. */
  readonly action: AuthAction;
  /** `true` when the kit would replace the current history entry instead of pushing. */
  readonly replace: boolean;
}

/**
 * Fired before the kit navigates. Cancel it (`event.preventDefault()`) to navigate yourself,
 * for example with your framework's router; if nobody cancels it, the store navigates.
 */
export class AuthRedirectEvent extends Event {
  static readonly eventName = 'auth-redirect';
  readonly detail: AuthRedirectDetail;

  constructor(detail: AuthRedirectDetail) {
    super(AuthRedirectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = Object.freeze({ to: detail.to, action: detail.action, replace: detail.replace });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'auth-redirect': AuthRedirectEvent;
  }
}
