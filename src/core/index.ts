/**
 * auth-elements/core — framework-free: no Lit, no DOM access at import time. Safe on a server.
 * @packageDocumentation
 */
export { AuthStore, createAuthStore, configureAuth, getDefaultStore, onDefaultStoreChange } from './store.js';
export type { AuthStoreOptions, AuthListener, AuthData, LocationLike } from './store.js';
export { detectDialect } from './dialect.js';
export { toAuthError, DEFAULT_ERRORS, TIMEOUT_ERROR } from './errors.js';
export { safeRedirect, loginRedirect } from './redirect.js';
export { getQueryParams, getQueryParam, removeQueryParams } from './url.js';
export type * from './types.js';
