// Bench page: every element over one store whose provider counts its calls. `cycle(tag, n)`
// mounts and unmounts an element n times (with its store subscriptions; a guard runs its
// check each time); `crowd()` puts 50 guards and 10 forms on the page at once.
import { configureAuth } from '../../src/index.js';

const calls: Record<string, number> = {};
const count = (method: string) => () => {
  calls[method] = (calls[method] ?? 0) + 1;
  return Promise.resolve();
};
const store = configureAuth({
  authProvider: {
    login: count('login'), logout: count('logout'), checkAuth: count('checkAuth'), checkError: count('checkError'),
    getPermissions: () => Promise.resolve(['admin']), getUserIdentity: () => Promise.resolve({ id: 1 }),
    register: count('register'), forgotPassword: count('forgotPassword'), updatePassword: count('updatePassword'),
  },
  navigate: () => {},
  // Every guard mount asks the provider: the leak check must exercise the check path each time.
  checkCacheTime: 0,
});

const settled = (el: Element) =>
  new Promise<void>((resolve) => {
    const done = () => el.getAttribute('state') !== 'checking';
    if (done()) return resolve();
    const observer = new MutationObserver(() => done() && (observer.disconnect(), resolve()));
    observer.observe(el, { attributes: true });
  });

async function mount(tag: string): Promise<HTMLElement> {
  const el = document.createElement(tag) as HTMLElement & { updateComplete?: Promise<unknown> };
  if (tag === 'auth-guard') el.innerHTML = '<template><p>secret</p></template>';
  document.body.append(el);
  await el.updateComplete;
  if (tag === 'auth-guard') await settled(el);
  return el;
}

Object.assign(window, {
  calls,
  store,
  async cycle(tag: string, n: number) {
    for (let i = 0; i < n; i += 1) (await mount(tag)).remove();
  },
  async crowd() {
    for (const key of Object.keys(calls)) delete calls[key];
    const els = await Promise.all([
      ...Array.from({ length: 50 }, () => mount('auth-guard')),
      ...Array.from({ length: 10 }, () => mount('auth-login')),
    ]);
    const result = { ...calls };
    for (const el of els) el.remove();
    return result;
  },
});
(window as unknown as { ready: boolean }).ready = true;
