/**
 * Properties of the core's pure parts, over generated input: the redirect validator, error
 * normalisation and dialect detection. Seed: see src/test-utils/fast-check.ts.
 */
import { expect } from '@open-wc/testing';
import { createAuthStore, detectDialect, safeRedirect, toAuthError, DEFAULT_ERRORS } from './index.js';
import { fc } from '../test-utils/fast-check.js';

const BASE = 'https://app.example/account/settings?tab=1';
const ORIGIN = new URL(BASE).origin;

// Pieces attackers combine: slashes of every kind (ASCII, backslash, Unicode look-alikes),
// schemes, hosts, credentials, dot segments, percent-encodings, whitespace and controls.
const PIECES = [
  '/', '//', '\\', '/\\', '\u2215', '\u2044', '\uff0f', '\u29f8', '\u3033', '\ufe68', '\uff3c',
  '.', '..', './', '../', '%2e', '%2E', '%2f', '%2F', '%5c', '%5C', '%252f', '%00', '%0a', '%09', '%',
  'http:', 'https:', 'HTTPS:', 'javascript:', 'JaVaScRiPt:', 'data:', 'vbscript:', 'file:', 'blob:', 'ws:', 'mailto:',
  'evil.example', 'app.example', 'app.example:8443', 'user:pw@', '@', ':', '?', '#', '&', '=', 'to=',
  ' ', '\t', '\n', '\r', '\u0000', '\u0085', '\u00a0', '\u2028', '\u200b', '\ufeff', 'a', 'x/y', '~',
];
const percent = fc.integer({ min: 0, max: 255 }).map((n) => `%${n.toString(16).padStart(2, '0')}`);
// Path structure is where the subtle escapes live (`/.//evil`, `/a/..//evil`): weighted up.
const STRUCTURE = ['/', '//', '.', '..', './', '../', '%2e', '%2f', 'evil.example', 'a'];
const attack = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...STRUCTURE), weight: 6 },
      { arbitrary: fc.constantFrom(...PIECES), weight: 3 },
      { arbitrary: percent, weight: 1 },
      { arbitrary: fc.string({ maxLength: 3 }), weight: 1 },
      { arbitrary: fc.string({ unit: 'binary', maxLength: 3 }), weight: 1 },
    ),
    { maxLength: 10 },
  )
  .map((parts) => parts.join(''));
const target = fc.oneof(attack, fc.string(), fc.string({ unit: 'binary' }), fc.webUrl(), fc.webPath(), fc.anything());

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

describe('property: safeRedirect', function () {
  // Hundreds of generated cases: bounded by work, not by the machine's speed.
  this.timeout(120_000);

  it('never returns anything that leaves the origin or the http(s) schemes, and is idempotent', () => {
    fc.assert(
      fc.property(target, (value) => {
        const result = safeRedirect(value, BASE);
        if (result === undefined) return;
        expect(result).to.be.a('string');
        expect(result.startsWith('/') && !result.startsWith('//'), result).to.equal(true);
        expect(CONTROL.test(result) || result.includes('\\'), result).to.equal(false);
        // Wherever on this origin a router resolves it, it stays here and on http(s).
        for (const base of [BASE, `${ORIGIN}/`, `${ORIGIN}/a/b/c/`]) {
          const url = new URL(result, base);
          expect(url.origin, result).to.equal(ORIGIN);
          expect(['http:', 'https:']).to.include(url.protocol);
          expect(url.username + url.password).to.equal('');
        }
        expect(safeRedirect(result, BASE)).to.equal(result);
      }),
      // A pure function and cheap: explore more than the default.
      { numRuns: 3000 },
    );
  });

  it('keeps every same-origin path it is given (nothing safe is refused for being unusual)', () => {
    fc.assert(
      fc.property(fc.webPath(), fc.webQueryParameters(), fc.webFragments(), (path, query, hash) => {
        const value = `/${path.replace(/^\/+/, '')}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
        const url = new URL(value, BASE);
        fc.pre(!url.pathname.startsWith('//'));
        expect(safeRedirect(value, BASE)).to.equal(`${url.pathname}${url.search}${url.hash}`);
      }),
    );
  });
});

/** A value built only inside the property: fast-check itself must not touch a hostile one. */
class Lazy {
  constructor(readonly make: () => unknown) {}
}
/** Thrown values with teeth: throwing getters and traps, revoked proxies, odd prototypes. */
const hostile = fc.oneof(
  fc.constant(
    new Lazy(() => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    }),
  ),
  fc.string().map((text) => new Lazy(() => new Proxy({}, { get: () => { throw new Error(text); }, has: () => { throw new Error(text); } }))),
  fc.string().map((text) => new Lazy(() => Object.defineProperty({}, 'message', { get: () => { throw new Error(text); } }))),
  fc.tuple(fc.string(), fc.string()).map(([name, message]) => Object.assign(Object.create(null), { name, message })),
  fc.tuple(fc.string(), fc.anything()).map(([message, data]) => ({ response: { data: { message: data } }, message })),
);
const thrown = fc.oneof(
  fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true }),
  fc.tuple(fc.string(), fc.string()).map(([name, message]) => Object.assign(new Error(message), { name })),
  fc.record({ name: fc.anything(), message: fc.anything(), code: fc.anything() }, { requiredKeys: [] }),
  fc.string({ unit: 'binary', maxLength: 2000 }),
  hostile,
);

describe('property: toAuthError', function () {
  // Hundreds of generated cases: bounded by work, not by the machine's speed.
  this.timeout(120_000);

  it('always yields a plain AuthError ({ name, message } + optional codes) of non-empty, bounded strings, and never throws', () => {
    fc.assert(
      fc.property(thrown, fc.constantFrom(...Object.values(DEFAULT_ERRORS)), (generated, fallback) => {
        const value = generated instanceof Lazy ? generated.make() : generated;
        const error = toAuthError(value, fallback);
        expect(Object.getPrototypeOf(error)).to.equal(Object.prototype);
        // The AuthError fields and nothing else (codes and their values are for the strings lookup).
        expect(Object.keys(error).filter((k) => !['name', 'message', 'code', 'titleCode', 'messageCode', 'values'].includes(k))).to.deep.equal([]);
        for (const key of ['titleCode', 'messageCode'] as const) if (key in error) expect(error[key]).to.be.a('string');
        if ('values' in error) {
          for (const v of Object.values(error.values ?? {})) expect(['string', 'number']).to.include(typeof v);
        }
        expect(error.name).to.be.a('string');
        expect(error.message).to.be.a('string');
        expect(error.name.trim().length > 0 && error.name.length <= 120).to.equal(true);
        expect(error.message.trim().length > 0 && error.message.length <= 500).to.equal(true);
        if ('code' in error) expect(error.code).to.be.a('string');
        // Plain text all the way down: it survives JSON as itself.
        expect(JSON.parse(JSON.stringify(error))).to.deep.equal(error);
      }),
    );
  });
});

const METHODS = ['login', 'logout', 'checkAuth', 'checkError', 'check', 'onError', 'getIdentity', 'getUserIdentity', 'getPermissions', 'register', 'forgotPassword', 'updatePassword', 'handleCallback'];
const member = fc.oneof(fc.constant(() => Promise.resolve()), fc.constant(async () => {}), fc.anything({ maxDepth: 0 }));
const providerShape = fc.dictionary(fc.oneof(fc.constantFrom(...METHODS), fc.string()), member, { maxKeys: 16 });

describe('property: dialect detection', function () {
  // Hundreds of generated cases: bounded by work, not by the machine's speed.
  this.timeout(120_000);

  it('is stable: the same answer every time, whatever the key order or unrelated members', () => {
    fc.assert(
      fc.property(providerShape, fc.string(), fc.anything(), (shape, extraKey, extraValue) => {
        fc.pre(!METHODS.includes(extraKey));
        const dialect = detectDialect(shape);
        expect(detectDialect(shape)).to.equal(dialect);
        expect(detectDialect(Object.fromEntries(Object.entries(shape).reverse()))).to.equal(dialect);
        expect(detectDialect({ ...shape, [extraKey]: extraValue })).to.equal(dialect);
        // A class-based provider (methods on the prototype) reads the same as a plain object.
        expect(detectDialect(Object.create(shape))).to.equal(dialect);
        // And the store detects exactly that, once, when the provider is complete enough.
        let store;
        try {
          store = createAuthStore({ authProvider: shape as never, channel: false });
        } catch {
          return;
        }
        expect(store.dialect).to.equal(dialect);
      }),
    );
  });
});
