import { settle, type Settled } from './settle.js';
import type { AnyAuthProvider, AuthAction, AuthChallenge, AuthDialect, TwoFactorMethod } from './types.js';

/*
 * Every dialect is normalised to one internal contract (close to refine v4's result objects,
 * which can express everything the older dialects can). The store only ever sees these.
 */

/** Result of login, logout, register, forgotPassword, updatePassword. */
export interface ActionResult {
  success: boolean;
  /** A target path; `false` for "stay"; `undefined` for "use the default". */
  redirectTo?: unknown;
  /** The raw error to normalise, when `success` is false. */
  error?: unknown;
  timedOut?: boolean;
  /** One more step is needed before the user is signed in (then `success` is `false`, with no error). */
  challenge?: AuthChallenge;
  /** What a successful call answered: the resolved value (a v4 result object's `data`). */
  data?: unknown;
}

/** Result of checkAuth / check. */
export interface CheckResult {
  authenticated: boolean;
  redirectTo?: unknown;
  error?: unknown;
  /** Whether `error` is worth showing (react-admin's `{ message }`, a v4 `error`). */
  notify?: boolean;
  data?: unknown;
  timedOut?: boolean;
}

/** Result of checkError / onError. */
export interface ErrorCheckResult {
  logout: boolean;
  redirectTo?: unknown;
  error?: unknown;
  notify?: boolean;
  timedOut?: boolean;
}

/** Result of getIdentity / getPermissions. */
export interface DataResult {
  ok: boolean;
  data?: unknown;
  error?: unknown;
  timedOut?: boolean;
}

/** The store actions that call one provider method and answer like login (success, target, error). */
export type ActionMethod = Exclude<AuthAction, 'checkAuth' | 'checkError' | 'getPermissions' | 'getIdentity'>;

/** The one contract the store calls. */
export interface NormalizedProvider {
  readonly dialect: AuthDialect;
  /** The limit of a browser ceremony's call (a passkey prompt). */
  readonly ceremonyMs: number;
  /** Whether the provider implements an optional action at all. */
  has(method: ActionMethod | 'getIdentity' | 'getPermissions'): boolean;
  /** `timeoutMs` replaces the provider-wide limit for this call (0 waits forever). */
  action(method: ActionMethod, params: unknown, timeoutMs?: number): Promise<ActionResult>;
  check(params: unknown): Promise<CheckResult>;
  checkError(error: unknown): Promise<ErrorCheckResult>;
  getIdentity(params: unknown): Promise<DataResult>;
  getPermissions(params: unknown): Promise<DataResult>;
}

type Methods = Record<string, ((...args: unknown[]) => unknown) | undefined>;

const isFn = (value: unknown): value is (...args: unknown[]) => unknown => typeof value === 'function';
const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object';

/** Safe property read: hostile objects (throwing getters, revoked proxies) read as `undefined`. */
function read(value: unknown, key: string): unknown {
  if (!isObject(value)) return undefined;
  try {
    return value[key];
  } catch {
    return undefined;
  }
}

/** Safe `key in value`: a Proxy's throwing `has` trap (or a revoked Proxy) reads as `false`. */
function hasKey(value: unknown, key: string): boolean {
  if (!isObject(value)) return false;
  try {
    return key in value;
  } catch {
    return false;
  }
}

const TWO_FACTOR_METHODS: readonly TwoFactorMethod[] = ['totp', 'otp', 'backup-code'];

/**
 * Reads `answer.challenge` into a frozen {@link AuthChallenge}, or `undefined` when there is none
 * or it is not one the kit knows (an unknown step cannot be shown, so it is not a challenge).
 * Only known methods and a string e-mail survive: the value reaches the UI.
 */
export function readChallenge(answer: unknown): AuthChallenge | undefined {
  const raw = read(answer, 'challenge');
  const type = read(raw, 'type');
  if (type === 'verify-email') {
    const email = read(raw, 'email');
    return Object.freeze(typeof email === 'string' && email ? { type, email } : { type });
  }
  if (type !== 'two-factor') return undefined;
  const listed = read(raw, 'methods');
  if (!Array.isArray(listed)) return Object.freeze({ type });
  // The provider's order is its preference: keep it, drop duplicates and unknown names.
  const ordered = [...new Set<unknown>(listed)].filter((m): m is TwoFactorMethod => TWO_FACTOR_METHODS.includes(m as TwoFactorMethod));
  return Object.freeze(ordered.length ? { type, methods: Object.freeze(ordered) } : { type });
}

const REQUIRED: Record<AuthDialect, readonly string[]> = {
  'refine-v3': ['login', 'logout', 'checkAuth', 'checkError'],
  'refine-v4': ['login', 'logout', 'check', 'onError'],
  'react-admin': ['login', 'logout', 'checkAuth', 'checkError'],
};

/**
 * Detects the dialect once: `check`/`onError` mean refine v4+; `getIdentity` without
 * `getUserIdentity` means react-admin; otherwise refine v3 (the tutorial's shape).
 */
export function detectDialect(provider: object): AuthDialect {
  const p = provider as Methods;
  if (isFn(p.check) || isFn(p.onError)) return 'refine-v4';
  if (isFn(p.getIdentity) && !isFn(p.getUserIdentity)) return 'react-admin';
  return 'refine-v3';
}

/**
 * Validates a provider and wraps it in the internal contract.
 * @throws TypeError naming the first required method that is missing.
 */
export function normalizeProvider(
  provider: AnyAuthProvider,
  timeoutMs: number,
  dialect: AuthDialect = detectDialect(provider ?? {}),
): NormalizedProvider {
  if (!isObject(provider)) {
    throw new TypeError('auth-elements: authProvider must be an object with login, logout, checkAuth and checkError methods.');
  }
  const p = provider as unknown as Methods;
  for (const method of REQUIRED[dialect]) {
    if (!isFn(p[method])) {
      throw new TypeError(
        `auth-elements: the authProvider (${dialect}) has no "${method}" method, which is required.`,
      );
    }
  }
  const v4 = dialect === 'refine-v4';
  const identityMethod = dialect === 'refine-v3' ? 'getUserIdentity' : 'getIdentity';
  // `this` stays the provider: class-based providers rely on it.
  const call = (method: string, arg: unknown, limit = timeoutMs): Promise<Settled> =>
    settle(() => (p[method] as (a: unknown) => unknown).call(provider, arg), limit);
  // A browser ceremony (a passkey prompt) waits for a person: never less than WebAuthn's own
  // five-minute ceiling, so a slow hand is not a timeout; still bounded, so it cannot hang a form.
  const ceremonyMs = timeoutMs > 0 ? Math.max(timeoutMs, 300_000) : 0;

  const toAction = (settled: Settled): ActionResult => {
    if (settled.status === 'timeout') return { success: false, timedOut: true };
    if (settled.status === 'rejected') return { success: false, error: settled.reason };
    const value = settled.value;
    // Any dialect may answer "one more step" by carrying a challenge (v4 with either `success`):
    // it wins over `success`, because the user is not signed in yet whatever else was said.
    const challenge = readChallenge(value);
    if (challenge) return { success: false, challenge };
    // refine v4 answers with `{ success, redirectTo, error }`. A v4 provider that returns
    // something else is read like v3 (resolved = success), which is the forgiving reading.
    if (v4 && hasKey(value, 'success')) {
      return read(value, 'success')
        ? { success: true, redirectTo: read(value, 'redirectTo'), data: read(value, 'data') }
        : { success: false, error: read(value, 'error') };
    }
    // react-admin's login resolves `{ redirectTo }`, and a falsy one means "stay there".
    if (dialect === 'react-admin' && hasKey(value, 'redirectTo')) {
      return { success: true, redirectTo: read(value, 'redirectTo') || false, data: value };
    }
    return { success: true, redirectTo: value, data: value };
  };

  const toData = (settled: Settled): DataResult => {
    if (settled.status === 'timeout') return { ok: false, timedOut: true };
    if (settled.status === 'rejected') return { ok: false, error: settled.reason };
    return { ok: true, data: settled.value ?? null };
  };

  return {
    dialect,
    ceremonyMs,
    has: (method) => isFn(p[method === 'getIdentity' ? identityMethod : method]),
    action: async (method, params, limit) => toAction(await call(method, params, limit)),

    async check(params) {
      const settled = await call(v4 ? 'check' : 'checkAuth', params);
      if (settled.status === 'timeout') return { authenticated: false, timedOut: true };
      if (settled.status === 'rejected') {
        const reason = settled.reason;
        return {
          authenticated: false,
          // refine v3 rejects with `{ redirectPath }`, react-admin with `{ redirectTo }`.
          redirectTo: read(reason, 'redirectPath') ?? read(reason, 'redirectTo'),
          error: reason,
          // react-admin shows a rejection's message; `message: false` silences it.
          notify: dialect === 'react-admin' && typeof read(reason, 'message') === 'string',
        };
      }
      const value = settled.value;
      if (v4) {
        // refine v4 trusts `authenticated` and nothing else. Any other answer (nothing, `{}`,
        // a v3-style bare resolve) must fail closed: a guard may not show protected content.
        const authenticated = Boolean(read(value, 'authenticated'));
        const error = read(value, 'error');
        return authenticated
          ? { authenticated, data: value }
          : { authenticated, redirectTo: read(value, 'redirectTo'), error, notify: error !== undefined };
      }
      return { authenticated: true, data: value };
    },

    async checkError(error) {
      const settled = await call(v4 ? 'onError' : 'checkError', error);
      if (settled.status === 'timeout') return { logout: false, timedOut: true };
      if (v4) {
        // A v4 onError that throws tells us nothing about the session: keep it, record the error.
        if (settled.status === 'rejected') return { logout: false, error: settled.reason, notify: true };
        const value = settled.value;
        const err = read(value, 'error');
        return {
          logout: Boolean(read(value, 'logout')),
          redirectTo: read(value, 'redirectTo'),
          error: err,
          notify: err !== undefined,
        };
      }
      if (settled.status === 'fulfilled') return { logout: false };
      const reason = settled.reason;
      return {
        // react-admin's `{ logoutUser: false }` rejects without logging out.
        logout: read(reason, 'logoutUser') !== false,
        // v3 rejects with a path, `false`, or `{ redirectPath }`; react-admin with `{ redirectTo }`.
        redirectTo:
          typeof reason === 'string' || reason === false
            ? reason
            : read(reason, 'redirectPath') ?? read(reason, 'redirectTo'),
        error: reason,
        notify: isObject(reason) && typeof read(reason, 'message') === 'string',
      };
    },

    getIdentity: async (params) =>
      isFn(p[identityMethod]) ? toData(await call(identityMethod, params)) : { ok: false },
    getPermissions: async (params) =>
      isFn(p.getPermissions) ? toData(await call('getPermissions', params)) : { ok: false },
  };
}
