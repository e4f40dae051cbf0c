// A bare page for end-to-end tests of the core store: better-auth's own browser client, the
// kit's adapter and a store, with no element in between. The test drives `window.harness`.
import { createAuthClient } from 'better-auth/client';
import { createAuthStore } from '../../../src/core/index.js';
import { createBetterAuthProvider } from '../../../src/providers/better-auth.js';

const navigations: string[] = [];
const store = createAuthStore({
  authProvider: createBetterAuthProvider(createAuthClient({ baseURL: location.origin })),
  // Recorded, not followed: the page (and its pending calls) must stay alive.
  navigate: (to) => void navigations.push(to),
  checkCacheTime: 0,
});

Object.assign(globalThis, { harness: { store, navigations } });
