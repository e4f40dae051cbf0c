import { ContextProvider, createContext } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import type { AuthStore } from '../core/store.js';

/** The context key elements use to find their store. */
export const authStoreContext = createContext<AuthStore | undefined>(Symbol.for('auth-elements/store'));

/**
 * Provides `store` to every auth element inside `host` (any element: a Lit element, a Vue or
 * Angular component's root, a plain `<div>`). Returns the provider; call `setValue(next)` on it
 * to swap the store.
 */
export function provideAuth(host: HTMLElement, store: AuthStore): ContextProvider<typeof authStoreContext> {
  return new ContextProvider(host as HTMLElement & ReactiveControllerHost, {
    context: authStoreContext,
    initialValue: store,
  });
}
