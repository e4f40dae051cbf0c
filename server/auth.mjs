// better-auth on an embedded SQLite file: email + password, cookie sessions, password reset.
// Everything stays on this machine: no telemetry, reset e-mails go to the dev outbox.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { betterAuth } from 'better-auth';
import { getMigrations } from 'better-auth/db/migration';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { genericOAuth } from 'better-auth/plugins/generic-oauth';
import { SqliteDialect } from 'kysely';

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
});

/** Reads the dev secret from the data folder, creating it (owner-only) on first start. */
function devSecret(dataDir) {
  if (process.env.BETTER_AUTH_SECRET) return { secret: process.env.BETTER_AUTH_SECRET, from: 'BETTER_AUTH_SECRET' };
  const file = join(dataDir, 'dev-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
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
 * @param {{ window: number, max: number }} [o.rateLimit] turn rate limiting on with this rule for
 *   every endpoint (better-auth turns it on by itself only with NODE_ENV=production)
 * @param {object[]} [o.oauthProviders] OpenID Providers better-auth trusts (generic-oauth plugin configs)
 */
export async function createAuth({ dataDir, baseURL, trustedOrigins, sendMail, quiet = false, rateLimit, oauthProviders = [] }) {
  mkdirSync(dataDir, { recursive: true });
  const dbFile = join(dataDir, 'auth.sqlite');
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
    logger: { level: quiet ? 'error' : 'warn' },
    hooks: { before: limits },
    plugins: oauthProviders.length ? [genericOAuth({ config: oauthProviders })] : [],
    ...(rateLimit
      ? { rateLimit: { enabled: true, window: rateLimit.window, max: rateLimit.max, customRules: { '/sign-in/*': rateLimit, '/sign-up/*': rateLimit } } }
      : {}),
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
    secretFrom,
    demoCreated,
    close: () => sqlite.close(),
  };
}
