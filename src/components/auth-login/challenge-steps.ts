/**
 * The elements `<auth-login>` continues into when a sign-in answers with a challenge, loaded by
 * it with one dynamic `import()` only when a challenge arrives. One module for both on purpose:
 * a bundler then puts the login page's own code in one chunk (what the two steps share with it
 * is not split off into a third file, each compressed on its own), and the steps in another.
 */
import '../auth-two-factor/auth-two-factor.js';
import '../auth-verify-email/auth-verify-email.js';
