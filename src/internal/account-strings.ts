import type { AuthErrorText, AuthStrings } from './strings.js';

/*
 * The account elements' strings. They are a section of their own (`strings.account`) so that
 * the sign-in page never loads them: each element brings the English of its section, the
 * account errors' English comes with the first of them, and every bundled locale carries all
 * sections (a missing key fails the type check).
 */

/** The error codes only the account page shows (its actions' defaults, and what a server answers there). */
export type AccountErrorCode =
  | 'passkey-exists'
  | 'invalid-password'
  | 'no-password'
  | 'session-not-fresh'
  | 'list-passkeys-failed'
  | 'add-passkey-failed'
  | 'rename-passkey-failed'
  | 'delete-passkey-failed'
  | 'change-password-failed'
  | 'change-email-failed'
  | 'list-sessions-failed'
  | 'revoke-session-failed'
  | 'revoke-other-sessions-failed'
  | 'enable-two-factor-failed'
  | 'confirm-two-factor-failed'
  | 'disable-two-factor-failed'
  | 'generate-backup-codes-failed'
  | 'delete-account-failed';

/* <auth-change-password> */
/** `<auth-change-password>`. */
export interface ChangePasswordStrings {
  title: string;
}
/* </auth-change-password> */

/* <auth-change-email> */
/** `<auth-change-email>`. */
export interface ChangeEmailStrings {
  title: string;
}
/* </auth-change-email> */

/* <auth-delete-account> */
/** `<auth-delete-account>`. */
export interface DeleteAccountStrings {
  title: string;
}
/* </auth-delete-account> */

/* <auth-sessions> */
/** `<auth-sessions>`. */
export interface SessionsStrings {
  title: string;
}
/* </auth-sessions> */

/* <auth-passkeys> */
/** `<auth-passkeys>`. */
export interface PasskeysStrings {
  title: string;
}
/* </auth-passkeys> */

/* <auth-two-factor-setup> */
/** `<auth-two-factor-setup>`. */
export interface TwoFactorSetupStrings {
  title: string;
}
/* </auth-two-factor-setup> */

/* <auth-account> */
/** `<auth-account>`. */
export interface AccountPageStrings {
  title: string;
  description: string;
  /** Shown when the provider supports none of the sections. */
  empty: string;
}
/* </auth-account> */

/** Every account element's strings, one section per element. */
export interface AccountStrings {
  /** Errors only the account page shows, by code (merged into `errors` for those elements). */
  errors: Record<AccountErrorCode, AuthErrorText>;
  changePassword: ChangePasswordStrings;
  changeEmail: ChangeEmailStrings;
  deleteAccount: DeleteAccountStrings;
  sessions: SessionsStrings;
  passkeys: PasskeysStrings;
  twoFactorSetup: TwoFactorSetupStrings;
  page: AccountPageStrings;
}

/** Partial account strings, section by section (`errors` entry by entry). */
export type AccountStringsOverrides = {
  [K in keyof AccountStrings]?: K extends 'errors'
    ? { [C in AccountErrorCode]?: Partial<AuthErrorText> }
    : Partial<AccountStrings[K]>;
};

/**
 * English, the default of every account element. It loads with the first account element a
 * page uses, never with the sign-in screens.
 */
export const accountEn: AccountStrings = {
  errors: {
    'passkey-exists': { title: 'Passkey exists', message: 'This device already holds a passkey for your account.' },
    'invalid-password': { title: 'Wrong password', message: 'This password is not correct.' },
    'no-password': { title: 'No password', message: 'This account has no password: it signs in another way.' },
    'session-not-fresh': { title: 'Sign in again', message: 'For your security, sign in again, then try once more.' },
    'list-passkeys-failed': { title: 'Passkeys error', message: 'Could not load your passkeys.' },
    'add-passkey-failed': { title: 'Passkey error', message: 'Could not add the passkey.' },
    'rename-passkey-failed': { title: 'Passkey error', message: 'Could not rename the passkey.' },
    'delete-passkey-failed': { title: 'Passkey error', message: 'Could not delete the passkey.' },
    'change-password-failed': { title: 'Password error', message: 'Could not change the password.' },
    'change-email-failed': { title: 'E-mail error', message: 'Could not change the e-mail address.' },
    'list-sessions-failed': { title: 'Sessions error', message: 'Could not load your sessions.' },
    'revoke-session-failed': { title: 'Sessions error', message: 'Could not sign out that session.' },
    'revoke-other-sessions-failed': { title: 'Sessions error', message: 'Could not sign out the other sessions.' },
    'enable-two-factor-failed': { title: 'Two-factor error', message: 'Could not turn on two-factor authentication.' },
    'confirm-two-factor-failed': { title: 'Verification error', message: 'The code could not be verified.' },
    'disable-two-factor-failed': { title: 'Two-factor error', message: 'Could not turn off two-factor authentication.' },
    'generate-backup-codes-failed': { title: 'Backup codes error', message: 'Could not create backup codes.' },
    'delete-account-failed': { title: 'Account error', message: 'Could not delete the account.' },
  },
  // <changePassword>
  changePassword: {
    title: 'Change password',
  },
  // </changePassword>
  // <changeEmail>
  changeEmail: {
    title: 'Change e-mail address',
  },
  // </changeEmail>
  // <deleteAccount>
  deleteAccount: {
    title: 'Delete account',
  },
  // </deleteAccount>
  // <sessions>
  sessions: {
    title: 'Sessions',
  },
  // </sessions>
  // <passkeys>
  passkeys: {
    title: 'Passkeys',
  },
  // </passkeys>
  // <twoFactorSetup>
  twoFactorSetup: {
    title: 'Two-factor authentication',
  },
  // </twoFactorSetup>
  // <page>
  page: {
    title: 'Account security',
    description: 'Manage how you sign in and where you are signed in.',
    empty: 'There is nothing to manage for this account.',
  },
  // </page>
};

/**
 * An account element's strings: `t` with the account errors merged into `errors` (so every
 * error helper finds their words), and the element's own section over its English.
 */
export function accountStrings<K extends Exclude<keyof AccountStrings, 'errors'>>(
  t: AuthStrings,
  section: K,
): { t: AuthStrings; s: AccountStrings[K] } {
  const errors = { ...accountEn.errors, ...t.account?.errors, ...t.errors };
  return { t: { ...t, errors }, s: { ...accountEn[section], ...t.account?.[section] } };
}
