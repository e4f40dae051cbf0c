// Scenarios of <auth-callback> and the sign-in page a failed return lands on.
import { createAuthStore, type AuthStore } from '../src/index.js';
type Mount = <T extends HTMLElement>(markup: string) => T;
type Settle = (el: Element & { updateComplete?: Promise<unknown> }) => Promise<void>;

const never = () => new Promise<never>(() => {});

/** A provider whose OAuth return is still being handled, or refused at the identity provider. */
const returning = (answer: () => Promise<unknown>): AuthStore =>
  createAuthStore({
    authProvider: {
      login: never,
      logout: never,
      checkAuth: never,
      checkError: () => Promise.resolve(),
      handleCallback: answer,
    },
    navigate: () => {},
  });

export async function render(shot: string, mount: Mount, settle: Settle): Promise<boolean> {
  switch (shot) {
    case 'callback': {
      const el = mount('<auth-callback login-link="/login"></auth-callback>');
      (el as HTMLElement & { store: AuthStore }).store = returning(never);
      await settle(el);
      return true;
    }
    case 'callback-error': {
      const el = mount('<auth-callback login-link="/login" stay-on-error></auth-callback>');
      (el as HTMLElement & { store: AuthStore }).store = returning(() =>
        Promise.reject({ code: 'access-denied', name: 'Sign-in cancelled', message: '<b>not bold</b>' }),
      );
      await new Promise((r) => el.addEventListener('auth-error', r, { once: true }));
      await settle(el);
      return true;
    }
    case 'login-returned': {
      history.replaceState(null, '', `${location.pathname}?shot=login-returned&auth_error=access-denied`);
      await settle(mount('<auth-login register-link="/register" forgot-password-link="/forgot"></auth-login>'));
      return true;
    }
    default:
      return false;
  }
}
