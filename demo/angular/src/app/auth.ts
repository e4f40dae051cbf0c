import { computed, inject, Injectable, InjectionToken, signal } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { configureAuth, createAuthStore, type AuthErrorEvent, type AuthState, type AuthStore } from 'auth-elements';
import { authProvider } from './auth-provider';

/** What your authProvider's getIdentity / getUserIdentity resolves. */
export interface Identity {
  email: string;
  name?: string;
}

/** The app's one store, navigating with the Angular router; `configureAuth` makes it the elements' store. */
export const AUTH_STORE = new InjectionToken<AuthStore<Identity>>('AUTH_STORE', {
  providedIn: 'root',
  factory: () => {
    const router = inject(Router);
    return configureAuth(
      createAuthStore<Identity>({
        authProvider,
        navigate: (to, { replace }) => void router.navigateByUrl(to, { replaceUrl: replace }),
      }),
    );
  },
});

/** The store's state as signals. The store loads the identity itself after sign-in. */
@Injectable({ providedIn: 'root' })
export class Auth {
  readonly store = inject(AUTH_STORE);
  readonly state = signal<AuthState<Identity>>(this.store.state);
  readonly signedIn = computed(() => this.state().status === 'authenticated');
  readonly identity = computed(() => this.state().identity);
  /** The last error an element reported (bind `(auth-error)="auth.report($event)"`). */
  readonly lastError = signal('');

  constructor() {
    this.store.subscribe((next) => this.state.set(next));
  }

  report(event: AuthErrorEvent): void {
    this.lastError.set(`${event.detail.action}: ${event.detail.error.message}`);
  }
}

/** Route guard: signed-out users go to /login?to=<where they wanted to go>. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const store = inject(AUTH_STORE);
  const router = inject(Router); // before the await: inject() works only synchronously
  const { ok } = await store.checkAuth();
  return ok || router.createUrlTree([store.loginPath], { queryParams: { [store.returnParam]: state.url } });
};
