import { addEnglish, type EnglishWords } from '../../internal/strings.js';

/**
 * <auth-logout>'s own English words, added to the defaults when its module loads; the
 * shared words and every error are in `src/internal/strings.ts`.
 */
export const logoutEn = {
  logout: 'Sign out',
} satisfies EnglishWords;

addEnglish(logoutEn);
