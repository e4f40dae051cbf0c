/**
 * What `<auth-login>` continues into after its password form, loaded by it with one dynamic
 * `import()` only when first needed: the elements of a challenged sign-in, and the e-mailed code
 * and link steps' parts. One module for all on purpose: a bundler then puts the login page's own
 * code in one chunk (what the steps share with it is not split off into a third file, each
 * compressed on its own), and the steps in another.
 */
import '../auth-two-factor/auth-two-factor.js';
import '../auth-verify-email/auth-verify-email.js';

export { EmailSteps } from './email-steps.js';
