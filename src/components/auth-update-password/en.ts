import { addEnglish, type EnglishWords } from '../../internal/strings.js';

/**
 * <auth-update-password>'s own English words, added to the defaults when its module loads; the
 * shared words and every error are in `src/internal/strings.ts`.
 */
export const updatePasswordEn = {
  updateTitle: 'Set a new password',
  newPasswordLabel: 'New password',
  updateSubmit: 'Update password',
  updateSuccess: 'Your password has been updated.',
  invalidLinkTitle: 'This link is invalid or incomplete',
  invalidLinkMessage: 'Open the link from your email again, or ask for a new one.',
  requestNewLink: 'Request a new link',
} satisfies EnglishWords;

addEnglish(updatePasswordEn);
