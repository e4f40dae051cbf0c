import type { AuthStore } from '../src/index.js';
type Mount = <T extends HTMLElement>(markup: string) => T;
type Settle = (el: Element & { updateComplete?: Promise<unknown> }) => Promise<void>;

const field = (el: HTMLElement, name: string) => el.querySelector(`input[name="${name}"]`) as HTMLInputElement;
const submit = (el: HTMLElement) => (el.querySelector('button[type=submit]') as HTMLButtonElement).click();

/** Scenarios of register, forgot-password and update-password. */
export async function render(shot: string, mount: Mount, settle: Settle, _store: AuthStore): Promise<boolean> {
  switch (shot) {
    case 'register': {
      const el = mount(`<auth-register login-link="/login">
        <label slot="fields">Full name <input name="name" required autocomplete="name"></label>
        <label slot="fields"><input type="checkbox" name="terms" required> I accept the terms of service</label>
      </auth-register>`);
      await settle(el);
      field(el, 'email').value = 'jane@mail.com';
      field(el, 'password').value = 'correct horse';
      field(el, 'confirmPassword').value = 'correct hose';
      submit(el);
      await settle(el);
      return true;
    }
    case 'forgot':
      await settle(mount('<auth-forgot-password login-link="/login"></auth-forgot-password>'));
      return true;
    case 'forgot-sent': {
      const el = mount('<auth-forgot-password login-link="/login"></auth-forgot-password>');
      await settle(el);
      field(el, 'email').value = 'jane@mail.com';
      const done = new Promise((resolve) => el.addEventListener('auth-success', resolve, { once: true }));
      submit(el);
      await done;
      await settle(el);
      return true;
    }
    case 'update': {
      history.replaceState(null, '', `${location.pathname}?shot=update&token=abc123`);
      await settle(mount('<auth-update-password username="jane@mail.com" login-link="/login"></auth-update-password>'));
      return true;
    }
    case 'update-invalid':
      await settle(mount('<auth-update-password forgot-password-link="/forgot-password"></auth-update-password>'));
      return true;
    default:
      return false;
  }
}
