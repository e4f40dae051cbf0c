import { addEnglish, type EnglishWords } from '../../internal/strings.js';

/**
 * <auth-notifications>'s own English words, added to the defaults when its module loads; the
 * shared words and every error are in `src/internal/strings.ts`.
 */
export const notificationsEn = {
  notificationsLabel: 'Notifications',
  dismiss: 'Dismiss',
} satisfies EnglishWords;

addEnglish(notificationsEn);
