/**
 * Query-string helpers, against the real address bar (restored after each test).
 */
import { expect } from '@open-wc/testing';
import { getQueryParam, getQueryParams, removeQueryParams } from './index.js';
import { captureReportedErrors, nextTask } from '../test-utils/store.js';

/** Puts `url` in the address bar for one test; the page's own URL and state come back after. */
function useAddressBar() {
  let original: { url: string; state: unknown };
  beforeEach(() => {
    original = { url: location.pathname + location.search + location.hash, state: history.state };
  });
  afterEach(() => history.replaceState(original.state, '', original.url));
  return (url: string, state: unknown = null) => history.replaceState(state, '', url);
}

describe('getQueryParams / getQueryParam', () => {
  const visit = useAddressBar();

  it('read the current page by default', () => {
    visit('/update-password?token=abc%2B123&email=jane%40mail.com#form');
    expect(getQueryParams()).to.deep.equal({ token: 'abc+123', email: 'jane@mail.com' });
    expect(getQueryParam('token')).to.equal('abc+123');
    expect(getQueryParam('missing')).to.equal(null);
  });

  it('read a given search string, first occurrence wins', () => {
    expect(getQueryParams('?a=1&b=two+words&a=2')).to.deep.equal({ a: '1', b: 'two words' });
    expect(getQueryParams('')).to.deep.equal({});
    expect(getQueryParam('b', 'b=x')).to.equal('x');
  });
});

describe('removeQueryParams', () => {
  const visit = useAddressBar();

  it('removes the named params and keeps the path, other params, the hash and history.state', () => {
    const state = { scroll: 120 };
    visit('/update-password?lang=fr&token=secret&step=2#main', state);
    const entries = history.length;
    expect(removeQueryParams(['token'])).to.equal(true);
    expect(location.pathname).to.equal('/update-password');
    expect(location.search).to.equal('?lang=fr&step=2');
    expect(location.hash).to.equal('#main');
    expect(history.state).to.deep.equal(state);
    expect(history.length).to.equal(entries); // replaced, not pushed
  });

  it('removes several params, and every occurrence of each', () => {
    visit('/reset?token=a&uid=7&token=b&keep=1');
    expect(removeQueryParams(['token', 'uid'])).to.equal(true);
    expect(location.search).to.equal('?keep=1');
  });

  it('leaves the other params exactly as they were written', () => {
    visit('/reset?q=a%20b&token=x&path=%2Fa~b&flag');
    removeQueryParams(['token']);
    expect(location.search).to.equal('?q=a%20b&path=%2Fa~b&flag');
  });

  it('matches keys as URLSearchParams decodes them; a malformed escape is kept as written', () => {
    visit('/reset?reset+token=a&%74oken=b&bad%zz=1');
    expect(removeQueryParams(['reset token', 'token'])).to.equal(true);
    expect(location.search).to.equal('?bad%zz=1');
  });

  it('drops the ? when nothing is left', () => {
    visit('/reset?token=x#top');
    removeQueryParams(['token']);
    expect(location.pathname + location.search + location.hash).to.equal('/reset#top');
  });

  it('returns false and does not touch history when nothing matches', () => {
    const state = { a: 1 };
    visit('/page?x=1', state);
    expect(removeQueryParams(['token'])).to.equal(false);
    expect(location.search).to.equal('?x=1');
    expect(history.state).to.deep.equal(state);
  });

  // A path starting with `//` (`https://app.example//evil.example/reset?token=…`) is legal and
  // reaches the page; written back as a relative URL it reads as `//evil.example/…`, another
  // host, and replaceState throws a SecurityError — which left the token in the address bar.
  it('removes the token when the path starts with //, staying on this origin and path', () => {
    visit(`${location.origin}//evil.example/update-password?token=secret&lang=fr#form`);
    expect(location.pathname).to.equal('//evil.example/update-password');
    expect(removeQueryParams(['token'])).to.equal(true);
    expect(location.origin).to.equal(new URL(document.baseURI).origin);
    expect(location.pathname).to.equal('//evil.example/update-password');
    expect(location.search).to.equal('?lang=fr');
    expect(location.hash).to.equal('#form');
  });

  it('removes the token when the path is only slashes, names a host and port, or has an escaped slash', () => {
    for (const path of ['//', '///evil.example', '//evil.example:8080/x', '/%2F/evil.example']) {
      visit(`${location.origin}${path}?token=secret`);
      const before = location.pathname;
      expect(removeQueryParams(['token']), path).to.equal(true);
      expect(location.pathname, path).to.equal(before);
      expect(location.search, path).to.equal('');
    }
  });

  it('does not fail silently when the address bar cannot be rewritten: reports it and returns false', async () => {
    visit('/reset?token=secret');
    const reported = captureReportedErrors();
    const original = history.replaceState;
    history.replaceState = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    let removed: boolean;
    try {
      removed = removeQueryParams(['token']);
    } finally {
      history.replaceState = original;
    }
    await nextTask();
    reported.stop();
    expect(removed).to.equal(false);
    expect(reported.errors).to.have.length(1);
    expect(String((reported.errors[0] as Error).message)).to.contain('could not remove');
  });
});
