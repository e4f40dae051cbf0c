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
