/**
 * One conformance suite for every form element (in the spirit of Shoelace's
 * `runFormControlBaseTests`): what every form promises, tested once per element instead of
 * copied into each element's file.
 *
 * ```ts
 * runFormConformanceTests({ tag: 'auth-login', action: 'login', submitKey: 'loginSubmit', fillValid: … });
 * ```
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { AuthStore } from '../core/store.js';
import type { AuthAction } from '../core/types.js';
import type { AccountSection } from '../internal/account-form.js';
import type { AccountStrings } from '../internal/account-strings.js';
import { setAuthStrings, type AuthStrings, type AuthStringsOverrides } from '../internal/strings.js';
import { part, pressEnter, recordEvents, submitButton } from './elements.js';
import { refineV3Provider as baseProvider, rejects, resolves, type Overrides, type RefineV3Method } from './providers.js';
import { storeHarness } from './store.js';

type FormAction = Extract<
  AuthAction,
  'login' | 'register' | 'forgotPassword' | 'updatePassword' | 'verifyTwoFactor' | 'sendVerificationEmail' | 'changePassword' | 'changeEmail' | 'deleteAccount'
>;

/** A key of one account element's section of `strings.account` (`{ section: 'changePassword', key: 'submit' }`). */
export type AccountStringsKey = { [K in AccountSection]: { section: K; key: keyof AccountStrings[K] & string } }[AccountSection];

/** Overrides that set the submit label `key` to `words`, wherever the strings keep it. */
function submitWords(key: keyof AuthStrings | AccountStringsKey, words: string): AuthStringsOverrides {
  return typeof key === 'string' ? { [key]: words } : { account: { [key.section]: { [key.key]: words } } };
}

/** What the suite needs to know about one form element. */
export interface FormConformanceOptions {
  tag: string;
  action: FormAction;
  /** The strings entry of the submit button's label (an account element's: its section and key). */
  submitKey: keyof AuthStrings | AccountStringsKey;
  /**
   * For a form whose submit button stays disabled until something is typed (a typed
   * confirmation): types just that, leaving the form otherwise empty.
   */
  unblock?(el: HTMLElement): void;
  /** Fills the form with valid values, typing `password` into every password field. */
  fillValid(el: HTMLElement, password: string): void;
  /** Attributes that make every optional part render (links…). */
  attributes?: Record<string, string>;
  /** Puts the page in the state the element needs (a reset token in the URL…) before each mount; undone after each test. */
  setUp?(): void;
  /**
   * Methods every fake provider of the suite has besides the defaults (an element whose action is
   * optional, such as `verifyTwoFactor`, needs the provider to have it).
   */
  provider?: Overrides<RefineV3Method>;
  /** Extra ways to reach parts only some states render (after success…): each returns the element in that state. */
  partStates?: ReadonlyArray<(mount: (store: AuthStore) => Promise<HTMLElement>) => Promise<HTMLElement>>;
}

const PASSWORD = 'Pa55-wörd 🔑 secret';

type Manifest = { modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[] };
let manifest: Promise<Manifest> | undefined;

/** The parts custom-elements.json documents for `tag`. */
async function documentedParts(tag: string): Promise<string[]> {
  manifest ??= fetch('/custom-elements.json').then((r) => r.json() as Promise<Manifest>);
  const declarations = (await manifest).modules.flatMap((m) => m.declarations ?? []);
  const declaration = declarations.find((d) => d.tagName === tag);
  if (!declaration) throw new Error(`custom-elements.json does not document <${tag}>`);
  return (declaration.cssParts ?? []).map((p) => p.name);
}

/** Every part name rendered in `el`'s shadow root. */
const renderedParts = (el: HTMLElement): string[] =>
  Array.from(el.shadowRoot!.querySelectorAll('[part]')).flatMap((node) => node.getAttribute('part')!.split(/\s+/));

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** Runs the suite for one form element. */
export function runFormConformanceTests(options: FormConformanceOptions): void {
  const tag = unsafeStatic(options.tag);
  // The fakes take any method name: an account action is a provider method of the same name.
  const action = options.action as RefineV3Method;
  const refineV3Provider = (overrides: Overrides<RefineV3Method> = {}) => baseProvider({ ...options.provider, ...overrides });

  const mountIn = async (store: AuthStore, wrapper?: 'rtl'): Promise<HTMLElement> => {
    // Each element reads the page afresh (an earlier one may have scrubbed a token from it).
    options.setUp?.();
    const attrs = unsafeStatic(Object.entries(options.attributes ?? {}).map(([k, v]) => `${k}="${v}"`).join(' '));
    // lit/static-html: `tag` is an unsafeStatic tag name, which eslint-plugin-lit cannot see.
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
    const el = html`<${tag} .store=${store} ${attrs}></${tag}>`;
    const root = await fixture<HTMLElement>(wrapper ? html`<div dir="rtl">${el}</div>` : el);
    const host = (wrapper ? root.firstElementChild : root) as Updating;
    await host.updateComplete;
    return host;
  };
  const settle = (el: HTMLElement) => (el as Updating).updateComplete;
  // A v3 fake whose action resolves: the optional actions (beyond the seed's nine) are not in
  // the fake by default, and an absent method fails as `unsupported`.
  const succeeding = () => refineV3Provider({ [action]: resolves() });

  describe(`<${options.tag}> conformance`, () => {
    let original = '';
    beforeEach(() => {
      original = `${location.pathname}${location.search}${location.hash}`;
    });
    afterEach(() => history.replaceState(history.state, '', original));

    it('renders every part custom-elements.json documents', async () => {
      const documented = await documentedParts(options.tag);
      expect(documented.length).to.be.greaterThan(0);
      const seen = new Set<string>();
      const mount = (store: AuthStore) => mountIn(store);
      for (const state of options.partStates ?? []) renderedParts(await state(mount)).forEach((name) => seen.add(name));
      // The error parts appear with an error: reach that state too.
      const el = await mount(storeHarness(refineV3Provider({ [action]: rejects(new Error('Nope')) }).provider).store);
      renderedParts(el).forEach((name) => seen.add(name));
      options.fillValid(el, PASSWORD);
      // A form may enable its submit button only once it has rendered what was typed.
      await settle(el);
      submitButton(el).click();
      await waitUntil(() => part(el, 'error-message') !== null, 'no error shown');
      renderedParts(el).forEach((name) => seen.add(name));
      expect(documented.filter((name) => !seen.has(name)), 'documented parts never rendered').to.deep.equal([]);
    });

    it('is busy while pending, and a double click plus Enter make one provider call', async () => {
      const fake = succeeding();
      const held = fake.hold(action);
      const el = await mountIn(storeHarness(fake.provider).store);
      options.fillValid(el, PASSWORD);
      await settle(el);
      submitButton(el).click();
      submitButton(el).click();
      el.querySelector<HTMLInputElement>('form input:not([type=hidden]):not([tabindex="-1"])')!.focus();
      await pressEnter();
      await settle(el);
      expect(fake.countOf(action)).to.equal(1);
      expect(el.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(submitButton(el).disabled).to.equal(true);
      held.resolve(false);
      await waitUntil(() => part(el, 'base')!.getAttribute('aria-busy') === 'false', 'still busy');
      expect(fake.countOf(action)).to.equal(1);
    });

    it('shows a provider error as text in a live region that existed before it', async () => {
      const payload = '<img src=x onerror="window.__pwned = true">';
      const fake = refineV3Provider({ [action]: rejects({ name: 'Refused', message: payload }) });
      const el = await mountIn(storeHarness(fake.provider).store);
      const region = part(el, 'error')!;
      expect(region.getAttribute('role')).to.equal('alert');
      expect(region.textContent!.trim()).to.equal('');
      options.fillValid(el, PASSWORD);
      await settle(el);
      submitButton(el).click();
      await waitUntil(() => region.textContent!.includes(payload), 'error not shown in the region');
      expect(part(el, 'error') === region, 'the same live region').to.equal(true);
      expect(region.querySelector('img') === null, 'no element from the payload').to.equal(true);
    });

    it('focuses the first invalid field, describes it, and calls nothing', async () => {
      const fake = succeeding();
      const el = await mountIn(storeHarness(fake.provider).store);
      options.unblock?.(el);
      await settle(el);
      submitButton(el).click();
      await waitUntil(() => el.querySelector('[aria-invalid="true"]') !== null, 'nothing marked invalid');
      await settle(el);
      const focused = document.activeElement as HTMLInputElement;
      expect(focused === el.querySelector('form [aria-invalid="true"]'), 'first invalid field focused').to.equal(true);
      const description = document.getElementById(focused.getAttribute('aria-describedby')!);
      expect(description?.textContent?.trim()).to.not.equal('');
      expect(fake.countOf(action)).to.equal(0);
    });

    it('puts no password in any event detail, on success or failure', async () => {
      const events = ['auth-success', 'auth-redirect', 'auth-error'].map((type) => recordEvents<CustomEvent>(type));
      try {
        const ok = await mountIn(storeHarness(succeeding().provider).store);
        options.fillValid(ok, PASSWORD);
        await settle(ok);
        submitButton(ok).click();
        await waitUntil(() => events[0].events.length === 1, 'no auth-success');
        const failing = await mountIn(storeHarness(refineV3Provider({ [action]: rejects(new Error('no')) }).provider).store);
        options.fillValid(failing, PASSWORD);
        await settle(failing);
        submitButton(failing).click();
        await waitUntil(() => events[2].events.length === 1, 'no auth-error');
      } finally {
        events.forEach((e) => e.stop());
      }
      const details = events.flatMap((e) => e.events).map((event) => JSON.stringify(event.detail));
      expect(details.length).to.be.greaterThan(1);
      for (const detail of details) expect(detail).to.not.include(PASSWORD);
    });

    it('takes the page-wide strings, and its own strings win', async () => {
      const el = await mountIn(storeHarness(succeeding().provider).store);
      setAuthStrings(submitWords(options.submitKey, 'Page words'));
      await settle(el);
      expect(submitButton(el).textContent!.trim()).to.equal('Page words');
      (el as HTMLElement & { strings?: AuthStringsOverrides }).strings = submitWords(options.submitKey, 'Own words');
      await settle(el);
      expect(submitButton(el).textContent!.trim()).to.equal('Own words');
      setAuthStrings({});
      await settle(el);
      expect(submitButton(el).textContent!.trim()).to.equal('Own words');
    });

    it('lays out right-to-left inside dir="rtl"', async () => {
      const fake = refineV3Provider({ [action]: rejects(new Error('no')) });
      const el = await mountIn(storeHarness(fake.provider).store, 'rtl');
      options.fillValid(el, PASSWORD);
      await settle(el);
      submitButton(el).click();
      await waitUntil(() => part(el, 'error')!.classList.contains('active'), 'no error');
      const region = part(el, 'error')!;
      // The error's accent border is at the inline start: the right, right-to-left.
      expect(getComputedStyle(region).borderRightWidth).to.equal('4px');
      expect(getComputedStyle(region).borderLeftWidth).to.equal('0px');
      const toggle = el.querySelector('[data-part~=toggle]');
      if (toggle) {
        const field = document.getElementById(toggle.getAttribute('aria-controls')!)!.getBoundingClientRect();
        const box = toggle.getBoundingClientRect();
        expect(box.left - field.left, 'toggle at the inline end (left)').to.be.lessThan(field.right - box.right);
      }
    });
  });
}
