// Provider-level end-to-end harness for sign-in beyond passwords: the kit's real store and real
// better-auth adapter (bundled from src/ by esbuild, so no build step is needed), driving the
// real better-auth browser client in Node against the demo server. Each "browser" has its own
// cookie jar and sends the page's Origin, as a page on the server's origin would.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { createAuthClient } from 'better-auth/client';
import * as OTPAuth from 'otpauth';
import { isLoopback } from './helpers.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Bundles `createAuthStore` and `createBetterAuthProvider` from the sources and imports them. */
export async function loadKit() {
  const dir = await mkdtemp(join(tmpdir(), 'auth-elements-factors-'));
  try {
    const outfile = join(dir, 'kit.mjs');
    await build({
      stdin: {
        contents:
          "export { createAuthStore } from './src/core/index.ts';\nexport { createBetterAuthProvider } from './src/providers/better-auth.ts';\n",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      outfile,
      logLevel: 'error',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A fetch with a cookie jar and the page's Origin, for one simulated browser. */
export function browserFetch(baseURL) {
  if (!isLoopback(baseURL)) throw new Error(`loopback only: ${baseURL}`);
  const jar = new Map();
  async function fetchLike(input, init = {}) {
    const request = input instanceof Request ? input : undefined;
    const url = new URL(request ? request.url : String(input), baseURL);
    if (url.origin !== new URL(baseURL).origin) throw new Error(`refusing a request off the server: ${url}`);
    const headers = new Headers(init.headers ?? request?.headers);
    headers.set('origin', baseURL);
    if (jar.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(url, {
      method: init.method ?? request?.method ?? 'GET',
      headers,
      body: init.body ?? (request ? await request.text() || undefined : undefined),
      redirect: 'manual',
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || attrs.some((a) => /^\s*max-age=0\s*$/i.test(a))) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }
  return { fetch: fetchLike, jar };
}

/**
 * One browser on the demo: the better-auth client, the adapter with every feature the demo
 * server has, and a store whose navigations are recorded and whose page is `at(path)`.
 */
export function openBrowser(kit, baseURL) {
  const net = browserFetch(baseURL);
  const client = createAuthClient({ baseURL, fetchOptions: { customFetchImpl: net.fetch } });
  const provider = kit.createBetterAuthProvider(client, {
    features: { twoFactor: true, emailOTP: true, magicLink: true, emailVerification: true },
  });
  const page = new URL('/login', baseURL);
  const navigations = [];
  const store = kit.createAuthStore({
    authProvider: provider,
    navigate: (to, { replace }) => navigations.push({ to, replace }),
    location: () => ({ href: page.href, pathname: page.pathname, search: page.search }),
    checkCacheTime: 0,
  });
  return {
    client,
    provider,
    store,
    navigations,
    jar: net.jar,
    /** Moves the simulated page. */
    at(path) {
      const next = new URL(path, baseURL);
      page.href = next.href;
    },
    /**
     * Opens a link from an e-mail in this browser: follows the server's redirects on its origin
     * (setting cookies) and leaves the page where they end.
     */
    async follow(link) {
      let url = new URL(link, baseURL);
      for (let hops = 0; hops < 5; hops++) {
        const response = await net.fetch(url.href);
        await response.arrayBuffer();
        const location = response.headers.get('location');
        if (response.status < 300 || response.status >= 400 || !location) break;
        url = new URL(location, url);
      }
      page.href = url.href;
      return url;
    },
  };
}

/** The outbox as the JSON behind /outbox, newest first. */
export async function outbox(baseURL) {
  const response = await fetch(new URL('/outbox.json', baseURL));
  return response.json();
}

/** The newest mail to `to` (with a subject matching `subject`), or a clear failure. */
export async function newestMail(baseURL, to, subject) {
  const mail = (await outbox(baseURL)).find((m) => m.to === to && (!subject || subject.test(m.subject)));
  if (!mail) throw new Error(`no mail to ${to}${subject ? ` matching ${subject}` : ''} in the outbox`);
  return mail;
}

/** The current authenticator-app code for a base32 secret. */
export function totpNow(secret) {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate();
}

/** A 6-digit code that is not valid for `secret` in any window the server accepts. */
export function wrongTotp(secret) {
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
  const now = Date.now();
  const valid = new Set([-2, -1, 0, 1, 2].map((w) => totp.generate({ timestamp: now + w * 30_000 })));
  for (let n = 0; ; n++) {
    const candidate = String(n).padStart(6, '0');
    if (!valid.has(candidate)) return candidate;
  }
}

/** The server's dev secret (from its data folder), to forge an expired link as an attacker cannot. */
export async function devSecret(dataDir) {
  return (await readFile(join(dataDir, 'dev-secret'), 'utf8')).trim();
}
