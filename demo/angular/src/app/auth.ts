import { inject, Injectable, InjectionToken, signal } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { configureAuth, createAuthStore, type AuthErrorEvent, type AuthState, type AuthStore } from 'auth-elements';
import { authProvider } from '../../../example-apps-provider';

/**
 * The app's auth store. The recommended way: the store navigates with the Angular router, so
 * every element's redirect (after login, logout, a failed guard check, …) is
 * `router.navigateByUrl` and the page never reloads. `configureAuth` makes it the store every
 * element uses.
 */
export const AUTH_STORE = new InjectionToken<AuthStore>('AUTH_STORE', {
  providedIn: 'root',
  factory: () => {
    const router = inject(Router);
    return configureAuth(
      createAuthStore({
        authProvider,
        navigate: (to, { replace }) => void router.navigateByUrl(to, { replaceUrl: replace }),
      }),
    );
  },
});

/** The store's state as signals, plus the app's own error display. */
@Injectable({ providedIn: 'root' })
export class Auth {
  readonly store = inject(AUTH_STORE);
  readonly state = signal<AuthState>(this.store.state);
  /** The last auth-error an element reported. */
  readonly lastError = signal('');

  constructor() {
    this.store.subscribe((next) => this.state.set(next));
  }

  /** The handler pages bind with `(auth-error)`: the app's own error display (a toast, a log). */
  report(event: AuthErrorEvent): void {
    this.lastError.set(`${event.detail.action}: ${event.detail.error.message}`);
  }
}

/**
 * A route guard built on the store, beside the <auth-guard> element: signed-out users go to
 * /login?to=<where they wanted to go>.
 */
export const authGuard: CanActivateFn = async (_route, state) => {
  const store = inject(AUTH_STORE);
  const router = inject(Router);
  const { ok } = await store.checkAuth();
  return ok || router.createUrlTree([store.loginPath], { queryParams: { [store.returnParam]: state.url } });
};
