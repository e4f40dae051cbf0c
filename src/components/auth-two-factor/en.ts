import { addEnglish, type EnglishWords } from '../../internal/strings.js';

/**
 * <auth-two-factor>'s own English words, added to the defaults when its module loads; the
 * shared words and every error are in `src/internal/strings.ts`.
 */
export const twoFactorEn = {
  twoFactorTitle: 'Two-step verification',
  twoFactorTotpDescription: 'Enter the {length}-digit code from your authenticator app.',
  twoFactorOtpDescription: 'Enter the {length}-digit code we sent to your e-mail address.',
  twoFactorBackupDescription: 'Enter one of the backup codes you saved. Each code works only once.',
  twoFactorCodeLabel: 'Verification code',
  twoFactorBackupCodeLabel: 'Backup code',
  twoFactorSubmit: 'Verify',
  twoFactorTrustDevice: 'Trust this device (skip this step next time)',
  twoFactorUseTotp: 'Use your authenticator app',
  twoFactorUseOtp: 'Send me a code by e-mail',
  twoFactorUseBackupCode: 'Use a backup code',
  twoFactorMethodsLabel: 'Other ways to verify',
  twoFactorResend: 'Send the code again',
  twoFactorResendIn: 'Send again in {seconds} s',
  twoFactorCodeSent: 'A code is on its way. Check your inbox.',
  twoFactorCodeIncomplete: 'Enter the whole {length}-digit code.',
  twoFactorBackupCodeInvalid: 'Enter a whole backup code: letters, digits and dashes only.',
} satisfies EnglishWords;

addEnglish(twoFactorEn);
