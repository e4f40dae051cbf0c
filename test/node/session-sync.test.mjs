// Session sync on a server: Node has a global BroadcastChannel that keeps the event loop alive.
// A store must not open one unless the app names a channel, and one it opens must not hold the
// process open. Each case runs in a child process that must exit by itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const core = fileURLToPath(new URL('../../dist/core.js', import.meta.url));

function run(body) {
  const script = `
    const { createAuthStore } = await import(${JSON.stringify(core)});
    const provider = { login: async () => {}, logout: async () => {}, checkAuth: async () => {}, checkError: async () => {} };
    ${body}
  `;
  // The timeout only bounds a hang (which is the failure); the test asserts the exit, not a time.
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
}

test('by default a store in Node opens no channel and the process exits after sign-in and sign-out', { timeout: 120_000 }, () => {
  const result = run(`
    const store = createAuthStore({ authProvider: provider, navigate: () => {} });
    const stop = store.subscribe(() => {});
    await store.login({});
    await store.logout();
    console.log(JSON.stringify({ channel: store.channel ?? null, status: store.state.status }));
  `);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(JSON.parse(result.stdout), { channel: null, status: 'unauthenticated' });
});

test('a named channel works in Node (another store hears it) and does not keep the process alive', { timeout: 120_000 }, () => {
  const result = run(`
    const a = createAuthStore({ authProvider: provider, navigate: () => {}, channel: 'ssr-test' });
    let asked = 0;
    const b = createAuthStore({
      authProvider: { ...provider, checkAuth: async () => { asked += 1; } },
      navigate: () => {},
      channel: 'ssr-test',
    });
    a.subscribe(() => {});
    const heard = new Promise((resolve) => b.subscribe((state) => state.status === 'authenticated' && resolve()));
    // Same process, so the same "document": a worker-like sender with another id plays the other tab.
    const other = new BroadcastChannel('ssr-test');
    other.postMessage({ type: 'auth-elements:session-changed', from: 'another-process' });
    other.close();
    // The store's channel is unref'd: hold the loop open only until the message is heard.
    const keepAlive = setInterval(() => {}, 1000);
    await heard;
    clearInterval(keepAlive);
    console.log(JSON.stringify({ channel: b.channel, asked }));
    // No dispose(): an unref'd channel must not hold the process open.
  `);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(JSON.parse(result.stdout), { channel: 'ssr-test', asked: 1 });
});
