/**
 * auth-elements — everything: the core, and every element registered.
 * For a smaller bundle import single elements (`auth-elements/login`) and `auth-elements/core`.
 * @packageDocumentation
 */
export * from './core/index.js';
export * from './events/index.js';
export { provideAuth, authStoreContext } from './internal/context.js';
export { setAuthStrings, getAuthStrings, en, type AuthStrings } from './internal/strings.js';
// Registration order: the scope first, so it can answer its descendants' context requests.
export { AuthScope } from './elements/auth-scope/auth-scope.js';
export { AuthLogin, type AuthLoginProvider } from './elements/auth-login/auth-login.js';
export { AuthGuard, hasPermission, type AuthGuardState } from './elements/auth-guard/auth-guard.js';
export { AuthLogout } from './elements/auth-logout/auth-logout.js';
export { AuthNotifications, type AuthNotificationsPosition } from './elements/auth-notifications/auth-notifications.js';
export { AuthRegister } from './elements/auth-register/auth-register.js';
export { AuthForgotPassword } from './elements/auth-forgot-password/auth-forgot-password.js';
export { AuthUpdatePassword } from './elements/auth-update-password/auth-update-password.js';
