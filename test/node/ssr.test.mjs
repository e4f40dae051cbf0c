// The built package must import in plain Node (server-side rendering, tooling, tests):
// no `window`/`document` touched at import time, and the core works without a DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('dist/core.js imports in Node and runs a login without a DOM', async () => {
  const core = await import('../../dist/core.js');
  const calls = [];
  const store = core.createAuthStore({
    authProvider: {
      login: (p) => (calls.push(p), Promise.resolve()),
      logout: () => Promise.resolve(),
      checkAuth: () => Promise.resolve(),
      checkError: () => Promise.resolve(),
    },
    navigate: (to) => calls.push(to),
  });
  const outcome = await store.login({ email: 'a@b.c' });
  assert.equal(outcome.ok, true);
  assert.deepEqual(calls, [{ email: 'a@b.c' }, '/']);
  assert.equal(store.state.status, 'authenticated');
});

test('dist/core.js has no Lit import', async () => {
  const { readFile } = await import('node:fs/promises');
  const source = await readFile(new URL('../../dist/core.js', import.meta.url), 'utf8');
  assert.doesNotMatch(source, /from\s*["']lit|@lit\//);
});

test('the whole package (every element) imports in Node', async () => {
  const kit = await import('../../dist/index.js');
  assert.equal(typeof kit.configureAuth, 'function');
  // Lit's server shim provides the registry; importing registered every element there.
  for (const tag of ['auth-login', 'auth-register', 'auth-forgot-password', 'auth-update-password', 'auth-guard', 'auth-logout', 'auth-notifications', 'auth-scope', 'auth-two-factor']) {
    assert.equal(typeof globalThis.customElements.get(tag), 'function', tag);
  }
});

test('every per-element entry and locale imports in Node', async () => {
  const { readdir } = await import('node:fs/promises');
  for (const dir of ['components', 'locales']) {
    for (const file of await readdir(new URL(`../../dist/${dir}/`, import.meta.url))) {
      if (file.endsWith('.js')) await import(`../../dist/${dir}/${file}`);
    }
  }
  const { fr } = await import('../../dist/locales/fr.js');
  assert.equal(typeof fr.loginTitle, 'string');
});
