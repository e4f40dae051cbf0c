// The page script of the session e2e fixture: the kit's login form and guard over a tiny
// cookie-session API (server.mjs). Each "app" (a path prefix) configures its own store; the
// page's <html data-channel> names the store's channel, so a test can run two stores with
// different channels on one origin.
import { configureAuth } from '../../../src/core/index.js';
import '../../../src/components/auth-login/auth-login.js';
import '../../../src/components/auth-guard/auth-guard.js';
import '../../../src/components/auth-logout/auth-logout.js';

const root = document.documentElement;
const app = root.dataset.app ?? '';
const post = (path: string, body: unknown) =>
  fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const store = configureAuth({
  authProvider: {
    async login(params: { email?: string; password?: string }) {
      const res = await post('/api/login', params);
      if (!res.ok) throw { name: 'Login Error', message: 'Invalid credentials' };
    },
    async logout() {
      await post('/api/logout', {});
    },
    async checkAuth() {
      const res = await fetch('/api/session');
      if (!res.ok) throw {};
    },
    async checkError() {},
    async getUserIdentity() {
      const res = await fetch('/api/session');
      if (!res.ok) throw {};
      return res.json();
    },
  },
  loginPath: `${app}/login`,
  homePath: `${app}/home`,
  channel: root.dataset.channel || undefined,
  recheckAfter: root.dataset.recheckAfter ? Number(root.dataset.recheckAfter) : undefined,
});

// The tests read the store's state (never its provider) through this handle.
(window as unknown as { authStore: typeof store }).authStore = store;
// Every pageshow of this tab, in order, with what the guard showed at that moment (before any
// re-check answered). Kept in sessionStorage: the guard's redirect replaces the page's history entry.
addEventListener('pageshow', (event) => {
  const shows = JSON.parse(sessionStorage.getItem('pageshows') ?? '[]') as unknown[];
  shows.push({
    path: location.pathname,
    persisted: event.persisted,
    guard: document.querySelector('auth-guard')?.getAttribute('state') ?? null,
    secret: document.querySelector('#secret') !== null,
  });
  sessionStorage.setItem('pageshows', JSON.stringify(shows));
});
