// The identity as an app sees it (after `npm run build`): useAuth users share the store's one
// identity load, and the app's identity type flows from createAuthStore<MyUser> / configureAuth
// into state, getIdentity() and useAuth, so a wrong property is a compile error.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { effectScope, nextTick } from 'vue';
import { createAuthStore } from 'auth-elements/core';
import { useAuth } from 'auth-elements/vue';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');

/** A refine v3 provider counting its calls; the session lives in a variable. */
function countingProvider() {
  const calls = { checkAuth: 0, getUserIdentity: 0, getPermissions: 0 };
  let signedIn = false;
  const provider = {
    login: async () => { signedIn = true; },
    logout: async () => { signedIn = false; },
    checkAuth: async () => { calls.checkAuth += 1; if (!signedIn) throw new Error('no'); },
    checkError: async () => {},
    getUserIdentity: async () => { calls.getUserIdentity += 1; return { id: 1, email: 'jane@example.com' }; },
    getPermissions: async () => { calls.getPermissions += 1; return ['admin']; },
  };
  return { provider, calls };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('several useAuth users', () => {
  test('after a sign-in, identity fills every useAuth with one provider call', async () => {
    const { provider, calls } = countingProvider();
    const store = createAuthStore({ authProvider: provider, navigate: () => {}, location: () => ({ href: 'http://x/', pathname: '/', search: '' }) });
    const scope = effectScope();
    const users = scope.run(() => [useAuth(store), useAuth(store), useAuth(store, { permissions: true })]);
    await store.login({});
    await settle();
    await nextTick();
    for (const auth of users) {
      assert.equal(auth.isAuthenticated.value, true);
      assert.deepEqual(auth.identity.value, { id: 1, email: 'jane@example.com' });
    }
    assert.deepEqual(users[2].permissions.value, ['admin']);
    assert.equal(calls.getUserIdentity, 1);
    assert.equal(calls.getPermissions, 1);
    scope.stop();
  });

  test('a start-up check that finds a session loads identity once, with useAuth users and guards asking', async () => {
    const { provider, calls } = countingProvider();
    await provider.login();
    const store = createAuthStore({ authProvider: provider, navigate: () => {}, location: () => ({ href: 'http://x/a', pathname: '/a', search: '' }) });
    const scope = effectScope();
    const users = scope.run(() => [useAuth(store), useAuth(store)]);
    // What two guards and the app's start-up do at once.
    await Promise.all([store.checkAuth(), store.checkAuth({}, { redirect: true }), store.checkAuth({}, { redirect: true })]);
    await settle();
    assert.deepEqual(users.map((u) => u.identity.value?.email), ['jane@example.com', 'jane@example.com']);
    assert.equal(calls.checkAuth, 1);
    assert.equal(calls.getUserIdentity, 1);
    assert.equal(calls.getPermissions, 0, 'nobody asked for permissions');
    scope.stop();
  });
});

describe('the identity type flows through', () => {
  let app;
  before(() => {
    app = mkdtempSync(join(tmpdir(), 'auth-elements-identity-'));
    mkdirSync(join(app, 'node_modules'));
    symlinkSync(root, join(app, 'node_modules/auth-elements'), 'dir');
    // One copy of vue for the kit's typings and the app.
    symlinkSync(join(root, 'node_modules/vue'), join(app, 'node_modules/vue'), 'dir');
    writeFileSync(join(app, 'package.json'), JSON.stringify({ type: 'module' }));
    const head = [
      "import { configureAuth, createAuthStore, type AuthStore } from 'auth-elements';",
      "import { useAuth } from 'auth-elements/vue';",
      'interface MyUser { id: number; email: string }',
      'declare const authProvider: { login(): Promise<void>; logout(): Promise<void>; checkAuth(): Promise<void>; checkError(): Promise<void> };',
      'const store = configureAuth(createAuthStore<MyUser, string[]>({ authProvider }));',
      'const auth = useAuth(store);',
    ];
    writeFileSync(join(app, 'right.ts'), [
      ...head,
      'const a: string | undefined = store.state.identity?.email;',
      'const b: string | undefined = auth.identity.value?.email;',
      'const c: string[] | null = auth.permissions.value;',
      'void store.getIdentity().then((o) => { const id: number | undefined = o.data?.id; void id; });',
      'store.subscribe((state) => { const e: string | undefined = state.identity?.email; void e; });',
      'const untyped: AuthStore = store; // the elements take any store',
      'const viaConfigure = configureAuth<MyUser>({ authProvider }); const d: string | undefined = viaConfigure.state.identity?.email;',
      'void a; void b; void c; void untyped; void d;',
      '',
    ].join('\n'));
    writeFileSync(join(app, 'wrong.ts'), [
      ...head,
      'const a = store.state.identity?.emial;',
      'const b = auth.identity.value?.name;',
      'const n: number | undefined = auth.identity.value?.email;',
      'void a; void b; void n;',
      '',
    ].join('\n'));
  });
  after(() => rmSync(app, { recursive: true, force: true }));

  async function typecheck(file) {
    const args = [tsc, '--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--lib', 'es2022,dom', '--module', 'esnext', '--moduleResolution', 'bundler', file];
    const { stdout = '', stderr = '' } = await promisify(execFile)(process.execPath, args, { cwd: app, encoding: 'utf8' }).catch((error) => error);
    return stdout + stderr;
  }

  test('a correct use of the typed identity compiles', async () => {
    assert.equal(await typecheck('right.ts'), '');
  });

  test('a wrong identity property, in state and in useAuth, is an error', async () => {
    const output = await typecheck('wrong.ts');
    assert.match(output, /wrong\.ts\(7,\d+\): error TS2551: Property 'emial' does not exist on type 'MyUser'/);
    assert.match(output, /wrong\.ts\(8,\d+\): error TS2339: Property 'name' does not exist on type 'MyUser'/);
    assert.match(output, /wrong\.ts\(9,\d+\): error TS2322: Type 'string \| undefined' is not assignable to type 'number \| undefined'/);
    assert.equal(output.match(/error TS/g)?.length, 3, output);
  });
});
