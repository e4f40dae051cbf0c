// better-auth on an embedded SQLite file: email + password, cookie sessions, password reset,
// e-mail verification, two-factor (authenticator app, e-mailed codes, backup codes), sign-in
// codes and magic links. Everything stays on this machine: no telemetry, every e-mail goes to
// the dev outbox.
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { betterAuth } from 'better-auth';
import { getMigrations } from 'better-auth/db/migration';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { genericOAuth } from 'better-auth/plugins/generic-oauth';
import { emailOTP, magicLink, twoFactor } from 'better-auth/plugins';
import { passkey } from '@better-auth/passkey';
import { createOTP } from '@better-auth/utils/otp';
import { base32 } from '@better-auth/utils/base32';
import { jwtVerify } from 'jose';
import { SqliteDialect } from 'kysely';
import { betterAuthLogger } from './log.mjs';

/** The demo account created on first start. */
export const DEMO_USER = Object.freeze({
  name: 'Demo Admin',
  email: 'demo@example.com',
  password: 'demo-password-123',
  role: 'admin',
});

/**
 * The second demo account, created only when asked (`twoFactorDemoUser`): two-factor on
 * (authenticator app, e-mailed codes, backup codes).
 */
export const TWO_FACTOR_USER = Object.freeze({
  name: 'Demo Two-Factor',
  email: 'two-factor@example.com',
  password: 'demo-password-456',
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

/**
 * better-auth accepts a verification link again after it worked (it answers "verified" and signs
 * nobody in). The demo makes a link single-use, so a reused one says so: refused like an invalid one.
 */
function singleUseVerificationLinks() {
  return {
    id: 'single-use-verification-links',
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path === '/verify-email',
          handler: createAuthMiddleware(async (ctx) => {
            const token = ctx.query?.token;
            if (typeof token !== 'string') return;
            let payload;
            try {
              ({ payload } = await jwtVerify(token, new TextEncoder().encode(ctx.context.secret), { algorithms: ['HS256'] }));
            } catch {
              return; // expired or forged: better-auth says which
            }
            if (payload.updateTo || typeof payload.email !== 'string') return;
            const found = await ctx.context.internalAdapter.findUserByEmail(payload.email);
            if (!found?.user.emailVerified) return;
            const error = { code: 'INVALID_TOKEN', message: 'This verification link was already used.' };
            const callbackURL = ctx.query?.callbackURL;
            let target;
            try {
              target = typeof callbackURL === 'string' && callbackURL ? new URL(callbackURL, ctx.context.baseURL) : undefined;
            } catch {
              target = undefined;
            }
            // This hook runs before better-auth's own callbackURL check: redirect only to a trusted
            // origin, or it would be an open redirect for anyone holding a used link.
            const trusted = [new URL(ctx.context.baseURL).origin, ...(ctx.context.trustedOrigins ?? [])];
            if (target && trusted.includes(target.origin)) {
              target.searchParams.set('error', error.code);
              throw ctx.redirect(target.origin === new URL(ctx.context.baseURL).origin ? `${target.pathname}${target.search}` : target.href);
            }
            throw new APIError('UNAUTHORIZED', error);
          }),
        },
      ],
    },
  };
}

/**
 * The page a verification link lands on. A link sent because a sign-in was refused carries
 * better-auth's default `callbackURL=/` (the sign-in request names none); every demo link lands
 * on /verify-email instead, which says "confirmed" or "expired, send again". A link that names
 * its own page (sign-up, "send again") keeps it.
 */
export function landOnVerifyPage(link) {
  try {
    const url = new URL(link);
    if ((url.searchParams.get('callbackURL') ?? '/') !== '/') return link;
    url.searchParams.set('callbackURL', '/verify-email');
    return url.href;
  } catch {
    return link;
  }
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
 * Creates the two-factor demo user once (verified, TOTP confirmed, backup codes issued) and keeps
 * its TOTP secret and backup codes in the data folder, so every start can print them.
 * @returns {Promise<{ email: string, password: string, totpSecret: string, totpURI: string, backupCodes: string[], created: boolean }>}
 */
async function ensureTwoFactorUser(auth, sqlite, dataDir) {
  const file = join(dataDir, 'demo-two-factor.json');
  const row = sqlite.prepare('SELECT twoFactorEnabled FROM user WHERE email = ?').get(TWO_FACTOR_USER.email);
  if (row?.twoFactorEnabled && existsSync(file)) {
    try {
      return { ...JSON.parse(readFileSync(file, 'utf8')), email: TWO_FACTOR_USER.email, password: TWO_FACTOR_USER.password, created: false };
    } catch {
      // A damaged file: fall through and set two-factor up again.
    }
  }
  if (!row) {
    await auth.api.signUpEmail({ body: { name: TWO_FACTOR_USER.name, email: TWO_FACTOR_USER.email, password: TWO_FACTOR_USER.password } });
  }
  sqlite.prepare('UPDATE user SET emailVerified = 1, twoFactorEnabled = 0 WHERE email = ?').run(TWO_FACTOR_USER.email);
  sqlite.prepare('DELETE FROM twoFactor WHERE userId = (SELECT id FROM user WHERE email = ?)').run(TWO_FACTOR_USER.email);
  const signIn = await auth.api.signInEmail({
    body: { email: TWO_FACTOR_USER.email, password: TWO_FACTOR_USER.password },
    returnHeaders: true,
  });
  const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const headers = new Headers({ cookie });
  const { totpURI, backupCodes } = await auth.api.enableTwoFactor({ body: { password: TWO_FACTOR_USER.password }, headers });
  const totpSecret = new URL(totpURI).searchParams.get('secret');
  // Confirming with a current code turns two-factor on, as a person does in the app.
  // The URI carries the secret in base32 (what an app scans); better-auth keys the OTP with its raw text.
  const code = await createOTP(new TextDecoder().decode(base32.decode(totpSecret))).totp();
  const confirmed = await auth.api.verifyTOTP({ body: { code }, headers, returnHeaders: true });
  const signOutCookie = confirmed.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') || cookie;
  await auth.api.signOut({ headers: new Headers({ cookie: signOutCookie }) }).catch(() => {});
  const saved = { totpSecret, totpURI, backupCodes };
  writeFileSync(file, JSON.stringify(saved, null, 2), { mode: 0o600 });
  // Owner-only also when an older start wrote it more open: it holds the TOTP secret.
  chmodSync(file, 0o600);
  return { ...saved, email: TWO_FACTOR_USER.email, password: TWO_FACTOR_USER.password, created: true };
}

/**
 * Opens (or creates) the database, migrates it and returns the better-auth instance.
 *
 * @param {object} o
 * @param {string} o.dataDir folder holding auth.sqlite and the dev secret (created if missing)
 * @param {string} o.baseURL the server's own origin, e.g. http://localhost:3000 (passkeys need a
 *   name: WebAuthn refuses an IP address as the relying party)
 * @param {string[]} o.trustedOrigins origins whose pages may call the API
 * @param {(mail: { to: string, subject: string, url?: string, code?: string }) => void} o.sendMail the dev outbox
 * @param {boolean} [o.quiet] log errors only (tests)
 * @param {(line: string) => void} [o.log] where better-auth's log lines go (escaped); default the console
 * @param {{ window: number, max: number } | false} [o.rateLimit] the rule (seconds, requests per
 *   client) for sign-in, sign-up and password reset; default {@link DEFAULT_RATE_LIMIT}; `false`
 *   turns rate limiting off. On whatever NODE_ENV says (better-auth alone enables it only in production).
 * @param {object[]} [o.oauthProviders] OpenID Providers better-auth trusts (generic-oauth plugin configs)
 * @param {boolean} [o.requireEmailVerification] password sign-in needs a verified address and
 *   sign-up sends a verification link (default false: no element shows that step yet)
 * @param {boolean} [o.twoFactorDemoUser] create the two-factor demo account (default false)
 */
export async function createAuth({
  dataDir,
  baseURL,
  trustedOrigins,
  sendMail,
  quiet = false,
  log,
  rateLimit = DEFAULT_RATE_LIMIT,
  oauthProviders = [],
  requireEmailVerification = false,
  twoFactorDemoUser = false,
}) {
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
  let seeding = true;

  const options = {
    appName: 'auth-elements demo',
    baseURL,
    basePath: '/api/auth',
    secret,
    trustedOrigins,
    telemetry: { enabled: false },
    logger: betterAuthLogger(log ?? ((line) => console.error(line)), quiet ? 'error' : 'warn'),
    hooks: { before: limits },
    plugins: [
      twoFactor({
        otpOptions: {
          sendOTP: ({ user, otp }) => {
            sendMail({ to: user.email, subject: 'Your sign-in verification code', code: otp });
          },
        },
      }),
      emailOTP({
        // Sign-in codes only: verification stays a link, password reset stays a link.
        disableSignUp: true,
        sendVerificationOTP: ({ email, otp, type }) => {
          sendMail({ to: email, subject: type === 'sign-in' ? 'Your sign-in code' : 'Your verification code', code: otp });
        },
      }),
      magicLink({
        disableSignUp: true,
        sendMagicLink: ({ email, url }) => {
          sendMail({ to: email, subject: 'Your sign-in link', url });
        },
      }),
      singleUseVerificationLinks(),
      // Passkeys belong to the name the pages are served under (an IP address is refused).
      passkey({ rpID: new URL(baseURL).hostname, rpName: 'auth-elements demo', origin: new URL(baseURL).origin }),
      ...(oauthProviders.length ? [genericOAuth({ config: oauthProviders })] : []),
    ],
    rateLimit: rateLimit
      ? {
          enabled: true,
          // Everything else keeps better-auth's default rule (100 requests per 10 s).
          customRules: Object.fromEntries(
            [
              '/sign-in/*',
              '/sign-up/*',
              '/request-password-reset',
              '/reset-password',
              '/reset-password/*',
              // Second factors and e-mailed codes are guesses too; the send endpoints send mail.
              '/two-factor/*',
              '/email-otp/*',
              '/send-verification-email',
            ].map((path) => [
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
      // A verified address changes only through a link mailed to the new one (the outbox).
      changeEmail: { enabled: true },
      // The account page's "delete account" asks for the password (or a fresh sign-in).
      deleteUser: { enabled: true },
      additionalFields: {
        // What getPermissions reports. `input: false`: nobody signs themselves up as admin.
        role: { type: 'string', required: false, defaultValue: 'user', input: false },
      },
    },
    emailAndPassword: {
      enabled: true,
      autoSignIn: true,
      requireEmailVerification,
      revokeSessionsOnPasswordReset: true,
      // Not awaited and synchronous: a known address must not answer slower than an unknown one.
      sendResetPassword: ({ user, url }) => {
        sendMail({ to: user.email, subject: 'Reset your password', url });
      },
    },
    // The link is better-auth's own: it verifies on the server, signs the user in and lands on
    // the callbackURL (with ?error= when the link is expired or used). Not awaited, as above.
    emailVerification: {
      sendOnSignUp: requireEmailVerification,
      // A blocked sign-in sends a fresh link: the old one may have expired.
      sendOnSignIn: requireEmailVerification,
      autoSignInAfterVerification: true,
      expiresIn: 3600,
      sendVerificationEmail: ({ user, url }) => {
        // The demo accounts are verified by hand right after they are created.
        if (seeding) return;
        sendMail({ to: user.email, subject: 'Verify your e-mail address', url: landOnVerifyPage(url) });
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
  // The printed demo users can sign in at once: their addresses count as verified.
  sqlite.prepare('UPDATE user SET emailVerified = 1 WHERE email = ?').run(DEMO_USER.email);
  const twoFactorUser = twoFactorDemoUser ? await ensureTwoFactorUser(auth, sqlite, dataDir) : undefined;
  seeding = false;

  return {
    auth,
    dbFile,
    rateLimit: rateLimit ? { window: rateLimit.window, max: rateLimit.max } : false,
    secretFrom,
    demoCreated,
    twoFactorUser,
    close: () => sqlite.close(),
  };
}
