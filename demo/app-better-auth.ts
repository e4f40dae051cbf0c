// The demo against the real server (`npm start`): better-auth's own browser client, handed to
// the kit's adapter. This is all an app writes.
import { createAuthClient } from 'better-auth/client';
import { configureAuth } from '../src/index.js';
import { createBetterAuthProvider } from '../src/providers/better-auth.js';
import '../src/components/auth-callback/auth-callback.js';
import { defineDemoElements } from './shared.js';

const client = createAuthClient({ baseURL: location.origin });

configureAuth({
  authProvider: createBetterAuthProvider(client, {
    resetPasswordPath: '/update-password',
    // The demo server runs these better-auth plugins (server/auth.mjs): the adapter then offers
    // their methods, so /login shows the e-mailed code and link, and continues into a second
    // factor or an unconfirmed address in place.
    features: {
      twoFactor: true,
      emailOTP: true,
      magicLink: true,
      emailVerification: true,
      // The /account page: passkeys, password, e-mail, sessions, two-factor set-up, deletion.
      passkey: true,
      account: true,
      changeEmail: true,
      deleteAccount: true,
    },
    // A used or expired sign-in link returns to the callback page, which sends the browser back
    // to /login with the reason (`?auth_error=link-expired`) instead of a bare `?error=`.
    magicLinkErrorPath: '/auth/callback',
  }),
});
defineDemoElements();

// The local OpenID Provider (`/idp`), which better-auth trusts through its generic-oauth plugin.
const login = document.querySelector('auth-login');
if (login) login.providers = [{ name: 'demo-idp', label: 'Demo IdP' }];
