// The server-rendered pages: whatever lands in the outbox is shown as text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, renderOutbox, renderPage } from '../../server/pages.mjs';

test('the outbox escapes addresses, subjects and links, and links only http(s)', () => {
  const html = renderOutbox(
    [
      { id: 2, to: '"><img src=x onerror=alert(1)>@x.test', subject: '<script>alert(1)</script>', url: 'javascript:alert(1)', sentAt: '2026-01-01T00:00:00.000Z' },
      { id: 1, to: 'a@b.test', subject: 'Reset', url: 'http://127.0.0.1:1/api/auth/reset-password/t?callbackURL="><b>x', sentAt: '2026-01-01T00:00:00.000Z' },
    ],
    { mode: 'better-auth' },
  );
  assert.doesNotMatch(html, /<img|<script>alert|<b>x/);
  assert.doesNotMatch(html, /href="javascript:/);
  assert.match(html, /<code>javascript:alert\(1\)<\/code>/);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  // URL parsing percent-encodes the quote and brackets inside the href; the text is escaped.
  assert.match(html, /href="http:\/\/127\.0\.0\.1:1\/api\/auth\/reset-password\/t\?callbackURL=%22%3E%3Cb%3Ex"/);
  assert.match(html, />http:\/\/127\.0\.0\.1:1\/api\/auth\/reset-password\/t\?callbackURL=&quot;&gt;&lt;b&gt;x</);
});

test('escapeHtml covers the five characters', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
});

test('every demo page uses its element and the page script, and nothing inline', () => {
  const pages = {
    login: '<auth-login register-link="/register" forgot-password-link="/forgot-password" remember-me identifier="email">',
    register: '<auth-register login-link="/login">',
    'forgot-password': '<auth-forgot-password login-link="/login">',
    'update-password': '<auth-update-password login-link="/login">',
    'verify-email': '<auth-verify-email login-link="/login" continue-link="/dashboard">',
    dashboard: '<auth-guard>',
    'two-factor': '<auth-two-factor login-link="/login" trust-device>',
  };
  for (const [page, tag] of Object.entries(pages)) {
    const html = renderPage(page, { mode: 'better-auth', demoUser: { email: 'd@x.test', password: 'p' } });
    assert.ok(html.includes(tag), page);
    assert.ok(html.includes('<script type="module" src="/app.js"></script>'), page);
    // Toasts only where no form shows the error itself.
    assert.equal(html.includes('<auth-notifications></auth-notifications>'), page === 'dashboard', page);
    assert.doesNotMatch(html, /<script>|<style|\sstyle=|\son[a-z]+=/, page);
  }
  assert.equal(renderPage('nope', { mode: 'mock' }), undefined);
  assert.match(renderPage('dashboard', { mode: 'mock' }), /<auth-logout>Sign out<\/auth-logout>/);
});

test('the two-factor page names the two-factor demo user, escaped, and never its secret', () => {
  const html = renderPage('two-factor', { mode: 'better-auth', twoFactorUser: { email: '<b>tf</b>@x.test', password: 'p"w' } });
  assert.match(html, /<code>&lt;b&gt;tf&lt;\/b&gt;@x\.test<\/code> \/ <code>p&quot;w<\/code>/);
  assert.match(html, /<a href="\/outbox">outbox<\/a>/);
  assert.doesNotMatch(html, /secret:|otpauth:/);
  assert.match(renderPage('two-factor', { mode: 'better-auth', outbox: false }), /land in the server's console/);
  assert.match(renderPage('two-factor', { mode: 'mock' }), /has no second factor/);
});
