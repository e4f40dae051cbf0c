import { DEFAULT_ERRORS, TIMEOUT_ERROR, type AuthErrorCode } from '../core/errors.js';
import type { AccountStrings, AccountStringsOverrides } from './account-strings.js';

/** What an element shows for one error code: a title and a message. */
export interface AuthErrorText {
  title: string;
  /** `{min}`, `{max}` and similar placeholders are filled from the error's `values`. */
  message: string;
}

/**
 * The title and message for every error code (see `AUTH_ERROR_CODES`). `rate-limited` also has
 * the message used when the server said how long to wait.
 */
export type AuthErrorStrings = Record<AuthErrorCode, AuthErrorText> & {
  'rate-limited': AuthErrorText & {
    /** `{seconds}` is the wait, already worded with its unit ("7 seconds"). */
    messageWithDelay: string;
  };
};

/**
 * All text the elements show. Replace any part of it page-wide with `setAuthStrings` (for
 * example with a bundled locale) or per element with its `strings` property. `{name}` style
 * placeholders are filled in by the element. English (`en`) has the words of the elements a page
 * loads (each brings its own) and the shared ones; every bundled locale has them all.
 */
export interface AuthStrings {
  /** The BCP 47 tag of these strings (`fr`, `pt-BR`); numbers and units in messages are worded for it. */
  locale: string;
  /** Errors by code: what an element shows for the kit's and the adapters' errors. */
  errors: AuthErrorStrings;
  /**
   * The account elements' strings (`<auth-change-password>`, `<auth-sessions>`…). Their English
   * is loaded with those elements, so it is absent here; every bundled locale has them all.
   */
  account?: AccountStrings;

  loginTitle: string;
  emailLabel: string;
  usernameLabel: string;
  passwordLabel: string;
  rememberMe: string;
  forgotPasswordLink: string;
  loginSubmit: string;
  /** `{provider}` is the provider's label. */
  providerSubmit: string;
  providersLabel: string;
  dividerText: string;
  noAccountPrompt: string;
  registerLink: string;

  registerTitle: string;
  confirmPasswordLabel: string;
  registerSubmit: string;
  haveAccountPrompt: string;
  loginLink: string;
  passwordMismatch: string;

  forgotTitle: string;
  forgotDescription: string;
  forgotSubmit: string;
  forgotSent: string;
  backToLogin: string;
  /** Shows the forgot-password form again after a link was sent. */
  sendAgain: string;

  updateTitle: string;
  newPasswordLabel: string;
  updateSubmit: string;
  updateSuccess: string;
  invalidLinkTitle: string;
  invalidLinkMessage: string;
  requestNewLink: string;

  showPassword: string;
  hidePassword: string;
  required: string;
  invalidEmail: string;
  /** `{min}` is the minimum length. */
  tooShort: string;
  busy: string;

  logout: string;
  notificationsLabel: string;
  dismiss: string;
  checking: string;
  denied: string;

  /** `<auth-callback>` while the provider completes the sign-in. */
  callbackWorking: string;
  /** `<auth-callback>`'s heading above an error. */
  callbackErrorTitle: string;

  // <auth-two-factor>
  twoFactorTitle: string;
  /** `{length}` is the number of digits. */
  twoFactorTotpDescription: string;
  /** `{length}` is the number of digits. */
  twoFactorOtpDescription: string;
  twoFactorBackupDescription: string;
  twoFactorCodeLabel: string;
  twoFactorBackupCodeLabel: string;
  twoFactorSubmit: string;
  /** The "trust this device" checkbox (`trust-device`). */
  twoFactorTrustDevice: string;
  twoFactorUseTotp: string;
  /** Switches to a code by e-mail (and sends one). */
  twoFactorUseOtp: string;
  twoFactorUseBackupCode: string;
  twoFactorMethodsLabel: string;
  twoFactorResend: string;
  /** `{seconds}` is the whole seconds left before the button works again. */
  twoFactorResendIn: string;
  twoFactorCodeSent: string;
  /** `{length}` is the number of digits. */
  twoFactorCodeIncomplete: string;
  twoFactorBackupCodeInvalid: string;

  // <auth-login> beyond passwords: sign-in codes and links by e-mail.
  /** The button that e-mails a one-time sign-in code. */
  loginCodeButton: string;
  /** The button that e-mails a sign-in link. */
  magicLinkButton: string;
  /** Heading of the step that asks for the e-mailed code. */
  loginCodeTitle: string;
  /** `{email}` is the address typed. The same words whether or not it has an account. */
  loginCodeSent: string;
  loginCodeLabel: string;
  /** `{length}` is the number of digits. */
  loginCodeIncomplete: string;
  /** Heading after a sign-in link was asked for. */
  magicLinkTitle: string;
  /** `{email}` is the address typed. The same words whether or not it has an account. */
  magicLinkSent: string;
  /** The "send again" button while it waits; `{seconds}` is the number of seconds left. */
  loginResendIn: string;

  // <auth-login> passkeys
  /** The button that signs in with a passkey (the browser's passkey dialog). */
  passkeyButton: string;

  /* <auth-verify-email> */
  /** While the verification link is being checked. */
  verifyingTitle: string;
  verifiedTitle: string;
  verifiedMessage: string;
  /** The link after a confirmed address. */
  verifyContinue: string;
  verifyExpiredTitle: string;
  /** The form without a usable link (none, or no `verifyEmail` in the provider). */
  verifyRequestTitle: string;
  verifyRequestDescription: string;
  verifySendSubmit: string;
  verifyInboxTitle: string;
  /** `{email}` is the address the link went to (shown as text). */
  verifyInboxMessage: string;
  /** The same, when the provider did not say which address. */
  verifyInboxMessageNoEmail: string;
  /** After "send again": the same words whether or not an account waits for that address. */
  verifyResent: string;
  /** The "send again" button while it cools down; `{seconds}` is the wait in whole seconds. */
  verifyResendIn: string;
  /** Leaves the check-your-inbox step (back to the sign-up or sign-in form). */
  verifyBack: string;
  /** Asks the provider again after a failure that was not the link's fault (network, timeout). */
  verifyRetry: string;
}

/** A complete bundled locale: every element's strings, the account elements' included. */
export type AuthLocale = AuthStrings & { account: AccountStrings };

/*
 * English comes in parts: the words below (the locale tag, every error, the form base's and the
 * words several elements share), and each element's own words, in an `en.ts` beside it that its
 * module imports. That file hands them to `addEnglish` when the module is evaluated, so before
 * any of its elements renders, and a page carries the English of the elements it loads only.
 * Every bundled locale still has every word (`AuthLocale`).
 */
const shared = {
  locale: 'en',
  // Every code, on every page: `<auth-login>` shows whichever kit code `?auth_error=` carries
  // (it reads `en.errors[code]` when it connects), and a provider may reject any action with any
  // kit code to get the kit's words. Only the account codes live apart (account-strings.ts).
  errors: {
    unsupported: { title: 'Not available', message: 'This is not available with the current sign-in service.' },
    'no-store': { title: 'Configuration Error', message: 'Sign-in is not set up on this page yet.' },
    offline: { title: 'You are offline', message: 'Check your internet connection, then try again.' },
    network: { title: 'Connection problem', message: 'Could not reach the server. Check your connection and try again.' },
    'server-error': { title: 'Server error', message: 'The server ran into a problem. Please try again later.' },
    'rate-limited': {
      title: 'Too many attempts',
      message: 'Too many attempts. Wait a moment, then try again.',
      messageWithDelay: 'Too many attempts. Try again in {seconds}.',
    },
    'invalid-credentials': { title: 'Sign-in failed', message: 'The e-mail address or password is incorrect.' },
    'user-exists': { title: 'Registration failed', message: 'An account with this e-mail address already exists. Sign in, or use another address.' },
    'weak-password': { title: 'Password too weak', message: 'This password is too easy to guess. Choose another one.' },
    'password-too-short': { title: 'Password too short', message: 'This password is too short: use at least {min} characters.' },
    'password-too-long': { title: 'Password too long', message: 'This password is too long: use at most {max} characters.' },
    'password-required': { title: 'Password missing', message: 'Enter a password.' },
    'invalid-email': { title: 'Invalid e-mail address', message: 'Enter a valid e-mail address.' },
    'invalid-input': { title: 'Invalid input', message: 'Some fields are missing or invalid.' },
    'invalid-token': { title: 'Invalid link', message: 'This password reset link is invalid or has expired. Ask for a new one.' },
    'invalid-code': { title: 'Invalid code', message: 'This code is wrong or has expired. Check it, or ask for a new one.' },
    'email-not-verified': { title: 'E-mail not confirmed', message: 'Confirm your e-mail address first: follow the link in the e-mail we sent you.' },
    'session-expired': { title: 'Session expired', message: 'Your session has expired. Please sign in again.' },
    'untrusted-origin': { title: 'Request refused', message: 'The server refused a request from this page (its origin is not trusted).' },
    'invalid-backup-code': { title: 'Invalid backup code', message: 'This backup code is wrong or was already used.' },
    'code-expired': { title: 'Code expired', message: 'This code has expired. Ask for a new one.' },
    'too-many-attempts': { title: 'Too many attempts', message: 'Too many wrong codes. Ask for a new code, or sign in again.' },
    'account-locked': { title: 'Account locked', message: 'This account is locked. Try again later or contact support.' },
    'two-factor-expired': { title: 'Sign-in expired', message: 'The second step took too long. Please sign in again.' },
    'method-unavailable': { title: 'Method not available', message: 'This verification method is not available for this account.' },
    'link-expired': { title: 'Link expired', message: 'This link has expired or was already used. Ask for a new one.' },
    'passkey-cancelled': { title: 'Passkey cancelled', message: 'The passkey request was cancelled.' },
    'passkey-unavailable': { title: 'Passkeys unavailable', message: 'Passkeys cannot be used in this browser or on this address.' },
    'passkey-failed': { title: 'Passkey error', message: 'The passkey could not be used. Try again.' },
    'passkey-not-found': { title: 'Passkey not found', message: 'This passkey is not registered (it may have been removed). Sign in another way.' },
    'access-denied': { title: 'Sign-in cancelled', message: 'Sign-in was cancelled or refused at the identity provider.' },
    'invalid-state': { title: 'Sign-in link invalid', message: 'This sign-in link is invalid, was already used, or was started in another tab. Please sign in again.' },
    'sign-in-failed': { title: 'Sign-in failed', message: 'The sign-in could not be completed. Please try again.' },
  } as AuthErrorStrings,

  // The form base's words (fields, validation, the busy label), and those of several elements.
  emailLabel: 'Email',
  passwordLabel: 'Password',
  showPassword: 'Show password',
  hidePassword: 'Hide password',
  required: 'Please fill in this field.',
  invalidEmail: 'Please enter a valid email address.',
  tooShort: 'Use at least {min} characters.',
  busy: 'Please wait…',
  backToLogin: 'Back to sign in',
  sendAgain: 'Send again',
  loginLink: 'Sign in',
} satisfies Partial<AuthStrings>;

// The actions' default errors, and the timeout, are the core's words (refine's) in English:
// made from them, not written twice. The first action of a code gives it (`login` before
// `handleCallback`, which shares `login-failed`).
for (const { name, message, code } of [...Object.values(DEFAULT_ERRORS), TIMEOUT_ERROR]) {
  (shared.errors as Record<string, AuthErrorText>)[code!] ??= { title: name, message };
}

/** The keys English has before any element adds its own words. */
export type SharedEnglishKey = keyof typeof shared;

/**
 * English, the default: every error and the shared words, plus the words of each element loaded
 * so far (see {@link addEnglish}). From the main entry, which loads every element, it is complete.
 */
export const en = shared as AuthStrings;

/** The words an element adds to English: top-level keys only (errors and account have their own homes). */
export type EnglishWords = Partial<Omit<AuthStrings, 'locale' | 'errors' | 'account'>>;

/**
 * Adds an element's own English words to {@link en}; an element's `en.ts` calls it when its
 * module is evaluated, before any of its elements renders. Words several elements show are
 * added by each, with the same text.
 */
export function addEnglish(words: EnglishWords): void {
  Object.assign(en, words);
}

/**
 * A partial set of strings, as `setAuthStrings` and an element's `strings` property take it:
 * any top-level key, and any error entry (or part of one).
 */
export type AuthStringsOverrides = Partial<Omit<AuthStrings, 'errors' | 'account'>> & {
  errors?: { [C in keyof AuthErrorStrings]?: Partial<AuthErrorStrings[C]> };
  account?: AccountStringsOverrides;
};

/** Merges two levels deep: `{ a: { x } }` over `{ a: { y } }` keeps both `x` and `y`. */
function mergeSections(base: object | undefined, override: object): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    const was = result[key];
    result[key] = value && typeof value === 'object' && was && typeof was === 'object' ? { ...was, ...value } : value;
  }
  return result;
}

function merge<T extends AuthStringsOverrides>(base: T, overrides: ReadonlyArray<AuthStringsOverrides | undefined>): T {
  let result = base;
  for (const override of overrides) {
    if (!override) continue;
    const was = result;
    result = { ...result, ...override };
    // Error entries merge one by one; the account elements' sections likewise (their `errors`
    // entry by entry), so a page can change one word of a locale.
    result.errors = (override.errors ? mergeSections(was.errors, override.errors) : was.errors) as T['errors'];
    if (!result.errors) delete result.errors;
    result.account = was.account;
    if (override.account) {
      const account = mergeSections(was.account, override.account);
      if (override.account.errors) account.errors = mergeSections(was.account?.errors, override.account.errors);
      result.account = account as unknown as AccountStrings;
    }
    if (!result.account) delete result.account;
  }
  return result;
}

/** Merges partial strings over complete ones; error entries merge one by one. */
export function mergeStrings(base: AuthStrings, ...overrides: ReadonlyArray<AuthStringsOverrides | undefined>): AuthStrings {
  return merge(base, overrides);
}

let pageStrings: AuthStringsOverrides = {};
const locales = new Map<string, AuthStrings>();
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of [...listeners]) listener();
}

/**
 * Replaces (part of) the page-wide strings, e.g. `setAuthStrings(fr)`. Every connected element
 * re-renders. Pass `{}` to go back to English (or to the locale its `lang` selects).
 */
export function setAuthStrings(strings: AuthStringsOverrides, options: { merge?: boolean } = {}): void {
  pageStrings = options.merge ? merge(pageStrings, [strings]) : { ...strings };
  changed();
}

/** The page-wide strings (`setAuthStrings`) merged over English. */
export function getAuthStrings(): AuthStrings {
  return mergeStrings(en, pageStrings);
}

/**
 * Makes a locale available to elements by language: an element whose nearest `lang` (its own,
 * or an ancestor's, across shadow roots) matches `tag` shows these strings, e.g.
 * `registerAuthLocale('fr', fr)`. Registering the same tag again replaces it; every connected
 * element re-renders.
 */
export function registerAuthLocale(tag: string, strings: AuthStrings): void {
  locales.set(tag.toLowerCase(), strings);
  changed();
}

/** Removes a locale registered with {@link registerAuthLocale}. */
export function unregisterAuthLocale(tag: string): void {
  if (locales.delete(tag.toLowerCase())) changed();
}

/**
 * The registered locale for a `lang` value: the exact tag (`pt-BR`), else the primary subtag
 * (`pt` for `pt-PT`), else another registered region of that language (`pt-BR` for `pt-PT`).
 */
export function matchAuthLocale(lang: string | null | undefined): AuthStrings | undefined {
  if (!lang || locales.size === 0) return undefined;
  const tag = lang.trim().toLowerCase().replace(/_/g, '-');
  const exact = locales.get(tag);
  if (exact) return exact;
  const primary = tag.split('-')[0];
  const base = locales.get(primary);
  if (base) return base;
  for (const [key, strings] of locales) if (key.split('-')[0] === primary) return strings;
  return undefined;
}

/**
 * The strings an element shows: English, then the locale its `lang` selects, then the page's
 * strings (`setAuthStrings`), then the element's own. Later wins.
 */
export function resolveAuthStrings(lang: string | null | undefined, own?: AuthStringsOverrides): AuthStrings {
  return mergeStrings(matchAuthLocale(lang) ?? en, pageStrings, own);
}

/** Subscribes to page-wide string and locale changes; returns the unsubscribe function. */
export function onAuthStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Test helper: back to English with no registered locale. */
export function resetAuthStrings(): void {
  pageStrings = {};
  locales.clear();
  changed();
}

/** Fills `{name}` placeholders. Values are inserted as text by the caller's template. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
