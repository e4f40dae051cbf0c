// A bare page for end-to-end tests of the adapter's passkey and account methods: better-auth's
// own browser client (with `passkeyClient()`, as an app following better-auth's docs has it),
// the kit's adapter with every feature the demo server has, and a store. The test drives
// `window.harness`; `ceremonies` records each WebAuthn request the page made (its mediation).
import { createAuthClient } from 'better-auth/client';
import { passkeyClient } from '@better-auth/passkey/client';
import { createAuthStore } from '../../../src/core/index.js';
import { createBetterAuthProvider } from '../../../src/providers/better-auth.js';

const ceremonies: { kind: 'get' | 'create'; mediation?: string; allowCredentials?: number }[] = [];
const { credentials } = navigator;
const get = credentials.get.bind(credentials);
const create = credentials.create.bind(credentials);
credentials.get = (options?: CredentialRequestOptions) => {
  ceremonies.push({ kind: 'get', mediation: options?.mediation, allowCredentials: options?.publicKey?.allowCredentials?.length });
  return get(options);
};
credentials.create = (options?: CredentialCreationOptions) => {
  ceremonies.push({ kind: 'create' });
  return create(options);
};

const client = createAuthClient({ baseURL: location.origin, plugins: [passkeyClient()] });
const provider = createBetterAuthProvider(client, {
  features: { twoFactor: true, passkey: true, account: true, changeEmail: true, deleteAccount: true },
});
const navigations: string[] = [];
const store = createAuthStore({
  authProvider: provider,
  // Recorded, not followed: the page (and its pending calls) must stay alive.
  navigate: (to) => void navigations.push(to),
  checkCacheTime: 0,
});

/** Runs a provider method and answers `{ ok, value }` or `{ ok: false, error }` (an error's own fields), for the test to compare. */
async function settle(run: () => Promise<unknown>) {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    const { name, message, code, betterAuthCode, status } = error as Record<string, unknown>;
    return { ok: false, error: { name, message, code, betterAuthCode, status, isError: error instanceof Error } };
  }
}

Object.assign(globalThis, { harness: { store, provider, client, navigations, ceremonies, settle } });
