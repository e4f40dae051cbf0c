// What the OIDC end-to-end tests do at the demo IdP's own pages, shared by both paths.
import { DEMO_IDP_USER } from '../../server/idp.mjs';

/** The page's path with its query string. */
export const pathOf = (page) => {
  const url = new URL(page.url());
  return url.pathname + url.search;
};

/** At the IdP's own pages: signs in, and allows access when it asks. */
export async function signInAtIdp(page, { consent = true } = {}) {
  await page.waitForURL((url) => url.pathname.startsWith('/idp/interaction/'));
  await page.getByLabel('E-mail').fill(DEMO_IDP_USER.username);
  await page.getByLabel('Password').fill(DEMO_IDP_USER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (consent) {
    await page.getByRole('heading', { name: 'Allow access?' }).waitFor();
    await page.getByRole('button', { name: 'Allow' }).click();
  }
}
