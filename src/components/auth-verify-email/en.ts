import { addEnglish, type EnglishWords } from '../../internal/strings.js';

/**
 * <auth-verify-email>'s own English words, added to the defaults when its module loads; the
 * shared words and every error are in `src/internal/strings.ts`.
 */
export const verifyEmailEn = {
  verifyingTitle: 'Confirming your e-mail address…',
  verifiedTitle: 'E-mail address confirmed',
  verifiedMessage: 'Thank you: your e-mail address is confirmed.',
  verifyContinue: 'Continue',
  verifyExpiredTitle: 'This link has expired',
  verifyRequestTitle: 'Confirm your e-mail address',
  verifyRequestDescription: 'Enter your e-mail address and we will send you a new confirmation link.',
  verifySendSubmit: 'Send a new link',
  verifyInboxTitle: 'Check your inbox',
  verifyInboxMessage: 'We sent a link to {email}. Open it to confirm your address.',
  verifyInboxMessageNoEmail: 'We sent you a link. Open it to confirm your address.',
  verifyResent: 'If this address is waiting for confirmation, a new link is on its way. Check your inbox.',
  verifyResendIn: 'Send again in {seconds} s',
  verifyBack: 'Back',
  verifyRetry: 'Try again',
} satisfies EnglishWords;

addEnglish(verifyEmailEn);
