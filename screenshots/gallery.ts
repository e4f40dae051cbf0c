// One scenario per ?shot=… for scripts/screenshots.mjs.
import { ar } from '../src/locales/ar.js';
import { fr } from '../src/locales/fr.js';
import { createAuthStore, setAuthStrings, type AuthStore } from '../src/index.js';

const never = () => new Promise<never>(() => {});
const store: AuthStore = createAuthStore({
  authProvider: {
    login: () => Promise.reject({ name: 'Login Failed!', message: 'The email or password that you’ve entered doesn’t match any account. <img src=x onerror=alert(1)>' }),
    logout: () => Promise.resolve(false),
    checkAuth: never,
    checkError: () => Promise.reject(),
    forgotPassword: () => Promise.resolve(),
    updatePassword: () => Promise.resolve(),
    register: () => Promise.resolve(false),
    sendLoginCode: () => Promise.resolve(),
    loginWithCode: never,
    sendMagicLink: () => Promise.resolve(),
  },
  navigate: () => {},
});

const shot = new URLSearchParams(location.search).get('shot') ?? 'login';
const body = document.body;
const ready = () => ((window as unknown as { __ready: boolean }).__ready = true);

async function settle(el: Element & { updateComplete?: Promise<unknown> }) {
  await el.updateComplete;
  await new Promise(requestAnimationFrame);
}

function mount<T extends HTMLElement>(markup: string): T {
  body.innerHTML = markup;
  const el = body.firstElementChild as T & { store?: AuthStore };
  el.store = store;
  return el;
}

async function run() {
  switch (shot) {
    case 'login':
      await settle(mount('<auth-login register-link="/register" forgot-password-link="/forgot" remember-me></auth-login>'));
      break;
    case 'login-providers': {
      const el = mount<HTMLElement & { providers: unknown }>('<auth-login register-link="/register"></auth-login>');
      el.providers = [{ name: 'github', label: 'GitHub' }, { name: 'google', label: 'Google' }];
      await settle(el);
      break;
    }
    case 'login-error': {
      const el = mount('<auth-login register-link="/register" forgot-password-link="/forgot"></auth-login>');
      await settle(el);
      (el.querySelector('input[name=email]') as HTMLInputElement).value = 'john@mail.com';
      (el.querySelector('input[name=password]') as HTMLInputElement).value = 'secret';
      (el.querySelector('button[type=submit]') as HTMLButtonElement).click();
      await new Promise((r) => el.addEventListener('auth-error', r, { once: true }));
      await settle(el);
      break;
    }
    case 'login-code': {
      // The e-mailed code step, whose parts load with the click that sends the code.
      const el = mount('<auth-login register-link="/register"></auth-login>');
      await settle(el);
      (el.querySelector('input[name=email]') as HTMLInputElement).value = 'ada@example.com';
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="login-code-button"]')!.click();
      await new Promise((r) => el.addEventListener('auth-success', r, { once: true }));
      while (!el.querySelector('input[name=code]')) await new Promise(requestAnimationFrame);
      await settle(el);
      break;
    }
    case 'login-invalid': {
      const el = mount('<auth-login forgot-password-link="/forgot"></auth-login>');
      await settle(el);
      (el.querySelector('button[type=submit]') as HTMLButtonElement).click();
      await settle(el);
      break;
    }
    case 'login-rtl':
      document.documentElement.dir = 'rtl';
      document.documentElement.lang = 'ar';
      setAuthStrings(ar);
      await settle(mount('<auth-login register-link="/register" forgot-password-link="/forgot" remember-me></auth-login>'));
      break;
    case 'login-fr':
      setAuthStrings(fr);
      await settle(mount('<auth-login register-link="/register" forgot-password-link="/forgot" remember-me></auth-login>'));
      break;
    default: {
      // Other elements' scenarios live beside their owners' files:
      // export async function render(shot, mount, settle, store): Promise<boolean> (true = handled).
      for (const load of [() => import('./gallery-forms.js'), () => import('./gallery-status.js'), () => import('./gallery-callback.js'), () => import('./gallery-verify.js')]) {
        const module = await load().catch(() => undefined);
        if (module && (await module.render(shot, mount, settle, store))) break;
      }
    }
  }
  ready();
}
void run();
