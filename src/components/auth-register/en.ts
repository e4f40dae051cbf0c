import { addEnglish, type EnglishWords } from '../../internal/strings.js';

/**
 * <auth-register>'s own English words, added to the defaults when its module loads; the
 * shared words and every error are in `src/internal/strings.ts`.
 */
export const registerEn = {
  registerTitle: 'Create an account',
  registerSubmit: 'Sign up',
  haveAccountPrompt: 'Already have an account?',
} satisfies EnglishWords;

addEnglish(registerEn);
