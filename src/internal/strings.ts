/**
 * All text the elements show. Replace any part of it page-wide with `setAuthStrings` (for
 * example with a bundled locale) or per element with its `strings` property. `{name}` style
 * placeholders are filled in by the element.
 */
export interface AuthStrings {
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
}

/** English, the default. */
export const en: AuthStrings = {
  loginTitle: 'Sign in to your account',
  emailLabel: 'Email',
  usernameLabel: 'Username',
  passwordLabel: 'Password',
  rememberMe: 'Remember me',
  forgotPasswordLink: 'Forgot password?',
  loginSubmit: 'Sign in',
  providerSubmit: 'Sign in with {provider}',
  providersLabel: 'Other ways to sign in',
  dividerText: 'or',
  noAccountPrompt: 'Don’t have an account?',
  registerLink: 'Sign up',

  registerTitle: 'Create an account',
  confirmPasswordLabel: 'Confirm password',
  registerSubmit: 'Sign up',
  haveAccountPrompt: 'Already have an account?',
  loginLink: 'Sign in',
  passwordMismatch: 'The passwords do not match.',

  forgotTitle: 'Forgot your password?',
  forgotDescription: 'Enter your email and we will send you a link to reset your password.',
  forgotSubmit: 'Send reset link',
  forgotSent: 'If an account exists for that address, a link to reset the password is on its way. Check your inbox.',
  backToLogin: 'Back to sign in',
  sendAgain: 'Send again',

  updateTitle: 'Set a new password',
  newPasswordLabel: 'New password',
  updateSubmit: 'Update password',
  updateSuccess: 'Your password has been updated.',
  invalidLinkTitle: 'This link is invalid or incomplete',
  invalidLinkMessage: 'Open the link from your email again, or ask for a new one.',
  requestNewLink: 'Request a new link',

  showPassword: 'Show password',
  hidePassword: 'Hide password',
  required: 'Please fill in this field.',
  invalidEmail: 'Please enter a valid email address.',
  tooShort: 'Use at least {min} characters.',
  busy: 'Please wait…',

  logout: 'Sign out',
  notificationsLabel: 'Notifications',
  dismiss: 'Dismiss',
  checking: 'Checking your session…',
  denied: 'You do not have access to this page.',

  callbackWorking: 'Signing you in…',
  callbackErrorTitle: 'Sign-in could not be completed',
};

let pageStrings: Partial<AuthStrings> = {};
const listeners = new Set<() => void>();

/**
 * Replaces (part of) the page-wide strings, e.g. `setAuthStrings(fr)`. Every connected element
 * re-renders. Pass `{}` to go back to English.
 */
export function setAuthStrings(strings: Partial<AuthStrings>, { merge = false } = {}): void {
  pageStrings = merge ? { ...pageStrings, ...strings } : { ...strings };
  for (const listener of [...listeners]) listener();
}

/** The page-wide strings merged over English. */
export function getAuthStrings(): AuthStrings {
  return { ...en, ...pageStrings };
}

/** Subscribes to page-wide string changes; returns the unsubscribe function. */
export function onAuthStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Fills `{name}` placeholders. Values are inserted as text by the caller's template. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
