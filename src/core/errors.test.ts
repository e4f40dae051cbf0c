/**
 * Whatever a provider rejects with becomes a plain-text `{ name, message }` with refine's
 * per-action defaults.
 */
import { expect } from '@open-wc/testing';
import { DEFAULT_ERRORS, toAuthError, type AuthError } from './index.js';
import { refineV3Provider, refineV4Provider, rejects, resolves } from '../test-utils/providers.js';
import { storeHarness } from '../test-utils/store.js';

const LOGIN = DEFAULT_ERRORS.login;

const hostile = (): object => {
  const value = {};
  Object.defineProperty(value, 'name', { get: () => 'Hostile' });
  Object.defineProperty(value, 'message', {
    get() {
      throw new Error('gotcha');
    },
  });
  return value;
};

const CASES: ReadonlyArray<[label: string, rejection: () => unknown, expected: AuthError]> = [
  ['nothing', () => undefined, LOGIN],
  ['null', () => null, LOGIN],
  ['a string', () => 'Account locked', { titleCode: 'login-failed', name: 'Login Error', message: 'Account locked' }],
  ['a blank string', () => '   ', LOGIN],
  ['a number', () => 401, LOGIN],
  ['an Error (generic name replaced by the action name)', () => new Error('Wrong password'), { titleCode: 'login-failed', name: 'Login Error', message: 'Wrong password' }],
  // JavaScript's built-in error class names say nothing to a person: the action's name replaces them too.
  ['a TypeError (built-in class name replaced)', () => new TypeError('Failed to fetch'), { titleCode: 'login-failed', name: 'Login Error', message: 'Failed to fetch' }],
  ['a RangeError (built-in class name replaced)', () => new RangeError('Too deep'), { titleCode: 'login-failed', name: 'Login Error', message: 'Too deep' }],
  ['a DOMException AbortError (kept: it names what happened)', () => new DOMException('The user aborted a request.', 'AbortError'), { name: 'AbortError', message: 'The user aborted a request.' }],
  ['a custom Error subclass name (kept)', () => Object.assign(new Error('Locked for 5 minutes'), { name: 'AccountLocked' }), { name: 'AccountLocked', message: 'Locked for 5 minutes' }],
  ['{ name, message }', () => ({ name: 'Login Failed!', message: 'No such account' }), { name: 'Login Failed!', message: 'No such account' }],
  ['{ message }', () => ({ message: 'No such account' }), { titleCode: 'login-failed', name: 'Login Error', message: 'No such account' }],
  ['{ name }', () => ({ name: 'Locked' }), { name: 'Locked', message: 'Invalid credentials', messageCode: 'login-failed' }],
  ['a numeric message', () => ({ message: 403 }), { titleCode: 'login-failed', name: 'Login Error', message: '403' }],
  ['non-text fields', () => ({ name: { toString: () => 'x' }, message: ['a'] }), LOGIN],
  ['a hostile object with a throwing getter', hostile, { name: 'Hostile', message: 'Invalid credentials', messageCode: 'login-failed' }],
  ['a revoked proxy', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  }, LOGIN],
  // An HTTP client's error (axios): its own message is the program's words, the server's body says what happened.
  ['an axios-like error (the response body message wins)', () => ({ response: { data: { message: 'Wrong e-mail or password' } }, message: 'Request failed with status code 401' }), { titleCode: 'login-failed', name: 'Login Error', message: 'Wrong e-mail or password' }],
  ['an AxiosError (class name replaced, body message wins)', () => Object.assign(new Error('Request failed with status code 401'), { name: 'AxiosError', isAxiosError: true, code: 'ERR_BAD_REQUEST', response: { status: 401, data: { message: 'Wrong e-mail or password' } } }), { titleCode: 'login-failed', name: 'Login Error', message: 'Wrong e-mail or password', code: 'ERR_BAD_REQUEST' }],
  ['an AxiosError whose body has no message (its own message kept)', () => Object.assign(new Error('Request failed with status code 502'), { name: 'AxiosError', response: { status: 502, data: '<html>Bad gateway</html>' } }), { titleCode: 'login-failed', name: 'Login Error', message: 'Request failed with status code 502' }],
  ['an axios-like error with a hostile response getter', () => ({ message: 'Request failed with status code 401', get response() { throw new Error('gotcha'); } }), { titleCode: 'login-failed', name: 'Login Error', message: 'Request failed with status code 401' }],
  // Codes: a kit code makes the whole error the kit's (translated); any other code is kept for the app.
  ['a kit code with the provider\'s English', () => ({ name: 'Nope', message: 'Bad password', code: 'invalid-credentials' }), { name: 'Nope', message: 'Bad password', code: 'invalid-credentials' }],
  ['a kit code alone', () => ({ code: 'rate-limited', values: { seconds: 7, evil: { x: 1 }, 'bad key': 1 } }), { name: 'Login Error', message: 'Invalid credentials', code: 'rate-limited', values: { seconds: 7 }, titleCode: 'login-failed', messageCode: 'login-failed' }],
  ['an unknown code alone (both parts the kit\'s)', () => ({ code: 'E_LOCKED' }), { name: 'Login Error', message: 'Invalid credentials', code: 'E_LOCKED', titleCode: 'login-failed', messageCode: 'login-failed' }],
  ['a code that is not an identifier (dropped)', () => ({ message: 'x', code: '<b>' }), { titleCode: 'login-failed', name: 'Login Error', message: 'x' }],
  ['values without a code (dropped)', () => ({ message: 'x', values: { a: 1 } }), { titleCode: 'login-failed', name: 'Login Error', message: 'x' }],
  ['an adapter\'s own title code', () => ({ name: 'Sign-in failed', message: 'Name too long', titleCode: 'register-failed' }), { name: 'Sign-in failed', message: 'Name too long', titleCode: 'register-failed' }],
  ['an HTML payload (kept as plain text)', () => ({ message: '<img src=x onerror=alert(1)>' }), { titleCode: 'login-failed', name: 'Login Error', message: '<img src=x onerror=alert(1)>' }],
];

describe('toAuthError', () => {
  for (const [label, rejection, expected] of CASES) {
    it(`normalises ${label}`, () => {
      expect(toAuthError(rejection(), LOGIN)).to.deep.equal(expected);
    });
  }

  it('replaces exactly the generic class names (JavaScript\'s and axios\'s), not names that merely contain them', () => {
    const generic = ['Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError', 'AggregateError', 'InternalError', 'AxiosError'];
    for (const name of generic) expect(toAuthError({ name, message: 'x' }, LOGIN).name, name).to.equal(LOGIN.name);
    for (const name of ['HttpError', 'Errors', 'TypeErrors', 'error', 'My TypeError', 'SyntaxError2']) {
      expect(toAuthError({ name, message: 'x' }, LOGIN).name, name).to.equal(name);
    }
  });

  it('clips a 10,000-character message and trims whitespace', () => {
    const error = toAuthError({ name: `  ${'N'.repeat(1000)}`, message: `${'x'.repeat(10_000)}  ` }, LOGIN);
    expect(error.message).to.have.length(500);
    expect(error.message.endsWith('…')).to.equal(true);
    expect(error.message.startsWith('xxx')).to.equal(true);
    expect(error.name).to.have.length(120);
  });

  it("keeps the rejection's own code, drops what is no identifier", () => {
    expect(toAuthError({ message: 'Invalid code', code: 'invalid-code' }, LOGIN)).to.deep.equal({
      name: 'Login Error',
      message: 'Invalid code',
      code: 'invalid-code',
      titleCode: 'login-failed',
    });
    for (const code of ['<b>x</b>', 7, `a${'b'.repeat(64)}`]) {
      expect(toAuthError({ message: 'm', code }, LOGIN)).to.deep.equal({ name: 'Login Error', message: 'm', titleCode: 'login-failed' });
    }
  });

  it("a new action's default code translates exactly the part the kit filled in", () => {
    const fallback = DEFAULT_ERRORS.verifyTwoFactor;
    expect(toAuthError(undefined, fallback)).to.deep.equal(fallback);
    expect(toAuthError({ name: 'Nope' }, fallback)).to.deep.equal({ name: 'Nope', message: fallback.message, messageCode: 'verify-two-factor-failed' });
    expect(toAuthError('Wrong code', fallback)).to.deep.equal({ name: fallback.name, message: 'Wrong code', titleCode: 'verify-two-factor-failed' });
    expect(toAuthError({ message: 'Wrong', code: 'invalid-code' }, fallback).code).to.equal('invalid-code');
  });

  it('has a default with a name and a message for every action', () => {
    for (const error of Object.values(DEFAULT_ERRORS)) {
      expect(error.name).to.be.a('string').and.not.equal('');
      expect(error.message).to.be.a('string').and.not.equal('');
    }
  });
});

describe('errors through the store', () => {
  for (const [label, rejection, expected] of CASES) {
    it(`a login rejected with ${label} notifies ${JSON.stringify(expected)}`, async () => {
      const fake = refineV3Provider({ login: () => Promise.reject(rejection()) });
      const { store } = storeHarness(fake.provider);
      const outcome = await store.login({});
      expect(outcome).to.deep.equal({ ok: false, error: expected });
      expect(store.state.errors.login).to.deep.equal(expected);
      expect(store.state.notifications.map((n) => n.error)).to.deep.equal([expected]);
      // Plain strings only: the store never hands a provider's object (or markup) to the UI.
      expect(Object.getPrototypeOf(outcome.error)).to.equal(Object.prototype);
      expect(outcome.error?.message).to.be.a('string');
    });
  }

  it('a v4 { success: false, error } is normalised the same way', async () => {
    const fake = refineV4Provider({ login: resolves({ success: false, error: { message: '<b>bold</b>' } }) });
    const { store } = storeHarness(fake.provider);
    expect((await store.login({})).error).to.deep.equal({ titleCode: 'login-failed', name: 'Login Error', message: '<b>bold</b>' });
  });

  it('a 10,000-character rejection reaches the state clipped', async () => {
    const { store } = storeHarness(refineV3Provider({ register: rejects('y'.repeat(10_000)) }).provider);
    await store.register({});
    expect(store.state.errors.register?.message).to.have.length(500);
  });

  it('each action has its own default', async () => {
    const fake = refineV3Provider({
      logout: rejects(),
      register: rejects(),
      forgotPassword: rejects(),
      updatePassword: rejects(),
      getUserIdentity: rejects(),
      getPermissions: rejects(),
    });
    const { store } = storeHarness(fake.provider);
    await Promise.all([
      store.logout(),
      store.register(),
      store.forgotPassword(),
      store.updatePassword(),
      store.getIdentity(),
      store.getPermissions(),
    ]);
    expect(store.state.errors).to.deep.equal({
      logout: DEFAULT_ERRORS.logout,
      register: DEFAULT_ERRORS.register,
      forgotPassword: DEFAULT_ERRORS.forgotPassword,
      updatePassword: DEFAULT_ERRORS.updatePassword,
      getIdentity: DEFAULT_ERRORS.getIdentity,
      getPermissions: DEFAULT_ERRORS.getPermissions,
    });
  });
});
