// better-auth on an embedded SQLite file: email + password, cookie sessions, password reset.
// Everything stays on this machine: no telemetry, reset e-mails go to the dev outbox.
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { betterAuth } from 'better-auth';
import { getMigrations } from 'better-auth/db/migration';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { genericOAuth } from 'better-auth/plugins/generic-oauth';
import { SqliteDialect } from 'kysely';
import { betterAuthLogger } from './log.mjs';

/** The demo account created on first start. */
export const DEMO_USER = Object.freeze({
  name: 'Demo Admin',
  email: 'demo@example.com',
  password: 'demo-password-123',
  role: 'admin',
});

// RFC 5321 caps a path (and so an address) at 254 characters. better-auth's schema does not,
// so a 10 000-character "address" would otherwise be stored.
const MAX_EMAIL = 254;
const MAX_NAME = 200;
// A profile picture link, or a small inline picture. Anything bigger belongs in file storage.
const MAX_IMAGE = 8 * 1024;

/**
 * Whether `image` may become an avatar: an absolute http(s) URL or an inline `data:image/`.
 * Anything else (`javascript:`, `data:text/html`, a protocol-relative `//host`) would be a
 * link or a frame source someone could be tricked into opening.
 */
export function isSafeImage(image) {
  if (typeof image !== 'string' || image.length > MAX_IMAGE) return false;
  if (/^data:image\/[a-z0-9.+-]+[;,]/i.test(image)) return true;
  if (!/^https?:\/\//i.test(image)) return false;
  try {
    const { protocol } = new URL(image);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The defaults of `createAuth`'s `rateLimit`: per client, for the endpoints that guess or send mail. */
export const DEFAULT_RATE_LIMIT = Object.freeze({ window: 60, max: 5 });

/** Refuses absurd sizes before better-auth sees them, with its own error codes and shape. */
const limits = createAuthMiddleware(async (ctx) => {
  const body = ctx.body;
  if (!body || typeof body !== 'object') return;
  if (typeof body.email === 'string' && body.email.length > MAX_EMAIL) {
    throw new APIError('BAD_REQUEST', { message: 'Invalid email', code: 'INVALID_EMAIL' });
  }
  if (typeof body.name === 'string' && body.name.length > MAX_NAME) {
    throw new APIError('BAD_REQUEST', { message: 'Name too long', code: 'NAME_TOO_LONG' });
  }
  // Sign-up and update-user both take `image`; null clears it.
  if (body.image !== undefined && body.image !== null && !isSafeImage(body.image)) {
    throw new APIError('BAD_REQUEST', { message: 'The image must be an http(s) or data:image URL of at most 8 KiB', code: 'INVALID_IMAGE' });
  }
});

/** Creates `file` owner-only if missing, and makes it owner-only if an older start left it open. */
function ownerOnly(file) {
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
}

/** Reads the dev secret from the data folder, creating it (owner-only) on first start. */
function devSecret(dataDir) {
  if (process.env.BETTER_AUTH_SECRET) return { secret: process.env.BETTER_AUTH_SECRET, from: 'BETTER_AUTH_SECRET' };
  const file = join(dataDir, 'dev-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  chmodSync(file, 0o600);
  return { secret: readFileSync(file, 'utf8').trim(), from: file };
}

/**
 * Opens (or creates) the database, migrates it and returns the better-auth instance.
 *
 * @param {object} o
 * @param {string} o.dataDir folder holding auth.sqlite and the dev secret (created if missing)
 * @param {string} o.baseURL the server's own origin, e.g. http://127.0.0.1:3000
 * @param {string[]} o.trustedOrigins origins whose pages may call the API
 * @param {(mail: { to: string, subject: string, url: string }) => void} o.sendMail the dev outbox
 * @param {boolean} [o.quiet] log errors only (tests)
 * @param {(line: string) => void} [o.log] where better-auth's log lines go (escaped); default the console
 * @param {{ window: number, max: number } | false} [o.rateLimit] the rule (seconds, requests per
 *   client) for sign-in, sign-up and password reset; default {@link DEFAULT_RATE_LIMIT}; `false`
 *   turns rate limiting off. On whatever NODE_ENV says (better-auth alone enables it only in production).
 * @param {object[]} [o.oauthProviders] OpenID Providers better-auth trusts (generic-oauth plugin configs)
 */
export async function createAuth({ dataDir, baseURL, trustedOrigins, sendMail, quiet = false, log, rateLimit = DEFAULT_RATE_LIMIT, oauthProviders = [] }) {
  // Sessions, password hashes and reset tokens live here: owner-only, also when it already existed.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  const dbFile = join(dataDir, 'auth.sqlite');
  // SQLite gives its -wal and -shm files the database file's mode, so creating it 0600 covers them.
  ownerOnly(dbFile);
  for (const extra of [`${dbFile}-wal`, `${dbFile}-shm`]) if (existsSync(extra)) chmodSync(extra, 0o600);
  const sqlite = new Database(dbFile);
  sqlite.pragma('journal_mode = WAL');
  // With WAL, NORMAL is corruption-safe and spares an fsync per write (sign-up writes three rows).
  sqlite.pragma('synchronous = NORMAL');
  const { secret, from: secretFrom } = devSecret(dataDir);

  const options = {
    appName: 'auth-elements demo',
    baseURL,
    basePath: '/api/auth',
    secret,
    trustedOrigins,
    telemetry: { enabled: false },
    logger: betterAuthLogger(log ?? ((line) => console.error(line)), quiet ? 'error' : 'warn'),
    hooks: { before: limits },
    plugins: oauthProviders.length ? [genericOAuth({ config: oauthProviders })] : [],
    rateLimit: rateLimit
      ? {
          enabled: true,
          // Everything else keeps better-auth's default rule (100 requests per 10 s).
          customRules: Object.fromEntries(
            ['/sign-in/*', '/sign-up/*', '/request-password-reset', '/reset-password', '/reset-password/*'].map((path) => [
              path,
              { window: rateLimit.window, max: rateLimit.max },
            ]),
          ),
        }
      : { enabled: false },
    // Why not `database: sqlite`: better-auth then wraps sign-up in a transaction on the single
    // SQLite connection while it hashes the password, so parallel requests queue behind it.
    database: { dialect: new SqliteDialect({ database: sqlite }), type: 'sqlite', transaction: false },
    user: {
      additionalFields: {
        // What getPermissions reports. `input: false`: nobody signs themselves up as admin.
        role: { type: 'string', required: false, defaultValue: 'user', input: false },
      },
    },
    emailAndPassword: {
      enabled: true,
      autoSignIn: true,
      revokeSessionsOnPasswordReset: true,
      // Not awaited and synchronous: a known address must not answer slower than an unknown one.
      sendResetPassword: ({ user, url }) => {
        sendMail({ to: user.email, subject: 'Reset your password', url });
      },
    },
  };

  const { runMigrations } = await getMigrations(options);
  await runMigrations();
  const auth = betterAuth(options);

  let demoCreated = false;
  const exists = sqlite.prepare('SELECT 1 FROM user WHERE email = ?').get(DEMO_USER.email);
  if (!exists) {
    await auth.api.signUpEmail({
      body: { name: DEMO_USER.name, email: DEMO_USER.email, password: DEMO_USER.password },
    });
    sqlite.prepare('UPDATE user SET role = ? WHERE email = ?').run(DEMO_USER.role, DEMO_USER.email);
    demoCreated = true;
  }

  return {
    auth,
    dbFile,
    rateLimit: rateLimit ? { window: rateLimit.window, max: rateLimit.max } : false,
    secretFrom,
    demoCreated,
    close: () => sqlite.close(),
  };
}
