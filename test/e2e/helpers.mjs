// Shared by the end-to-end tests: a fresh server per test file on a free loopback port, an HTTP
// client that behaves like the demo page (Origin header, cookie jar), and the browser.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../server/start.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Whether `url` is on this machine: the demo serves its pages as http://localhost:PORT (passkeys
 * need a name, not an IP address) and answers http://127.0.0.1:PORT too.
 */
export function isLoopback(url) {
  return /^http:\/\/(localhost|127\.0\.0\.1):\d+(\/|$)/.test(String(url));
}

/** A new, empty data folder. */
export function freshDataDir() {
  return mkdtemp(join(tmpdir(), 'auth-elements-e2e-'));
}

/**
 * Starts the demo server on port 0 with a fresh data folder (unless one is given), e-mail
 * verification off unless `requireEmailVerification: true`.
 * `stop()` closes it and, if the folder was created here, deletes it.
 *
 * Rate limiting is off unless `rateLimit` is given: these tests sign in far more often than a
 * person would (`npm start` has it on; rate-limit.test.mjs and hardening.test.mjs prove it).
 * `log` receives what the server would print; `production` stands for NODE_ENV=production.
 */
export async function startTestServer({
  dataDir,
  mock = false,
  rateLimit = false,
  log,
  production,
  requireEmailVerification = false,
  twoFactorDemoUser = false,
} = {}) {
  const own = !dataDir && !mock;
  const dir = own ? await freshDataDir() : dataDir;
  // Verification and the two-factor demo user are off unless a test asks for them
  // (factors*.test.mjs): the older flows sign up and sign straight in, and expect "already
  // exists", which a verifying server never says.
  const server = await startServer({
    port: 0,
    dataDir: dir,
    mock,
    quiet: !log,
    log,
    rateLimit,
    production,
    requireEmailVerification,
    twoFactorDemoUser,
  });
  if (!isLoopback(server.url)) throw new Error(`refusing a non-loopback server: ${server.url}`);
  return {
    ...server,
    async stop() {
      await server.close();
      if (own) await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A tiny HTTP client for one "browser": sends the page's Origin (better-auth refuses
 * cookie-carrying requests without one) and keeps the session cookie.
 */
export function apiClient(baseURL) {
  if (!isLoopback(baseURL)) throw new Error(`loopback only: ${baseURL}`);
  const jar = new Map();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  async function request(method, path, body) {
    const headers = { origin: baseURL };
    if (jar.size) headers.cookie = cookieHeader();
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(new URL(path, baseURL), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: 'manual',
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '';
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
    const text = await res.text();
    let json;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json };
  }
  return {
    jar,
    get: (path) => request('GET', path),
    post: (path, body = {}) => request('POST', path, body),
    signUp: (email, password, name = email.split('@')[0]) => request('POST', '/api/auth/sign-up/email', { email, password, name }),
    signIn: (email, password) => request('POST', '/api/auth/sign-in/email', { email, password }),
    signOut: () => request('POST', '/api/auth/sign-out', {}),
    session: () => request('GET', '/api/auth/get-session'),
  };
}

/**
 * The set-up most files share: before their tests, the demo server (`startTestServer(options)`)
 * and one headless Chromium (`launchBrowser()`), handed to `ready(server, chrome)`; after them,
 * both stopped (whatever of them started).
 */
export function withServerAndBrowser(options, ready) {
  let server;
  let chrome;
  before(async () => {
    server = await startTestServer(options);
    chrome = await launchBrowser();
    ready(server, chrome);
  });
  after(async () => {
    await chrome?.close();
    await server?.stop();
  });
}

/**
 * Launches the system Chromium (headless) and returns `newPage(baseURL)`, which opens a page in
 * a fresh context (own cookies and storage) that can reach `baseURL`'s origin and nothing else,
 * and records page errors and CSP violations.
 */
export async function launchBrowser() {
  const [{ chromium }, { chromiumArgs, findChromium }] = await Promise.all([
    import('playwright-core'),
    import('../../scripts/find-browser.mjs'),
  ]);
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
  return {
    browser,
    async newPage(baseURL) {
      const origin = new URL(baseURL).origin;
      if (!isLoopback(origin)) throw new Error(`loopback only: ${origin}`);
      const context = await browser.newContext({ baseURL });
      const blocked = [];
      // Nothing may leave the machine: every request to another origin is aborted and recorded.
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (new URL(url).origin === origin) return route.continue();
        blocked.push(url);
        return route.abort();
      });
      // A bound on each wait so a broken step fails in seconds; the tests never wait on time.
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        const text = message.text();
        // A refused sign-in is a 401 the browser logs by itself; that is the expected answer.
        if (message.type() === 'error' && !/Failed to load resource: the server responded with a status of (401|400|422)/.test(text)) {
          problems.push(`console: ${text}`);
        }
      });
      return { page, context, problems, blocked };
    },
    close: () => browser.close(),
  };
}

/** Runs one named step of a long browser test: a failure says which step it was. */
export async function step(name, run) {
  try {
    await run();
  } catch (error) {
    error.message = `step "${name}": ${error.message}`;
    throw error;
  }
}

/** Opens /register and submits `<auth-register>` with `email` and `password` (confirmed). */
export async function submitRegistration(page, email, password) {
  await page.goto('/register');
  await page.locator('auth-register input[name="email"]').fill(email);
  await page.locator('auth-register input[name="password"]').fill(password);
  await page.locator('auth-register input[name="confirmPassword"]').fill(password);
  await page.locator('auth-register [data-part="submit"]').click();
}

/**
 * Attaches a CDP virtual authenticator to an opened page (`newPage`/`openHarness`): CTAP2,
 * platform (`internal`), resident keys and user verification on, presence answered by itself.
 * Resolves the page with `cdp` and `authenticatorId` added, to add or clear its credentials.
 */
export async function attachAuthenticator(opened) {
  const cdp = await opened.context.newCDPSession(opened.page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { ...opened, cdp, authenticatorId };
}

/**
 * Runs `npm start`'s own entry (`node server/start.mjs --port 0`) in a child process with the
 * given environment, as a user would, and resolves once it prints its URL. `output()` is what
 * it printed so far, `waitForOutput(pattern)` waits for a line; `stop()` ends it (SIGTERM) and
 * waits for it.
 */
export function startServerProcess({ dataDir, env = {}, args = [] } = {}) {
  const child = spawn(process.execPath, ['server/start.mjs', '--port', '0', '--data-dir', dataDir, ...args], {
    cwd: root,
    env: { ...process.env, NODE_ENV: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (out += chunk));
  const exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
  const ready = new Promise((resolve, reject) => {
    const look = () => {
      const match = /at (http:\/\/(?:localhost|127\.0\.0\.1):\d+)/.exec(out);
      if (match) {
        child.stdout.off('data', look);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', look);
    exited.then(({ code }) => reject(new Error(`server exited (${code}) before it was ready:\n${out}`)));
  });
  return {
    ready,
    output: () => out,
    /** Resolves with the output once it matches `pattern` (rejects if the server exits first). */
    waitForOutput(pattern) {
      return new Promise((resolve, reject) => {
        const look = () => {
          if (!pattern.test(out)) return;
          child.stdout.off('data', look);
          resolve(out);
        };
        child.stdout.on('data', look);
        look();
        exited.then(({ code }) => reject(new Error(`server exited (${code}) before printing ${pattern}:\n${out}`)));
      });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

const harnessScripts = new Map();
/** A page script (a harness or fixture under test/e2e/, TypeScript from src/), bundled once per process. */
export function harnessBundle(entry) {
  if (!harnessScripts.has(entry)) {
    harnessScripts.set(
      entry,
      import('esbuild').then(({ build }) =>
        build({
          absWorkingDir: root,
          entryPoints: [entry],
          bundle: true,
          format: 'esm',
          platform: 'browser',
          target: 'es2022',
          write: false,
          tsconfig: 'tsconfig.json',
          logLevel: 'silent',
        }).then((out) => out.outputFiles[0].text),
      ),
    );
  }
  return harnessScripts.get(entry);
}

/**
 * Opens a page on `server`'s origin that runs a bare store over the better-auth adapter and
 * better-auth's real browser client (no element): `window.harness = { store, navigations }`.
 * `entry` picks another harness script (default test/e2e/harness/store-page.ts); `body` is
 * markup put before it. Served by the test itself, so the demo server has no test-only route.
 */
export async function openHarness(chrome, server, { entry = 'test/e2e/harness/store-page.ts', body = '' } = {}) {
  const script = await harnessBundle(entry);
  const opened = await chrome.newPage(server.url);
  const { page } = opened;
  await page.route('**/__harness', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html>${body}<script type="module" src="/__harness.js"></script>` }),
  );
  await page.route('**/__harness.js', (route) => route.fulfill({ contentType: 'text/javascript', body: script }));
  await page.goto('/__harness');
  await page.waitForFunction(() => 'harness' in globalThis);
  return opened;
}

/** Waits until the locator shows exactly `text` (no timers: Playwright's own auto-waiting). */
export async function assertText(locator, text) {
  await locator.filter({ hasText: text }).first().waitFor();
  assert.equal((await locator.first().textContent()).trim(), text);
}
