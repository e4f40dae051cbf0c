import { addEnglish, type EnglishWords } from '../../internal/strings.js';

/**
 * The word <auth-two-factor-setup> borrows from <auth-two-factor> (its scan step's code field
 * says what that element's does), with the same text: the account page does not load that
 * element. Its other words are `strings.account` (account-strings.ts).
 */
export const twoFactorSetupEn = {
  twoFactorCodeIncomplete: 'Enter the whole {length}-digit code.',
} satisfies EnglishWords;

addEnglish(twoFactorSetupEn);
