import { addEnglish, type EnglishWords } from '../../internal/strings.js';

/**
 * <auth-forgot-password>'s own English words, added to the defaults when its module loads; the
 * shared words and every error are in `src/internal/strings.ts`.
 */
export const forgotPasswordEn = {
  forgotTitle: 'Forgot your password?',
  forgotDescription: 'Enter your email and we will send you a link to reset your password.',
  forgotSubmit: 'Send reset link',
  forgotSent: 'If an account exists for that address, a link to reset the password is on its way. Check your inbox.',
} satisfies EnglishWords;

addEnglish(forgotPasswordEn);
