// The demo against the real server (`npm start`): better-auth's own browser client, handed to
// the kit's adapter. This is all an app writes.
import { createAuthClient } from 'better-auth/client';
import { configureAuth } from '../src/index.js';
import { createBetterAuthProvider } from '../src/providers/better-auth.js';
import '../src/components/auth-callback/auth-callback.js';
import { defineDemoElements } from './shared.js';

const client = createAuthClient({ baseURL: location.origin });

configureAuth({
  // emailVerification: a sign-up (or sign-in) the server holds until the address is confirmed
  // continues into "check your inbox"; the link lands on /verify-email (the adapter's default).
  authProvider: createBetterAuthProvider(client, { resetPasswordPath: '/update-password', features: { emailVerification: true } }),
});
defineDemoElements();

// The local OpenID Provider (`/idp`), which better-auth trusts through its generic-oauth plugin.
const login = document.querySelector('auth-login');
if (login) login.providers = [{ name: 'demo-idp', label: 'Demo IdP' }];
