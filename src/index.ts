/**
 * auth-elements — everything: the core, and every element registered.
 * For a smaller bundle import single elements (`auth-elements/login`) and `auth-elements/core`.
 * @packageDocumentation
 */
export * from './core/index.js';
export * from './events/index.js';
export { provideAuth, authStoreContext } from './internal/context.js';
export {
  setAuthStrings,
  getAuthStrings,
  registerAuthLocale,
  unregisterAuthLocale,
  // Complete here: this entry loads every element, and each adds its own English words.
  en,
  type AuthStrings,
  type AuthLocale,
  type AuthStringsOverrides,
  type AuthErrorStrings,
  type AuthErrorText,
} from './internal/strings.js';
export { localizeError } from './internal/localize-error.js';
export type { AccountStrings, AccountStringsOverrides, AccountErrorCode } from './internal/account-strings.js';
// Registration order: the scope first, so it can answer its descendants' context requests.
export { AuthScope } from './components/auth-scope/auth-scope.js';
export { AuthLogin, type AuthLoginProvider } from './components/auth-login/auth-login.js';
export { AuthGuard, hasPermission, type AuthGuardState } from './components/auth-guard/auth-guard.js';
export { AuthLogout } from './components/auth-logout/auth-logout.js';
export { AuthNotifications, type AuthNotificationsPosition } from './components/auth-notifications/auth-notifications.js';
export { AuthRegister } from './components/auth-register/auth-register.js';
export { AuthForgotPassword } from './components/auth-forgot-password/auth-forgot-password.js';
export { AuthUpdatePassword } from './components/auth-update-password/auth-update-password.js';
export { AuthCallback, CALLBACK_PARAMS } from './components/auth-callback/auth-callback.js';
export { AuthTwoFactor } from './components/auth-two-factor/auth-two-factor.js';
export { AuthVerifyEmail, type AuthVerifyEmailView } from './components/auth-verify-email/auth-verify-email.js';
export { AuthChangePassword } from './components/auth-change-password/auth-change-password.js';
export { AuthChangeEmail } from './components/auth-change-email/auth-change-email.js';
export { AuthDeleteAccount } from './components/auth-delete-account/auth-delete-account.js';
export { AuthSessions, type SessionRow } from './components/auth-sessions/auth-sessions.js';
export { AuthTwoFactorSetup, type TwoFactorSetupView, type TwoFactorSetupPurpose } from './components/auth-two-factor-setup/auth-two-factor-setup.js';
export { AuthPasskeys } from './components/auth-passkeys/auth-passkeys.js';
export { AuthAccount } from './components/auth-account/auth-account.js';
