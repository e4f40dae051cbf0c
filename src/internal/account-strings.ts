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
  currentPasswordLabel: string;
  newPasswordLabel: string;
  confirmPasswordLabel: string;
  /** The checkbox that ends the account's other sessions along with the change. */
  revokeOtherSessions: string;
  submit: string;
  /** The status message after the change. */
  success: string;
}
/* </auth-change-password> */

/* <auth-change-email> */
/** `<auth-change-email>`. */
export interface ChangeEmailStrings {
  title: string;
  /** Labels the address the account has now (shown when the identity carries one). */
  currentEmailLabel: string;
  newEmailLabel: string;
  submit: string;
  /** The provider mailed a link to confirm the change; `{email}` is the new address. */
  confirmationSent: string;
  /** The change is made; `{email}` is the new address. */
  changed: string;
  /** The new address typed is the current one. */
  sameEmail: string;
}
/* </auth-change-email> */

/* <auth-delete-account> */
/** `<auth-delete-account>`. */
export interface DeleteAccountStrings {
  title: string;
  /** What deleting means, under the title. */
  description: string;
  /** The word the user types to confirm (compared ignoring case and surrounding spaces). */
  confirmWord: string;
  /** Labels the confirmation field; `{word}` is {@link confirmWord}. */
  confirmLabel: string;
  passwordLabel: string;
  submit: string;
  /** The provider mailed a link that finishes the deletion. */
  confirmationSent: string;
  /** The account is deleted (shown while the page moves to the sign-in page). */
  deleted: string;
}
/* </auth-delete-account> */

/* <auth-sessions> */
/** `<auth-sessions>`. */
export interface SessionsStrings {
  title: string;
  description: string;
  /** A device named by its browser and system: `{browser}` and `{os}` are proper nouns ("Chrome", "macOS"). */
  device: string;
  /** A session whose user agent names neither browser nor system. */
  unknownDevice: string;
  /** The mark on the session of this browser. */
  currentDevice: string;
  /** `{time}` is "5 minutes ago" or a date and time. */
  lastActive: string;
  /** When the session began (shown when the provider gives no later activity); `{time}` as above. */
  signedIn: string;
  /** `{ip}` is the address the provider recorded. */
  ipAddress: string;
  /** The button that ends one session. */
  revoke: string;
  /** On a button while its sign-out is under way. */
  revoking: string;
  revokeOthers: string;
  /** Announced after one session was signed out. */
  revoked: string;
  /** Announced after the other sessions were signed out. */
  revokedOthers: string;
  loading: string;
  empty: string;
  /** Loads the list again after a failed load. */
  retry: string;
}
/* </auth-sessions> */

/* <auth-passkeys> */
/** `<auth-passkeys>`. */
export interface PasskeysStrings {
  title: string;
  /** Under the title. */
  description: string;
  /** The list’s accessible name. */
  listLabel: string;
  /** While the list loads. */
  loading: string;
  /** The list when there is none. */
  empty: string;
  /** Shown for a passkey without a name. */
  unnamed: string;
  /** `{date}` is when it was added, worded for the locale. */
  created: string;
  /** The add form’s name field. */
  nameLabel: string;
  /** Adds a passkey (the browser’s ceremony follows). */
  addSubmit: string;
  /** Status after adding. */
  added: string;
  /** Replaces the add form in a browser without WebAuthn. */
  noWebAuthn: string;
  /** Opens the rename form. */
  rename: string;
  /** The rename button’s accessible name; `{name}` is the passkey’s. */
  renameLabel: string;
  /** The rename form’s field. */
  newNameLabel: string;
  /** Saves the new name. */
  save: string;
  /** Leaves the rename form or the delete confirmation. */
  cancel: string;
  /** Status after renaming. */
  renamed: string;
  /** Asks to delete (a confirmation follows). */
  delete: string;
  /** The delete button’s accessible name; `{name}` is the passkey’s. */
  deleteLabel: string;
  /** The confirmation; `{name}` is the passkey’s. */
  deleteConfirm: string;
  /** Confirms the deletion. */
  deleteSubmit: string;
  /** Status after deleting. */
  deleted: string;
}
/* </auth-passkeys> */

/* <auth-two-factor-setup> */
/** `<auth-two-factor-setup>`. */
export interface TwoFactorSetupStrings {
  title: string;
  /** Shown while two-factor authentication is off. */
  offDescription: string;
  /** Shown while it is on. */
  onDescription: string;
  /** Starts turning it on (asks the password first). */
  enable: string;
  /** Starts turning it off (asks the password first). */
  disable: string;
  /** Starts replacing the backup codes (asks the password first). */
  regenerate: string;
  passwordLabel: string;
  /** Above the password field, per purpose. */
  enablePasswordDescription: string;
  disablePasswordDescription: string;
  regeneratePasswordDescription: string;
  /** The password form's submit button. */
  continue: string;
  /** Leaves a step without changing anything. */
  cancel: string;
  /** The scan step: what to do with the QR code, the key and the code field. */
  scanDescription: string;
  /** The QR code's accessible name. */
  qrLabel: string;
  /** When the QR code cannot be drawn: the key still works. */
  qrUnavailable: string;
  /** Above the key written out (the QR code's text alternative). */
  secretLabel: string;
  copySecret: string;
  /** The code field of the scan step. */
  codeLabel: string;
  /** The scan step's submit button. */
  confirm: string;
  /** The backup-codes step. */
  codesDescription: string;
  /** The accessible name of the list of codes. */
  codesLabel: string;
  copyCodes: string;
  download: string;
  /** The first line of the downloaded file. */
  codesFileHeading: string;
  /** Closes the backup-codes step. */
  done: string;
  /** Status after a copy succeeded. */
  copied: string;
  /** Status when the clipboard is unavailable: the text was selected instead. */
  copyUnavailable: string;
  /** Status once it was turned on / off. */
  enabledStatus: string;
  disabledStatus: string;
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
    currentPasswordLabel: 'Current password',
    newPasswordLabel: 'New password',
    confirmPasswordLabel: 'Confirm new password',
    revokeOtherSessions: 'Sign out of other devices',
    submit: 'Change password',
    success: 'Your password has been changed.',
  },
  // </changePassword>
  // <changeEmail>
  changeEmail: {
    title: 'Change e-mail address',
    currentEmailLabel: 'Current address',
    newEmailLabel: 'New e-mail address',
    submit: 'Change e-mail address',
    confirmationSent: 'We sent a confirmation link to {email}. Open it to finish the change.',
    changed: 'Your e-mail address is now {email}.',
    sameEmail: 'This is already your e-mail address.',
  },
  // </changeEmail>
  // <deleteAccount>
  deleteAccount: {
    title: 'Delete account',
    description: 'This permanently deletes your account and everything in it. It cannot be undone.',
    confirmWord: 'DELETE',
    confirmLabel: 'Type {word} to confirm',
    passwordLabel: 'Password',
    submit: 'Delete my account',
    confirmationSent: 'We sent you a link by e-mail. Open it to finish deleting your account.',
    deleted: 'Your account has been deleted.',
  },
  // </deleteAccount>
  // <sessions>
  sessions: {
    title: 'Sessions',
    description: 'Where your account is signed in. Sign out anywhere you don’t recognize.',
    device: '{browser} on {os}',
    unknownDevice: 'Unknown device',
    currentDevice: 'This device',
    lastActive: 'Last active {time}',
    signedIn: 'Signed in {time}',
    ipAddress: 'IP address {ip}',
    revoke: 'Sign out',
    revoking: 'Signing out…',
    revokeOthers: 'Sign out of all other sessions',
    revoked: 'That session is signed out.',
    revokedOthers: 'All other sessions are signed out.',
    loading: 'Loading your sessions…',
    empty: 'No active sessions.',
    retry: 'Try again',
  },
  // </sessions>
  // <passkeys>
  passkeys: {
    title: 'Passkeys',
    description: 'Sign in without a password, with your fingerprint, face or screen lock.',
    listLabel: 'Your passkeys',
    loading: 'Loading your passkeys…',
    empty: 'You have no passkeys yet.',
    unnamed: 'Passkey',
    created: 'Added {date}',
    nameLabel: 'Name of the new passkey',
    addSubmit: 'Add a passkey',
    added: 'Passkey added.',
    noWebAuthn: 'This browser cannot create passkeys. You can still rename or delete the ones you have.',
    rename: 'Rename',
    renameLabel: 'Rename {name}',
    newNameLabel: 'New name',
    save: 'Save',
    cancel: 'Cancel',
    renamed: 'Passkey renamed.',
    delete: 'Delete',
    deleteLabel: 'Delete {name}',
    deleteConfirm: 'Delete “{name}”? You will no longer be able to sign in with it.',
    deleteSubmit: 'Delete passkey',
    deleted: 'Passkey deleted.',
  },
  // </passkeys>
  // <twoFactorSetup>
  twoFactorSetup: {
    title: 'Two-factor authentication',
    offDescription: 'Two-factor authentication is off. Turn it on to be asked for a code from an authenticator app each time you sign in.',
    onDescription: 'Two-factor authentication is on: signing in asks for a code from your authenticator app.',
    enable: 'Turn on',
    disable: 'Turn off',
    regenerate: 'Regenerate backup codes',
    passwordLabel: 'Password',
    enablePasswordDescription: 'Enter your password to turn on two-factor authentication.',
    disablePasswordDescription: 'Enter your password to turn off two-factor authentication.',
    regeneratePasswordDescription: 'Enter your password to create new backup codes. The old ones will stop working.',
    continue: 'Continue',
    cancel: 'Cancel',
    scanDescription: 'Scan the QR code with your authenticator app, or type the key into it. Then enter the code the app shows.',
    qrLabel: 'QR code for your authenticator app',
    qrUnavailable: 'The QR code cannot be shown here. Type the key into your authenticator app instead.',
    secretLabel: 'Key',
    copySecret: 'Copy key',
    codeLabel: 'Code from the app',
    confirm: 'Verify and turn on',
    codesDescription: 'Save these backup codes somewhere safe. Each one signs you in once if you lose your authenticator app. They are shown only now.',
    codesLabel: 'Backup codes',
    copyCodes: 'Copy codes',
    download: 'Download',
    codesFileHeading: 'Backup codes for two-factor authentication. Each code works once.',
    done: 'Done',
    copied: 'Copied.',
    copyUnavailable: 'Copying is not available here. The text is selected: copy it with your keyboard or menu.',
    enabledStatus: 'Two-factor authentication is on.',
    disabledStatus: 'Two-factor authentication is off.',
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
