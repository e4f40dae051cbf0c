// The demo against the real server (`npm start`): better-auth's own browser client, handed to
// the kit's adapter. This is all an app writes.
import { createAuthClient } from 'better-auth/client';
import { configureAuth } from '../src/index.js';
import { createBetterAuthProvider } from '../src/providers/better-auth.js';
import '../src/components/auth-callback/auth-callback.js';
import { defineDemoElements } from './shared.js';

const client = createAuthClient({ baseURL: location.origin });

configureAuth({
  // features: the server's plugins beyond passwords (twoFactor: the /two-factor page).
  authProvider: createBetterAuthProvider(client, { resetPasswordPath: '/update-password', features: { twoFactor: true } }),
});
defineDemoElements();

// The local OpenID Provider (`/idp`), which better-auth trusts through its generic-oauth plugin.
const login = document.querySelector('auth-login');
if (login) login.providers = [{ name: 'demo-idp', label: 'Demo IdP' }];
