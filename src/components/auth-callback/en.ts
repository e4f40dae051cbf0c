import { addEnglish, type EnglishWords } from '../../internal/strings.js';

/**
 * <auth-callback>'s own English words, added to the defaults when its module loads; the
 * shared words and every error are in `src/internal/strings.ts`.
 */
export const callbackEn = {
  callbackWorking: 'Signing you in…',
  callbackErrorTitle: 'Sign-in could not be completed',
} satisfies EnglishWords;

addEnglish(callbackEn);
