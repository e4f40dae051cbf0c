// The Angular example app (demo/angular) in headless Chromium: build it first (npm run test:frameworks).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/find-browser.mjs';
import { appFlows } from './app-flows.mjs';
import { serve } from './serve.mjs';

const dist = fileURLToPath(new URL('../../demo/angular/dist', import.meta.url));

appFlows('Angular', dist);

// Without CUSTOM_ELEMENTS_SCHEMA, Angular sets no element property itself: the generated
// directives (src/app/auth-elements.ts) must write every [prop] binding to the element.
describe('Angular generated directives (production build)', () => {
  let browser;
  let server;

  before(async () => {
    server = await serve(dist);
    browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('[prop] bindings reach the elements; plain attributes still do', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(server.url + '/login');
    await page.waitForFunction(() => document.querySelector('auth-login')?.shadowRoot != null);
    const login = await page.evaluate(() => {
      const el = document.querySelector('auth-login');
      return { providers: el.providers, registerLink: el.registerLink, rememberMe: el.rememberMe };
    });
    assert.deepEqual(login, {
      providers: [{ name: 'github' }, { name: 'google', label: 'Google Workspace' }],
      registerLink: '/register',
      rememberMe: true,
    });
    // No label: the brand's own spelling; a label: as given.
    await page.getByRole('button', { name: 'Sign in with GitHub' }).waitFor();
    await page.getByRole('button', { name: 'Sign in with Google Workspace' }).waitFor();
    await page.goto(server.url + '/register');
    await page.waitForFunction(() => document.querySelector('auth-register')?.shadowRoot != null);
    const register = await page.evaluate(() => {
      const el = document.querySelector('auth-register');
      return { title: el.strings?.registerTitle, store: typeof el.store?.checkAuth };
    });
    assert.deepEqual(register, { title: 'Join the Angular demo', store: 'function' });
    await page.getByText('Join the Angular demo').waitFor();
    assert.equal(await page.evaluate(() => document.querySelector('auth-notifications').duration), 8000);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
