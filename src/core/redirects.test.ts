/**
 * The one same-origin validator every navigation target passes, on its own and through the
 * store (an unsafe target falls back to the action's default).
 */
import { expect } from '@open-wc/testing';
import { loginRedirect, safeRedirect } from './index.js';
import { refineV3Provider, rejects, resolves } from '../test-utils/providers.js';
import { storeHarness } from '../test-utils/store.js';

const BASE = 'https://app.example/account/settings?tab=1';

const UNSAFE: ReadonlyArray<[label: string, target: unknown]> = [
  ['another origin', 'https://evil.example/'],
  ['another port of the same host', 'https://app.example:8443/'],
  ['another scheme of the same host', 'http://app.example/'],
  ['javascript:', 'javascript:alert(document.cookie)'],
  ['JavaScript: in mixed case with spaces', '  JaVaScRiPt:alert(1)'],
  ['data:', 'data:text/html,<script>alert(1)</script>'],
  ['scheme-relative //evil.com', '//evil.com'],
  ['scheme-relative with a path', '//evil.com/login'],
  ['/\\evil.com', '/\\evil.com'],
  ['\\\\evil', '\\\\evil'],
  ['a tab inside /\\t/evil.com', '/\t/evil.com'],
  ['a newline inside java\\nscript:', 'java\nscript:alert(1)'],
  ['a carriage return inside', '/\r/evil.com'],
  ['a NUL byte', '/a\u0000b'],
  ['a C1 control', '/a\u0085b'],
  ['credentials on the same origin', 'https://user:pw@app.example/'],
  ['a username on the same origin', 'https://user@app.example/'],
  ['a dot segment collapsing to //evil.com', '/.//evil.com'],
  ['a parent segment collapsing to //evil.com', '/a/..//evil.com'],
  ['an encoded dot segment collapsing to //evil.com', '/%2e//evil.com'],
  ['an empty string', ''],
  ['only spaces', '   '],
  ['undefined', undefined],
  ['null', null],
  ['false', false],
  ['a number', 42],
  ['an object', { toString: () => '/x' }],
  ['an array', ['/x']],
];

describe('safeRedirect', () => {
  for (const [label, target] of UNSAFE) {
    it(`refuses ${label}`, () => {
      expect(safeRedirect(target, BASE)).to.equal(undefined);
    });
  }

  it('accepts a same-origin absolute URL as a path', () => {
    expect(safeRedirect('https://app.example/orders/7?x=1#top', BASE)).to.equal('/orders/7?x=1#top');
  });

  it('accepts absolute and relative paths, resolved against the current page', () => {
    expect(safeRedirect('/orders', BASE)).to.equal('/orders');
    expect(safeRedirect('/orders?status=open#list', BASE)).to.equal('/orders?status=open#list');
    expect(safeRedirect('profile', BASE)).to.equal('/account/profile');
    expect(safeRedirect('../billing', BASE)).to.equal('/billing');
    expect(safeRedirect('?tab=2', BASE)).to.equal('/account/settings?tab=2');
    expect(safeRedirect('  /trimmed  ', BASE)).to.equal('/trimmed');
    expect(safeRedirect('.//not-a-host', BASE)).to.equal('/account//not-a-host');
  });

  it('never returns something a browser would read as another host', () => {
    for (const target of ['/./evil.com', '/a/../b', '/%2F%2Fevil.com', '/..//..//evil.com']) {
      const result = safeRedirect(target, BASE);
      if (result !== undefined) {
        expect(result.startsWith('//'), `${target} → ${result}`).to.equal(false);
        expect(new URL(result, BASE).origin).to.equal('https://app.example');
      }
    }
  });

  it('refuses everything when the base is not a URL', () => {
    expect(safeRedirect('/x', 'not a url')).to.equal(undefined);
  });
});

describe('loginRedirect', () => {
  it('builds loginPath?to=<path+search>', () => {
    expect(loginRedirect('/login', 'to', { pathname: '/a', search: '?b=1&c=2' })).to.equal('/login?to=%2Fa%3Fb%3D1%26c%3D2');
  });

  it('keeps parameters already in the login path and uses the configured parameter name', () => {
    expect(loginRedirect('/sign-in?lang=fr', 'next', { pathname: '/a', search: '' })).to.equal('/sign-in?lang=fr&next=%2Fa');
  });
});

describe('unsafe targets through the store fall back to the default', () => {
  const evil = ['https://evil.example/', 'javascript:alert(1)', '//evil.com', '/\\evil.com', '/\t/evil.com', '/.//evil.com'];

  for (const target of evil) {
    const label = JSON.stringify(target);

    it(`login resolving ${label} goes to /`, async () => {
      const { store, navigations } = storeHarness(refineV3Provider({ login: resolves(target) }).provider);
      await store.login({});
      expect(navigations).to.deep.equal([{ to: '/', replace: false }]);
    });

    it(`login with ?to=${label} goes to /`, async () => {
      const { store, navigations, at } = storeHarness(refineV3Provider().provider);
      at(`/login?to=${encodeURIComponent(target)}`);
      await store.login({});
      expect(navigations).to.deep.equal([{ to: '/', replace: false }]);
    });

    it(`logout to ${label} goes to /login`, async () => {
      const fake = refineV3Provider({ logout: resolves(target) });
      const { store, navigations } = storeHarness(fake.provider);
      await store.logout();
      await store.logout({ redirectPath: target });
      expect(navigations).to.deep.equal([
        { to: '/login', replace: false },
        { to: '/login', replace: false },
      ]);
    });

    it(`checkError logging out to ${label} goes to /login`, async () => {
      const { store, navigations } = storeHarness(refineV3Provider({ checkError: rejects(target) }).provider);
      await store.checkError({});
      expect(navigations).to.deep.equal([{ to: '/login', replace: false }]);
    });

    it(`register resolving ${label} goes to /; forgot/update password stay`, async () => {
      const fake = refineV3Provider({ register: resolves(target), forgotPassword: resolves(target), updatePassword: resolves(target) });
      const { store, navigations } = storeHarness(fake.provider);
      expect(await store.forgotPassword({})).to.deep.equal({ ok: true });
      expect(await store.updatePassword({})).to.deep.equal({ ok: true });
      await store.register({});
      expect(navigations).to.deep.equal([{ to: '/', replace: false }]);
    });
  }

  it('homePath, loginPath and returnParam options change the defaults', async () => {
    const fake = refineV3Provider({ checkAuth: rejects() });
    const { store, navigations, at } = storeHarness(fake.provider, {
      homePath: '/app',
      loginPath: '/auth/sign-in',
      returnParam: 'next',
      checkCacheTime: 0,
    });
    at('/reports?y=1');
    await store.checkAuth({}, { redirect: true });
    at('/auth/sign-in?next=%2Freports');
    await store.checkAuth({}, { redirect: true }); // already on the login page: stays
    await store.login({});
    at('/auth/sign-in');
    await store.login({});
    await store.logout();
    expect(navigations).to.deep.equal([
      { to: '/auth/sign-in?next=%2Freports%3Fy%3D1', replace: true },
      { to: '/reports', replace: true },
      { to: '/app', replace: false },
      { to: '/auth/sign-in', replace: false },
    ]);
  });
});

describe('store.redirect: a step of your own through the same navigation', () => {
  it('goes to a same-origin target (replace as asked), through beforeRedirect', async () => {
    const h = storeHarness(refineV3Provider().provider);
    const intents: unknown[] = [];
    const outcome = h.store.redirect('handleCallback', '/login?auth_error=access-denied', {
      replace: true,
      beforeRedirect: (intent) => {
        intents.push(intent);
        return true;
      },
    });
    expect(outcome).to.deep.equal({ redirectTo: '/login?auth_error=access-denied', navigated: true });
    expect(intents).to.deep.equal([{ to: '/login?auth_error=access-denied', action: 'handleCallback', replace: true }]);
    expect(h.navigations).to.deep.equal([{ to: '/login?auth_error=access-denied', replace: true }]);
  });

  it('refuses every unsafe target, and a cancel stays', async () => {
    const h = storeHarness(refineV3Provider().provider);
    for (const [, target] of UNSAFE) expect(h.store.redirect('handleCallback', target)).to.deep.equal({ navigated: false });
    expect(h.store.redirect('handleCallback', '/login', { beforeRedirect: () => false })).to.deep.equal({ redirectTo: '/login', navigated: false });
    expect(h.navigations).to.deep.equal([]);
  });
});
