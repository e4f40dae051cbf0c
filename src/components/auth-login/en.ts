import { addEnglish, type EnglishWords } from '../../internal/strings.js';

/**
 * <auth-login>'s own English words, added to the defaults when its module loads; the
 * shared words and every error are in `src/internal/strings.ts`.
 */
export const loginEn = {
  loginTitle: 'Sign in to your account',
  usernameLabel: 'Username',
  rememberMe: 'Remember me',
  forgotPasswordLink: 'Forgot password?',
  loginSubmit: 'Sign in',
  providerSubmit: 'Sign in with {provider}',
  providersLabel: 'Other ways to sign in',
  dividerText: 'or',
  noAccountPrompt: 'Don’t have an account?',
  registerLink: 'Sign up',
  loginCodeButton: 'Email me a sign-in code',
  magicLinkButton: 'Email me a sign-in link',
  loginCodeTitle: 'Enter your sign-in code',
  loginCodeSent: 'If an account exists for {email}, a sign-in code is on its way. Check your inbox.',
  loginCodeLabel: 'Sign-in code',
  loginCodeIncomplete: 'Enter all {length} digits of the code.',
  magicLinkTitle: 'Check your inbox',
  magicLinkSent: 'If an account exists for {email}, a sign-in link is on its way. Open it to sign in.',
  loginResendIn: 'Send again in {seconds} s',
  passkeyButton: 'Sign in with a passkey',
} satisfies EnglishWords;

addEnglish(loginEn);
