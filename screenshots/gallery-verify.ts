// Scenarios of <auth-verify-email> and <auth-register> continuing into it.
import { createAuthStore, type AuthStore } from '../src/index.js';
import '../src/components/auth-verify-email/auth-verify-email.js';

type Mount = <T extends HTMLElement>(markup: string) => T;
type Settle = (el: Element & { updateComplete?: Promise<unknown> }) => Promise<void>;

const challenge = { type: 'verify-email', email: 'jane@mail.com' };
const never = () => new Promise<never>(() => {});
const verifying = (verifyEmail: () => unknown): AuthStore =>
  createAuthStore({
    authProvider: {
      login: () => Promise.resolve(),
      logout: () => Promise.resolve(false),
      checkAuth: never,
      checkError: () => Promise.resolve(),
      register: () => Promise.resolve({ challenge }),
      verifyEmail,
      sendVerificationEmail: () => Promise.resolve(),
    },
    navigate: () => {},
  });

function use<T extends HTMLElement>(el: T, store: AuthStore): T {
  (el as T & { store?: AuthStore }).store = store;
  return el;
}

export async function render(shot: string, mount: Mount, settle: Settle): Promise<boolean> {
  switch (shot) {
    case 'verify-confirmed': {
      history.replaceState(null, '', `${location.pathname}?shot=${shot}&token=abc`);
      const el = use(mount('<auth-verify-email login-link="/login"></auth-verify-email>'), verifying(() => Promise.resolve()));
      const done = new Promise((resolve) => el.addEventListener('auth-success', resolve, { once: true }));
      await settle(el);
      await done;
      await settle(el);
      return true;
    }
    case 'verify-expired': {
      history.replaceState(null, '', `${location.pathname}?shot=${shot}&token=old`);
      const el = use(
        mount('<auth-verify-email email="jane@mail.com" login-link="/login"></auth-verify-email>'),
        verifying(() => Promise.reject({ code: 'link-expired' })),
      );
      const failed = new Promise((resolve) => el.addEventListener('auth-error', resolve, { once: true }));
      await settle(el);
      await failed;
      await settle(el);
      return true;
    }
    case 'verify-inbox': {
      const store = verifying(() => Promise.resolve());
      await store.register({});
      const el = use(mount('<auth-register login-link="/login"></auth-register>'), store);
      await settle(el);
      const step = el.shadowRoot!.querySelector('auth-verify-email')!;
      await customElements.whenDefined('auth-verify-email');
      await settle(step);
      return true;
    }
    default:
      return false;
  }
}
