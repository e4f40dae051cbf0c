// Bench page: the login page as an app ships it (auth-login + core), over a provider that
// answers at once. Records when the password input is rendered and the next frame is painted.
import { configureAuth } from '../../src/core/index.js';
import '../../src/components/auth-login/auth-login.js';

configureAuth({
  authProvider: { login: async () => {}, logout: async () => {}, checkAuth: async () => {}, checkError: async () => {} },
  navigate: () => {},
});
const el = document.createElement('auth-login');
document.body.append(el);
await el.updateComplete;
const input = el.querySelector('input[type="password"]');
requestAnimationFrame(() => {
  (window as unknown as { renderedAt: number }).renderedAt = input && input.getBoundingClientRect().height > 0 ? performance.now() : -1;
});
