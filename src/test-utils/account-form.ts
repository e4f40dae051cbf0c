/**
 * What every account form promises beyond the form conformance suite, tested once per element:
 * nothing rendered without the provider's method, a consistent UI whatever the provider does
 * (rejects with anything, throws, never settles, answers after a sign-out), light and dark,
 * axe clean at rest and with an error.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { AuthStore } from '../core/store.js';
import { part, submitButton } from './elements.js';
import { deferred, neverSettles, refineV3Provider, rejects, throws, type Behaviour, type RefineV3Method } from './providers.js';
import { storeHarness } from './store.js';

export interface AccountFormOptions {
  tag: 'auth-change-password' | 'auth-change-email' | 'auth-delete-account';
  action: 'changePassword' | 'changeEmail' | 'deleteAccount';
  /** Fills the form validly (and enables its submit button). */
  fillValid(el: HTMLElement): void;
}

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** Runs the suite for one account form. */
export function runAccountFormTests(options: AccountFormOptions): void {
  const tag = unsafeStatic(options.tag);
  const action = options.action as RefineV3Method;
  const mount = async (store: AuthStore, theme?: 'light' | 'dark'): Promise<Updating> => {
    // lit/static-html: `tag` is an unsafeStatic tag name, which eslint-plugin-lit cannot see.
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
    const el = await fixture<Updating>(html`<${tag} .store=${store} theme=${theme ?? 'light'}></${tag}>`);
    await el.updateComplete;
    return el;
  };
  const submit = async (el: Updating) => {
    options.fillValid(el);
    await el.updateComplete;
    submitButton(el).click();
  };
  const errorShown = (el: Updating) => (part(el, 'error-message')?.textContent ?? '').trim() !== '';
  const settledUi = async (el: Updating) => {
    await waitUntil(() => part(el, 'base')?.getAttribute('aria-busy') === 'false', 'still busy');
    await el.updateComplete;
    expect(el.querySelector('form')?.getAttribute('aria-busy')).to.equal('false');
  };

  describe(`<${options.tag}> as an account form`, () => {
    it('renders nothing when the provider lacks the method, and the form once a provider has it', async () => {
      const el = await mount(storeHarness(refineV3Provider().provider).store);
      expect(el.querySelector('form')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part]')).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);
      (el as Updating & { store?: AuthStore }).store = storeHarness(refineV3Provider({ [action]: () => Promise.resolve() }).provider).store;
      await el.updateComplete;
      expect(el.querySelector('form')).to.not.equal(null);
      expect(part(el, 'base')).to.not.equal(null);
    });

    const hostile: Array<[string, Behaviour]> = [
      ['rejects with nothing', rejects()],
      ['rejects with a string', rejects('<b>boom</b>')],
      ['rejects with a number', rejects(42)],
      [
        'rejects with an object whose getters throw',
        rejects(
          Object.defineProperties({}, {
            message: { get: () => { throw new Error('getter'); } },
            code: { get: () => { throw new Error('getter'); } },
          }),
        ),
      ],
      ['throws synchronously', throws(new TypeError('fetch is not a function'))],
    ];
    for (const [name, behaviour] of hostile) {
      it(`a provider that ${name}: an error shown as text, not busy, no unhandled rejection, and a retry works`, async () => {
        const unhandled: unknown[] = [];
        const spy = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
        window.addEventListener('unhandledrejection', spy);
        try {
          const fake = refineV3Provider({ [action]: behaviour });
          const el = await mount(storeHarness(fake.provider).store);
          await submit(el);
          await waitUntil(() => errorShown(el), 'no error shown');
          await settledUi(el);
          expect(el.shadowRoot!.querySelector('[part~="error"] b, [part~="error"] img')).to.equal(null);
          expect(submitButton(el).disabled).to.equal(false);
          fake.set(action, () => Promise.resolve());
          const succeeded = new Promise((resolve) => el.addEventListener('auth-success', resolve, { once: true }));
          submitButton(el).click();
          await succeeded;
          await el.updateComplete;
          expect(errorShown(el), 'the old error is gone').to.equal(false);
        } finally {
          window.removeEventListener('unhandledrejection', spy);
        }
        expect(unhandled).to.deep.equal([]);
      });
    }

    it('a provider that never settles: busy until the store times out, then the timeout shown and usable again', async function () {
      this.timeout(20_000);
      const fake = refineV3Provider({ [action]: neverSettles });
      const el = await mount(storeHarness(fake.provider, { timeout: 50 }).store);
      await submit(el);
      await waitUntil(() => part(el, 'base')?.getAttribute('aria-busy') === 'true', 'never busy');
      await waitUntil(() => errorShown(el), 'no timeout error', { timeout: 10_000 });
      await settledUi(el);
      expect(part(el, 'error-title')!.textContent).to.equal('Timeout');
      expect(fake.countOf(action)).to.equal(1);
    });

    it('an answer that arrives after a sign-out is dropped: no success, no error, not busy', async () => {
      const fake = refineV3Provider();
      const held = deferred();
      fake.set(action, () => held.promise);
      const h = storeHarness(fake.provider);
      const el = await mount(h.store);
      const events: string[] = [];
      for (const type of ['auth-success', 'auth-error']) el.addEventListener(type, () => events.push(type));
      await submit(el);
      await waitUntil(() => part(el, 'base')?.getAttribute('aria-busy') === 'true', 'never busy');
      await h.store.logout({}, { redirect: false });
      held.resolve({ confirmationSent: false });
      await settledUi(el);
      expect(events).to.deep.equal([]);
      expect(errorShown(el)).to.equal(false);
      expect((part(el, 'status')?.textContent ?? '').trim()).to.equal('');
    });

    it('light and dark: the card follows theme', async () => {
      const store = storeHarness(refineV3Provider({ [action]: () => Promise.resolve() }).provider).store;
      const light = await mount(store, 'light');
      const dark = await mount(store, 'dark');
      expect(getComputedStyle(part(dark, 'base')!).backgroundColor).to.not.equal(getComputedStyle(part(light, 'base')!).backgroundColor);
      expect(getComputedStyle(dark.querySelector('input:not([type=hidden]):not([tabindex="-1"])')!).color).to.not.equal(
        getComputedStyle(light.querySelector('input:not([type=hidden]):not([tabindex="-1"])')!).color,
      );
    });

    it('is accessible (axe) at rest, with an error, in light and dark', async function () {
      this.timeout(30_000); // axe: its own budget
      for (const theme of ['light', 'dark'] as const) {
        const fake = refineV3Provider({ [action]: rejects({ code: 'session-not-fresh' }) });
        const el = await mount(storeHarness(fake.provider).store, theme);
        await expect(el).to.be.accessible();
        await submit(el);
        await waitUntil(() => errorShown(el), 'no error shown');
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
    });
  });
}
