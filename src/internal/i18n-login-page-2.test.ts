/**
 * The other half of i18n-login-page.test.ts's `?auth_error=` check, in a page of its own:
 * WebKit refuses more than 100 address-bar changes in 10 seconds, and each code takes two. Like
 * that file, it loads `<auth-login>` alone, and the complete English only at the end.
 */
import { expect } from '@open-wc/testing';
import { arrivedWith, english, halfOfTheCodes } from '../test-utils/login-page-english.js';
import '../components/auth-login/auth-login.js';

describe('a page with <auth-login> alone, opened with ?auth_error=', () => {
  it('shows the complete English of the other half of the kit codes', async function () {
    this.timeout(60_000); // ~26 renders: its own budget, not the machine's speed
    expect(customElements.get('auth-register'), 'no other element is loaded').to.equal(undefined);
    const codes = halfOfTheCodes(1);
    const arrived = await arrivedWith(codes);
    const { en } = await import('../index.js');
    for (const code of codes) expect(arrived.get(code), `${code}, ?auth_error=`).to.deep.equal(english(en, code));
  });
});
