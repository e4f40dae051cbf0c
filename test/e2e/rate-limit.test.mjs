// better-auth's rate limiter, end to end: the login form says how long to wait.
// Its own file (so its own process): better-auth keeps rate-limit counters in a module-level map.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, startTestServer } from './helpers.mjs';

let server;
let chrome;
before(async () => {
  // A window far longer than the test: the fourth attempt is refused however slow the machine.
  server = await startTestServer({ rateLimit: { window: 600, max: 3 } });
  chrome = await launchBrowser();
});
after(async () => {
  await chrome?.close();
  await server?.stop();
});

test('after three attempts the login form shows the rate limit with its retry time', async () => {
  const { page, problems, context } = await chrome.newPage(server.url);
  const error = page.locator('auth-login [part="error-message"]');
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await page.goto('/login');
    await page.locator('auth-login input[name="email"]').fill(server.demoUser.email);
    await page.locator('auth-login input[name="password"]').fill(`wrong-${attempt}`);
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in/email'));
    await page.locator('auth-login [data-part="submit"]').click();
    const response = await answer;
    if (attempt <= 3) {
      assert.equal(response.status(), 401);
      await error.filter({ hasText: 'The e-mail address or password is incorrect.' }).waitFor();
    } else {
      assert.equal(response.status(), 429);
      const seconds = Number(response.headers()['x-retry-after']);
      assert.ok(seconds > 0 && seconds <= 600, String(seconds));
      await error.filter({ hasText: `Too many attempts. Try again in ${seconds} seconds.` }).waitFor();
    }
  }
  // Even the right password waits now: the limit is per client, not per guess.
  await page.goto('/login');
  await page.locator('auth-login input[name="email"]').fill(server.demoUser.email);
  await page.locator('auth-login input[name="password"]').fill(server.demoUser.password);
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in/email'));
  await page.locator('auth-login [data-part="submit"]').click();
  assert.equal((await answer).status(), 429);
  await error.filter({ hasText: /^Too many attempts\. Try again in \d+ seconds?\.$/ }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/login');
  assert.deepEqual(problems.filter((p) => !/status of 429/.test(p)), []);
  await context.close();
});

test('a client cannot dodge the limit with its own X-Forwarded-For', async () => {
  const statuses = [];
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    const res = await fetch(new URL('/api/auth/sign-up/email', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url, 'x-forwarded-for': `203.0.113.${attempt}` },
      body: JSON.stringify({ email: `dodger-${attempt}@example.com`, password: 'password-long-enough', name: 'd' }),
    });
    await res.arrayBuffer();
    statuses.push(res.status);
  }
  assert.deepEqual(statuses, [200, 200, 200, 429]);
});
