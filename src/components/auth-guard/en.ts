import { addEnglish, type EnglishWords } from '../../internal/strings.js';

/**
 * <auth-guard>'s own English words, added to the defaults when its module loads; the
 * shared words and every error are in `src/internal/strings.ts`.
 */
export const guardEn = {
  checking: 'Checking your session…',
  denied: 'You do not have access to this page.',
} satisfies EnglishWords;

addEnglish(guardEn);
