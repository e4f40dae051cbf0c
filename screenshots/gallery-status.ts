import { createAuthStore, type AuthStore } from '../src/index.js';
type Mount = <T extends HTMLElement>(markup: string) => T;
type Settle = (el: Element & { updateComplete?: Promise<unknown> }) => Promise<void>;

const never = () => new Promise<never>(() => {});

/** A signed-in user with the "editor" permission only. */
const signedIn = (): AuthStore =>
  createAuthStore({
    authProvider: {
      login: () => Promise.resolve(),
      logout: never,
      checkAuth: () => Promise.resolve(),
      checkError: () => Promise.resolve(),
      getPermissions: () => Promise.resolve(['editor']),
    },
    navigate: () => {},
  });

// Page chrome for the scenarios only (the elements need none of it).
const pageStyles = `
  .demo { display: grid; gap: 20px; max-inline-size: 30rem; }
  .demo h2 { margin: 0 0 8px; font-size: 0.8125rem; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; opacity: 0.7; }
  .demo article { padding: 16px; border: 1px solid color-mix(in srgb, CanvasText 20%, transparent); border-radius: 8px; }
  .demo article h3 { margin: 0 0 4px; }
  .demo article p { margin: 0; }
  .demo .bar { display: flex; align-items: center; justify-content: space-between; gap: 12px; padding: 12px 16px;
    border: 1px solid color-mix(in srgb, CanvasText 20%, transparent); border-radius: 8px; }
  .demo .row { display: flex; flex-wrap: wrap; gap: 12px; }
`;

function withStyles(): void {
  const style = document.createElement('style');
  style.textContent = pageStyles;
  document.head.append(style);
}

/** Scenarios of guard, logout and notifications. */
export async function render(shot: string, mount: Mount, settle: Settle, store: AuthStore): Promise<boolean> {
  switch (shot) {
    case 'guard': {
      withStyles();
      const root = mount(`<div class="demo">
        <section><h2>Checking</h2>
          <auth-guard id="checking"><template><article>Never shown</article></template></auth-guard></section>
        <section><h2>Denied: permission="admin"</h2>
          <auth-guard id="denied" permission="admin" no-redirect><template><article>Admin area</article></template></auth-guard></section>
        <section><h2>Denied: custom fallback slot</h2>
          <auth-guard id="custom" permission="admin" no-redirect>
            <template><article>Admin area</article></template>
            <article slot="fallback"><h3>Admins only</h3><p>Ask your administrator for access.</p></article>
          </auth-guard></section>
        <section><h2>Allowed</h2>
          <auth-guard id="allowed" no-redirect><template><article><h3>Dashboard</h3><p>Welcome back, Jane.</p></article></template></auth-guard></section>
      </div>`);
      const user = signedIn();
      const guards = Array.from(root.querySelectorAll('auth-guard'));
      for (const guard of guards) guard.store = guard.id === 'checking' ? store : user;
      await Promise.all(guards.filter((g) => g.id !== 'checking').map((g) => waitFor(() => g.state !== 'checking')));
      for (const guard of guards) await settle(guard);
      return true;
    }
    case 'logout': {
      withStyles();
      const root = mount(`<div class="demo">
        <div class="bar"><span>Jane Doe</span><auth-logout id="idle"></auth-logout></div>
        <div class="row">
          <auth-logout id="custom">Sign out of all devices</auth-logout>
          <auth-logout id="pending"></auth-logout>
        </div>
      </div>`);
      const user = signedIn();
      const buttons = Array.from(root.querySelectorAll('auth-logout'));
      for (const button of buttons) button.store = button.id === 'pending' ? user : store;
      const pending = root.querySelector('auth-logout#pending')!;
      await settle(pending);
      void pending.logout();
      for (const button of buttons) await settle(button);
      return true;
    }
    case 'notifications': {
      withStyles();
      const failing = createAuthStore({
        authProvider: {
          login: () => Promise.resolve(),
          logout: () => Promise.reject({ name: 'Logout Error', message: 'The server could not end your session. <img src=x onerror=alert(1)>' }),
          checkAuth: () => Promise.resolve(),
          checkError: () => Promise.reject({ name: 'Session expired', message: 'Your session has expired. Please sign in again.' }),
        },
        navigate: () => {},
      });
      mount(`<div class="demo"><article><h3>Reports</h3><p>An API call answered 401.</p></article></div>`);
      const el = document.createElement('auth-notifications');
      el.store = failing;
      document.body.append(el);
      // One API error: checkError rejects (notification 1), then its logout fails (notification 2).
      await failing.checkError({ status: 401 });
      await settle(el);
      return true;
    }
    default:
      return false;
  }
}

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise(requestAnimationFrame);
}
