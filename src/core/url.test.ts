/**
 * Query-string helpers, against the real address bar (restored after each test).
 */
import { expect } from '@open-wc/testing';
import { getQueryParam, getQueryParams, removeQueryParams } from './index.js';

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
});
