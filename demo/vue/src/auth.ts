import { configureAuth, createAuthStore, type AuthErrorEvent } from 'auth-elements'; // registers every element
import { useAuth } from 'auth-elements/vue';
import { shallowRef } from 'vue';
import type { Router } from 'vue-router';
import { authProvider } from './auth-provider';

/** What your authProvider's getIdentity / getUserIdentity resolves. */
export interface Identity {
  email: string;
  name?: string;
}

// Set by src/router.ts. The store must not import the router: the router imports the views,
// the views import this file, and that cycle would break depending on which module loads first.
let router: Router | undefined;

/** Called once by src/router.ts: from then on every redirect is router.push / router.replace. */
export function connectRouter(appRouter: Router): void {
  router = appRouter;
}

/** The app's one store; `configureAuth` makes it the store every element uses. */
export const store = configureAuth(
  createAuthStore<Identity>({
    authProvider,
    navigate: (to, { replace }) => {
      if (!router) return location[replace ? 'replace' : 'assign'](to);
      void (replace ? router.replace(to) : router.push(to));
    },
  }),
);

/** Reactive state: status, isAuthenticated, identity (typed, loaded after sign-in), permissions, pending, errors. */
export const auth = useAuth(store);

/** The last error an element reported (bind `@auth-error="reportAuthError"`); show it as your app shows errors. */
export const lastError = shallowRef('');

export function reportAuthError(event: AuthErrorEvent): void {
  lastError.value = `${event.detail.action}: ${event.detail.error.message}`;
}
