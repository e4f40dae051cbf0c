/**
 * auth-elements/core — framework-free: no Lit, no DOM access at import time. Safe on a server.
 * @packageDocumentation
 */
export { AuthStore, createAuthStore, configureAuth, getDefaultStore, onDefaultStoreChange } from './store.js';
export type { AuthStoreOptions, AuthListener, AuthData, LocationLike } from './store.js';
export { detectDialect } from './dialect.js';
export { toAuthError, DEFAULT_ERRORS, TIMEOUT_ERROR, NO_STORE_ERROR, AUTH_ERROR_CODES, ACTION_ERROR_CODES, isAuthErrorCode, type AuthErrorCode } from './errors.js';
export { safeRedirect, loginRedirect } from './redirect.js';
export { OFFLINE_ERROR, defaultChannelName } from './session-sync.js';
export type { SessionSyncOptions } from './session-sync.js';
export { getQueryParams, getQueryParam, removeQueryParams } from './url.js';
export type * from './types.js';
