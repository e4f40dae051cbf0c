// The demo against the real server (`npm start`): better-auth's own browser client, handed to
// the kit's adapter. This is all an app writes.
import { createAuthClient } from 'better-auth/client';
import { configureAuth } from '../src/index.js';
import { createBetterAuthProvider } from '../src/providers/better-auth.js';
import { defineDemoElements } from './shared.js';

const client = createAuthClient({ baseURL: location.origin });

configureAuth({
  authProvider: createBetterAuthProvider(client, { resetPasswordPath: '/update-password' }),
});
defineDemoElements();
