// The built declarations as an app sees them (after `npm run build`): a consumer project whose
// node_modules/auth-elements is this package, type-checked with the moduleResolution modes
// apps use. Each element entry imported alone must type the events that element fires.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');
let app;

// Which events each element entry dispatches.
const FIRES = {
  login: ['auth-redirect', 'auth-success', 'auth-error'],
  register: ['auth-redirect', 'auth-success', 'auth-error'],
  'forgot-password': ['auth-redirect', 'auth-success', 'auth-error'],
  'update-password': ['auth-redirect', 'auth-success', 'auth-error'],
  'two-factor': ['auth-redirect', 'auth-success', 'auth-error'],
  logout: ['auth-redirect', 'auth-success', 'auth-error'],
  guard: ['auth-redirect'],
};
const DETAIL = {
  'auth-redirect': 'const to: string = e.detail.to; void to;',
  'auth-success': 'const action: string = e.detail.action; void action;',
  'auth-error': 'const message: string = e.detail.error.message; void message;',
};

before(() => {
  app = mkdtempSync(join(tmpdir(), 'auth-elements-types-'));
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(root, join(app, 'node_modules/auth-elements'), 'dir');
  writeFileSync(join(app, 'package.json'), JSON.stringify({ type: 'module' }));
  for (const [entry, events] of Object.entries(FIRES)) {
    const listeners = events.map((type) => `document.addEventListener('${type}', (e) => { ${DETAIL[type]} });`);
    writeFileSync(join(app, `only-${entry}.ts`), [`import 'auth-elements/${entry}';`, ...listeners, ''].join('\n'));
  }
  writeFileSync(join(app, 'everything.ts'), [
    "import { configureAuth, setAuthStrings, AuthRedirectEvent, type AuthLoginProvider, type AuthStrings, type AuthStore } from 'auth-elements';",
    "import { createAuthStore } from 'auth-elements/core';",
    "import { fr } from 'auth-elements/locales/fr';",
    "import { ar } from 'auth-elements/locales/ar';",
    "import { createBetterAuthProvider } from 'auth-elements/providers/better-auth';",
    "import { createOidcProvider, type OidcAuthProvider } from 'auth-elements/providers/oidc';",
    "const oidc: OidcAuthProvider = createOidcProvider({ issuer: 'https://id.example.com', clientId: 'app', redirectUri: 'https://app.example.com/callback' }); void oidc.getAccessToken;",
    "import 'auth-elements/notifications'; import 'auth-elements/scope';",
    "const login: HTMLElementTagNameMap['auth-login'] = document.createElement('auth-login');",
    "const provider: AuthLoginProvider = { name: 'github' }; login.providers = [provider];",
    "const strings: Partial<AuthStrings> = { loginSubmit: 'Entrer' }; login.strings = strings;",
    "const redirect: GlobalEventHandlersEventMap['auth-redirect'] = new AuthRedirectEvent({ to: '/', action: 'login', replace: false });",
    "const store: AuthStore = configureAuth(createAuthStore({ authProvider: { login: async () => {}, logout: async () => {}, checkAuth: async () => {}, checkError: async () => {} } }));",
    'setAuthStrings(fr); setAuthStrings(ar);',
    'void redirect; void store; void createBetterAuthProvider;',
    '',
  ].join('\n'));
});

after(() => rmSync(app, { recursive: true, force: true }));

async function typecheck(files, module = 'esnext', moduleResolution = 'bundler') {
  const args = [tsc, '--noEmit', '--strict', '--target', 'es2022', '--lib', 'es2022,dom', '--module', module, '--moduleResolution', moduleResolution, ...files];
  const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { cwd: app, encoding: 'utf8' }).catch((error) => error);
  assert.equal(stdout + stderr, '');
}

// Separate tsc programs, run side by side.
describe('the built types as an app sees them', { concurrency: true }, () => {
  for (const [module, moduleResolution] of [['esnext', 'bundler'], ['node16', 'node16'], ['nodenext', 'nodenext']]) {
    test(`every documented entry resolves with its types under moduleResolution ${moduleResolution}`, () =>
      typecheck(['everything.ts'], module, moduleResolution));
  }

  // One program per entry: the global event map augmentations of one entry must not hide another's gap.
  for (const entry of Object.keys(FIRES)) {
    test(`'auth-elements/${entry}' imported alone types the events it fires (${FIRES[entry].join(', ')})`, () =>
      typecheck([`only-${entry}.ts`]));
  }
});
