import { configureAuth, createAuthStore, type AuthErrorEvent } from 'auth-elements';
import { useAuth } from 'auth-elements/vue';
import { shallowRef } from 'vue';
import { authProvider } from '../../example-apps-provider';
import { router } from './router';

/**
 * The recommended way: the store navigates through vue-router. Every element's redirect
 * (after login, logout, a failed guard check, …) becomes `router.push`/`router.replace`,
 * so the page never reloads. `configureAuth` makes it the store every element uses.
 */
export const store = configureAuth(
  createAuthStore({
    authProvider,
    navigate: (to, { replace }) => void (replace ? router.replace(to) : router.push(to)),
  }),
);

/** Reactive auth state for the whole app. */
export const auth = useAuth(store);

/** The last auth-error an element reported, shown in the app's header. */
export const lastError = shallowRef<string>('');

/** The handler views bind with `@auth-error`: the app's own error display (a toast, a log). */
export function reportAuthError(event: AuthErrorEvent): void {
  lastError.value = `${event.detail.action}: ${event.detail.error.message}`;
}
