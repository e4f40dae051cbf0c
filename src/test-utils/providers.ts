/**
 * Fake authProviders for tests, one factory per dialect the kit accepts (refine v3, refine v4+,
 * react-admin). Every fake records its calls (method, arguments, `this`), and each method's
 * behaviour can be swapped at any time: resolve or reject with anything, hold the answer in a
 * {@link Deferred} you settle by hand, throw synchronously, or never settle.
 *
 * ```ts
 * const fake = refineV3Provider({ login: rejects({ message: 'Nope' }) });
 * const store = createAuthStore({ authProvider: fake.provider, navigate });
 * const held = fake.hold('checkAuth');           // the next checkAuth calls wait for `held`
 * const outcome = store.checkAuth();
 * held.resolve(undefined);
 * expect(fake.argsOf('checkAuth')).to.deep.equal([[{}]]);
 * ```
 *
 * {@link DIALECTS} describes each dialect's way of saying the same thing ("logged in, go to
 * /x", "not authenticated", "log out") so a test can be written once per contract row and run
 * for all three.
 */
import type { AccountAction, AuthDialect, ReactAdminAuthProvider, RefineV3AuthProvider, RefineV4AuthProvider } from '../core/index.js';

/* ---------------------------------------------------------------- behaviours */

/** A promise with its `resolve`/`reject` exposed, so a test decides when a provider answers. */
export interface Deferred<T = unknown> {
  readonly promise: Promise<T>;
  /** Settles the promise with `value` (optional when `T` admits `undefined`). */
  resolve(...value: undefined extends T ? [value?: T] : [value: T]): void;
  reject(reason?: unknown): void;
}

/** Creates a {@link Deferred}. */
export function deferred<T = unknown>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason?: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve: (...value) => resolve(value[0] as T), reject };
}

/** What a fake provider method does when called. Receives the call's arguments. */
export type Behaviour = (...args: any[]) => unknown;

/** Resolves with `value` (omit it for a bare `Promise.resolve()`). */
export const resolves =
  (value?: unknown): Behaviour =>
  () =>
    Promise.resolve(value);

/** Rejects with `reason` (omit it for a bare `Promise.reject()`). */
export const rejects =
  (reason?: unknown): Behaviour =>
  () =>
    Promise.reject(reason);

/** Returns `value` synchronously, not wrapped in a promise. */
export const returns =
  (value?: unknown): Behaviour =>
  () =>
    value;

/** Throws `error` synchronously instead of returning a promise. */
export const throws =
  (error: unknown): Behaviour =>
  () => {
    throw error;
  };

/** Returns a promise that never settles. */
export const neverSettles: Behaviour = () => new Promise<never>(() => {});

/* ---------------------------------------------------------------- recording */

/** One recorded call of a fake provider method. */
export interface ProviderCall {
  method: string;
  args: unknown[];
  /** The `this` the method was called with (the kit must call methods on the provider). */
  self: unknown;
}

/** A fake authProvider plus the handles a test needs to drive and inspect it. */
export interface FakeProvider<P extends object, M extends string = string> {
  /** The object to hand to `createAuthStore({ authProvider })`. */
  readonly provider: P;
  /** Every call, in order. */
  readonly calls: ProviderCall[];
  /** The argument lists of every call to `method`, in order. */
  argsOf(method: M): unknown[][];
  /** How many times `method` was called. */
  countOf(method: M): number;
  /** Replaces what `method` does from now on (the method is created if it was absent). */
  set(method: M, behaviour: Behaviour): void;
  /** Makes the following calls of `method` return one promise you settle by hand. */
  hold<T = unknown>(method: M): Deferred<T>;
  /** Deletes `method` from the provider, as if the app never implemented it. */
  remove(method: M): void;
}

/** Method overrides: a behaviour replaces the default, `undefined` leaves the method out. */
export type Overrides<M extends string> = Partial<Record<M, Behaviour | undefined>>;

function fakeProvider<P extends object, M extends string>(
  defaults: Partial<Record<M, Behaviour>>,
  overrides: Overrides<M> = {},
): FakeProvider<P, M> {
  const calls: ProviderCall[] = [];
  const provider: Record<string, unknown> = {};
  const set = (method: M, behaviour: Behaviour): void => {
    // A plain `function` so the recorded `this` is whatever the caller used.
    provider[method] = function recorded(this: unknown, ...args: unknown[]) {
      calls.push({ method, args, self: this });
      return behaviour(...args);
    };
  };
  const all = { ...defaults, ...overrides } as Record<M, Behaviour | undefined>;
  for (const method of Object.keys(all) as M[]) {
    const behaviour = all[method];
    if (behaviour) set(method, behaviour);
  }
  return {
    provider: provider as P,
    calls,
    argsOf: (method) => calls.filter((c) => c.method === method).map((c) => c.args),
    countOf: (method) => calls.filter((c) => c.method === method).length,
    set,
    hold<T>(method: M) {
      const held = deferred<T>();
      set(method, () => held.promise);
      return held;
    },
    remove: (method) => {
      delete provider[method];
    },
  };
}

/* ---------------------------------------------------------------- per dialect */

/** Identity every fake returns by default. */
export const JANE = Object.freeze({ id: 1, name: 'Jane Doe' });
/** Permissions every fake returns by default. */
export const ADMIN = Object.freeze(['admin']);

// The account page's optional methods (`store.perform`) are methods of the same name in every dialect.
export type RefineV3Method = keyof RefineV3AuthProvider | AccountAction;
export type RefineV4Method = keyof RefineV4AuthProvider | AccountAction;
export type ReactAdminMethod = 'login' | 'logout' | 'checkAuth' | 'checkError' | 'getIdentity' | 'getPermissions';

/**
 * A refine v3 provider (the tutorial's shape): every method resolves with nothing, except
 * `getUserIdentity` ({@link JANE}) and `getPermissions` ({@link ADMIN}).
 */
export function refineV3Provider(overrides?: Overrides<RefineV3Method>): FakeProvider<RefineV3AuthProvider, RefineV3Method> {
  return fakeProvider(
    {
      login: resolves(),
      logout: resolves(),
      checkAuth: resolves(),
      checkError: resolves(),
      getPermissions: resolves(ADMIN),
      getUserIdentity: resolves(JANE),
      register: resolves(),
      forgotPassword: resolves(),
      updatePassword: resolves(),
    },
    overrides,
  );
}

/**
 * A refine v4+ provider: actions resolve `{ success: true }`, `check` resolves
 * `{ authenticated: true }`, `onError` resolves `{}` (keep the session).
 */
export function refineV4Provider(overrides?: Overrides<RefineV4Method>): FakeProvider<RefineV4AuthProvider, RefineV4Method> {
  return fakeProvider(
    {
      login: resolves({ success: true }),
      logout: resolves({ success: true }),
      check: resolves({ authenticated: true }),
      onError: resolves({}),
      getPermissions: resolves(ADMIN),
      getIdentity: resolves(JANE),
      register: resolves({ success: true }),
      forgotPassword: resolves({ success: true }),
      updatePassword: resolves({ success: true }),
    },
    overrides,
  );
}

/** A react-admin provider: everything resolves; `getIdentity` gives {@link JANE}. */
export function reactAdminProvider(overrides?: Overrides<ReactAdminMethod>): FakeProvider<ReactAdminAuthProvider, ReactAdminMethod> {
  return fakeProvider(
    {
      login: resolves(),
      logout: resolves(),
      checkAuth: resolves(),
      checkError: resolves(),
      getIdentity: resolves(JANE),
      getPermissions: resolves(ADMIN),
    },
    overrides,
  );
}

/* ---------------------------------------------------------------- dialect kits */

/** A method name of the normalised contract, spelled per dialect by {@link DialectKit.method}. */
export type ContractMethod =
  | 'login'
  | 'logout'
  | 'register'
  | 'forgotPassword'
  | 'updatePassword'
  | 'check'
  | 'onError'
  | 'getIdentity'
  | 'getPermissions';

/**
 * How one dialect says each thing the contract table talks about. Builders return a
 * {@link Behaviour} to pass to `create({...})` or `fake.set(...)`.
 */
export interface DialectKit {
  readonly dialect: AuthDialect;
  /** The provider's own name for a contract method (`check` is `checkAuth` in refine v3). */
  method(name: ContractMethod): string;
  /**
   * A fresh recording provider; overrides are keyed by the provider's own method names (a
   * react-admin fake has no register/forgotPassword/updatePassword unless you pass them).
   */
  create(overrides?: Record<string, Behaviour | undefined>): FakeProvider<any, string>;
  /** An action (login, logout, register, …) succeeded; `to` is the path it answered, or `false`. */
  succeed(to?: string | false): Behaviour;
  /** An action failed with `error` (v4 resolves `{ success: false, error }`, the others reject). */
  fail(error?: unknown): Behaviour;
  /** The session check says: signed in. */
  authenticated(): Behaviour;
  /** The session check says: not signed in, optionally go to `redirectTo`, optionally with an error. */
  unauthenticated(redirectTo?: string, error?: unknown): Behaviour;
  /** The API-error check says: keep the session. */
  keepSession(): Behaviour;
  /** The API-error check says: log out, then go to `redirectTo` (`false`: nowhere; omitted: the logout default). */
  logOut(redirectTo?: string | false): Behaviour;
}

const names = (check: string, onError: string, identity: string) => (name: ContractMethod) =>
  name === 'check' ? check : name === 'onError' ? onError : name === 'getIdentity' ? identity : name;

/** refine v3: results are resolved values, failures are rejections. */
export const refineV3: DialectKit = {
  dialect: 'refine-v3',
  method: names('checkAuth', 'checkError', 'getUserIdentity'),
  create: (overrides) => refineV3Provider(overrides as Overrides<RefineV3Method>),
  succeed: (to) => resolves(to),
  fail: (error) => rejects(error),
  authenticated: () => resolves(),
  unauthenticated: (redirectTo, error) =>
    rejects(redirectTo === undefined && error === undefined ? undefined : { redirectPath: redirectTo, ...(error as object) }),
  keepSession: () => resolves(),
  logOut: (redirectTo) => rejects(redirectTo),
};

/** refine v4+: every answer is a resolved result object. */
export const refineV4: DialectKit = {
  dialect: 'refine-v4',
  method: names('check', 'onError', 'getIdentity'),
  create: (overrides) => refineV4Provider(overrides as Overrides<RefineV4Method>),
  succeed: (to) => resolves(to === undefined ? { success: true } : { success: true, redirectTo: to }),
  fail: (error) => resolves({ success: false, error }),
  authenticated: () => resolves({ authenticated: true }),
  unauthenticated: (redirectTo, error) => resolves({ authenticated: false, logout: true, redirectTo, error }),
  keepSession: () => resolves({}),
  logOut: (redirectTo) => resolves({ logout: true, redirectTo }),
};

/** react-admin: like refine v3, but `{ redirectTo }` rejections and `getIdentity`. */
export const reactAdmin: DialectKit = {
  dialect: 'react-admin',
  method: names('checkAuth', 'checkError', 'getIdentity'),
  create: (overrides) => reactAdminProvider(overrides as Overrides<ReactAdminMethod>),
  succeed: (to) => resolves(to),
  fail: (error) => rejects(error),
  authenticated: () => resolves(),
  unauthenticated: (redirectTo, error) =>
    rejects(redirectTo === undefined && error === undefined ? undefined : { redirectTo, ...(error as object) }),
  keepSession: () => resolves(),
  logOut: (redirectTo) => rejects(redirectTo === undefined ? {} : { redirectTo }),
};

/** The three dialects, for `for (const kit of DIALECTS) describe(kit.dialect, …)`. */
export const DIALECTS: readonly DialectKit[] = [refineV3, refineV4, reactAdmin];
