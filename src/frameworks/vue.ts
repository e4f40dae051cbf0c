/**
 * auth-elements/vue — Vue 3 helpers and template typings.
 *
 * - {@link useAuth}: the store's state as Vue refs, for a header, a menu or a route guard.
 * - Importing this module (or listing `auth-elements/vue` in tsconfig `types`) teaches
 *   `vue-tsc` every `<auth-*>` element's properties and events, so `strictTemplates` checks
 *   them (see `vue-elements.ts`, generated from custom-elements.json).
 *
 * `vue` is an optional peer dependency: nothing else in the kit imports it.
 * @packageDocumentation
 */
import { computed, getCurrentScope, onScopeDispose, shallowRef, type ComputedRef, type ShallowRef } from 'vue';
import { getDefaultStore } from '../core/store.js';
import type { AuthStore } from '../core/store.js';
import type { AuthAction, AuthError, AuthState, AuthStatus } from '../core/types.js';
import './vue-elements.js';

/** What {@link useAuth} returns; `Identity`/`Permissions` come from the store's type. */
export interface UseAuth<Identity = unknown, Permissions = unknown> {
  /** The store (call its actions: `login`, `logout`, `checkAuth`, `checkError`, …). */
  readonly store: AuthStore<Identity, Permissions>;
  /** The store's whole state, replaced on every change. */
  readonly state: Readonly<ShallowRef<AuthState<Identity, Permissions>>>;
  /** `unknown` | `checking` | `authenticated` | `unauthenticated`. */
  readonly status: ComputedRef<AuthStatus>;
  /** `status === 'authenticated'`. */
  readonly isAuthenticated: ComputedRef<boolean>;
  /** Data from `getIdentity`/`getUserIdentity`, else `null`. The store loads it after sign-in. */
  readonly identity: ComputedRef<Identity | null>;
  /** Data from `getPermissions` (loaded after sign-in when `{ permissions: true }`), else `null`. */
  readonly permissions: ComputedRef<Permissions | null>;
  /** Which actions are running. */
  readonly pending: ComputedRef<AuthState['pending']>;
  /** The last error per action. */
  readonly errors: ComputedRef<Readonly<Partial<Record<AuthAction, AuthError>>>>;
}

/** Options of {@link useAuth}. */
export interface UseAuthOptions {
  /**
   * Keep `permissions` loaded while signed in (`store.keepLoaded('permissions')`): loaded now
   * when signed in and after every sign-in, one provider call however many ask. Default `false`.
   */
  permissions?: boolean;
}

/**
 * Reactive auth state of `store` (default: the store set by `configureAuth`). The store loads
 * `identity` itself when the status becomes `authenticated`; ask for `permissions` with
 * `{ permissions: true }`. Inside a component or effect scope the subscription ends with the
 * scope; elsewhere it lives as long as the store.
 */
export function useAuth<Identity = unknown, Permissions = unknown>(
  store: AuthStore<Identity, Permissions> | undefined = getDefaultStore() as AuthStore<Identity, Permissions> | undefined,
  options: UseAuthOptions = {},
): UseAuth<Identity, Permissions> {
  if (!store) {
    throw new Error('auth-elements: useAuth() needs a store: pass one, or call configureAuth({ authProvider }) first.');
  }
  if (options.permissions) store.keepLoaded('permissions');
  const state = shallowRef(store.state);
  const unsubscribe = store.subscribe((next) => {
    state.value = next;
  });
  if (getCurrentScope()) onScopeDispose(unsubscribe);
  return {
    store,
    state,
    status: computed(() => state.value.status),
    isAuthenticated: computed(() => state.value.status === 'authenticated'),
    identity: computed(() => state.value.identity),
    permissions: computed(() => state.value.permissions),
    pending: computed(() => state.value.pending),
    errors: computed(() => state.value.errors),
  };
}
