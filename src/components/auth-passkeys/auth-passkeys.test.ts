/**
 * <auth-passkeys>: the list (loading, empty, names and dates), add, rename, delete with a
 * confirmation, the list refreshed after each; errors, cancelled ceremonies, no WebAuthn, hostile
 * data; every dialect where the provider's answer shape differs.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { AuthStore } from '../../core/index.js';
import type { AuthErrorEvent, AuthSuccessEvent } from '../../events/index.js';
import { accountEn } from '../../internal/account-strings.js';
import { en, format, resetAuthStrings, setAuthStrings } from '../../internal/strings.js';
import { part, recordEvents } from '../../test-utils/elements.js';
import { LOCALES, shownText } from '../../test-utils/i18n.js';
import { DIALECTS, refineV3, rejects, resolves, type Behaviour, type DialectKit } from '../../test-utils/providers.js';
import { nextTask, storeHarness } from '../../test-utils/store.js';
import './auth-passkeys.js';
import type { AuthPasskeys } from './auth-passkeys.js';

const s = accountEn.passkeys;
const realWebAuthn = Object.getOwnPropertyDescriptor(window, 'PublicKeyCredential');

function webAuthn(present: boolean): void {
  Object.defineProperty(window, 'PublicKeyCredential', { value: present ? function PublicKeyCredential() {} : undefined, configurable: true, writable: true });
}

const CREATED = new Date('2026-03-14T10:00:00Z');
const WORK = { id: 'pk-1', name: 'Work laptop', createdAt: CREATED };
const PHONE = { id: 'pk-2', createdAt: CREATED.toISOString() };

/** How `kit`'s dialect answers `value` as an account method's data. */
const answer = (kit: DialectKit, value: unknown): Behaviour => (kit.dialect === 'refine-v4' ? resolves({ success: true, data: value }) : resolves(value));

/** A provider with every passkey method over a list the test can change. */
function passkeys(kit: DialectKit, initial: unknown[] = [WORK, PHONE], overrides: Record<string, Behaviour | undefined> = {}) {
  let list = [...initial];
  const fake = kit.create({
    listPasskeys: (...args: unknown[]) => answer(kit, [...list])(...args),
    addPasskey: (params: { name?: string }) => {
      const added = { id: `pk-${list.length + 10}`, name: params?.name, createdAt: new Date() };
      list = [...list, added];
      return answer(kit, added)();
    },
    renamePasskey: (params: { id: string; name: string }) => {
      list = list.map((p) => ((p as { id: string }).id === params.id ? { ...(p as object), name: params.name } : p));
      return answer(kit, undefined)();
    },
    deletePasskey: (params: { id: string }) => {
      list = list.filter((p) => (p as { id: string }).id !== params.id);
      return answer(kit, undefined)();
    },
    ...overrides,
  });
  return fake;
}

async function mount(store: AuthStore, template = html`<auth-passkeys .store=${store}></auth-passkeys>`) {
  const el = await fixture<AuthPasskeys>(template);
  await waitUntil(() => part(el, 'loading') === null && part(el, 'base') !== null, 'never loaded');
  await el.updateComplete;
  return el;
}

const items = (el: AuthPasskeys) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="item"]')];
const names = (el: AuthPasskeys) => items(el).map((item) => item.querySelector('[part~="name"]')?.textContent);
const item = (el: AuthPasskeys, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="item"][data-id="${id}"]`)!;
const button = (root: ParentNode, name: string) => root.querySelector<HTMLButtonElement>(`[part~="${name}"]`);
const errorText = (el: AuthPasskeys) => [part(el, 'error-title')?.textContent, part(el, 'error-message')?.textContent];
const status = (el: AuthPasskeys) => part(el, 'status')!.textContent!.trim();
const focused = (el: AuthPasskeys) => el.shadowRoot!.activeElement;
const dateText = (date: Date, locale = 'en') => format(s.created, { date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date) });

function typeName(el: AuthPasskeys, selector: string, value: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`${selector} input[name="name"]`)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  return input;
}

function submit(el: AuthPasskeys, form: string) {
  const target = el.shadowRoot!.querySelector<HTMLFormElement>(`[part~="${form}"]`)!;
  target.requestSubmit();
}

describe('<auth-passkeys>', () => {
  beforeEach(() => webAuthn(true));
  afterEach(() => {
    if (realWebAuthn) Object.defineProperty(window, 'PublicKeyCredential', realWebAuthn);
    else delete (window as { PublicKeyCredential?: unknown }).PublicKeyCredential;
    resetAuthStrings();
  });

  describe('the list', () => {
    for (const kit of DIALECTS) {
      it(`shows each passkey's name (or "Passkey") and when it was added (${kit.dialect})`, async () => {
        const fake = passkeys(kit);
        const el = await mount(storeHarness(fake.provider).store);
        expect(part(el, 'title')!.textContent).to.equal(s.title);
        expect(part(el, 'list')!.getAttribute('aria-label')).to.equal(s.listLabel);
        expect(names(el)).to.deep.equal(['Work laptop', s.unnamed]);
        expect(items(el).map((i) => i.querySelector('[part~="created"]')!.textContent)).to.deep.equal([dateText(CREATED), dateText(CREATED)]);
        expect(fake.argsOf('listPasskeys')).to.have.length(1);
      });
    }

    it('says it is loading until the first answer', async () => {
      const fake = passkeys(refineV3);
      const held = fake.hold('listPasskeys');
      const el = await fixture<AuthPasskeys>(html`<auth-passkeys .store=${storeHarness(fake.provider).store}></auth-passkeys>`);
      await waitUntil(() => part(el, 'loading') !== null);
      expect(part(el, 'loading')!.textContent).to.equal(s.loading);
      expect(part(el, 'list')).to.equal(null);
      held.resolve([WORK]);
      await waitUntil(() => part(el, 'list') !== null);
      expect(part(el, 'loading')).to.equal(null);
    });

    it('says there are none', async () => {
      const el = await mount(storeHarness(passkeys(refineV3, []).provider).store);
      expect(part(el, 'empty')!.textContent).to.equal(s.empty);
      expect(part(el, 'list')).to.equal(null);
    });

    it('loads again when the session changes (another sign-in, a logout)', async () => {
      const fake = passkeys(refineV3);
      const { store } = storeHarness(fake.provider);
      const el = await mount(store);
      expect(fake.countOf('listPasskeys')).to.equal(1);
      await store.login({ email: 'b@example.com', password: 'pw' });
      await waitUntil(() => fake.countOf('listPasskeys') === 2, 'not reloaded after a sign-in');
      expect(el.isConnected).to.equal(true);
    });

    it('a list answered after the session changed is dropped, and the new user\'s list is asked for', async () => {
      const fake = passkeys(refineV3);
      const { store } = storeHarness(fake.provider);
      const el = await mount(store);
      const held = fake.hold('listPasskeys');
      void el.refresh();
      await waitUntil(() => fake.countOf('listPasskeys') === 2);
      await store.login({ email: 'b@example.com', password: 'pw' });
      fake.set('listPasskeys', resolves([{ id: 'pk-b', name: 'B’s key' }]));
      held.resolve([WORK]);
      await waitUntil(() => names(el).join() === 'B’s key', 'the new user\'s list never came');
      expect(fake.countOf('listPasskeys')).to.equal(3);
    });

    it('a failure to load is shown, with auth-error, and no "loading" forever', async () => {
      const fake = passkeys(refineV3, [], { listPasskeys: rejects({ code: 'session-expired' }) });
      const errors = recordEvents<AuthErrorEvent>('auth-error');
      const el = await fixture<AuthPasskeys>(html`<auth-passkeys .store=${storeHarness(fake.provider).store}></auth-passkeys>`);
      await waitUntil(() => part(el, 'error-title') !== null, 'no error');
      errors.stop();
      expect(errorText(el)).to.deep.equal([en.errors['session-expired'].title, en.errors['session-expired'].message]);
      expect(errors.events.map((e) => e.detail.action)).to.deep.equal(['listPasskeys']);
      expect(part(el, 'loading')).to.equal(null);
      // Without words from the provider: the account's own default.
      fake.set('listPasskeys', rejects());
      await el.refresh();
      await el.updateComplete;
      expect(errorText(el)).to.deep.equal([accountEn.errors['list-passkeys-failed'].title, accountEn.errors['list-passkeys-failed'].message]);
    });

    it('is not shown at all when the provider cannot list passkeys', async () => {
      const fake = refineV3.create();
      const el = await fixture<AuthPasskeys>(html`<auth-passkeys .store=${storeHarness(fake.provider).store}></auth-passkeys>`);
      await el.updateComplete;
      expect(part(el, 'base')).to.equal(null);
      expect(el.shadowRoot!.textContent!.trim()).to.equal('');
    });
  });

  describe('hostile or odd data', () => {
    it('names are text, never HTML; missing and throwing fields are tolerated', async () => {
      const trap = {
        id: 'pk-trap',
        get name(): string {
          throw new Error('boom');
        },
        get createdAt(): string {
          throw new Error('boom');
        },
      };
      const list = [
        { id: 'pk-html', name: '<img src=x onerror="window.__pwned=1">', createdAt: 'not a date' },
        { name: 'No id' },
        trap,
        { id: 42, name: '   ', createdAt: CREATED.getTime() },
        null,
        'a string',
        new Proxy({}, { get: () => { throw new Error('proxy'); } }),
      ];
      const el = await mount(storeHarness(passkeys(refineV3, list).provider).store);
      expect(names(el)).to.deep.equal(['<img src=x onerror="window.__pwned=1">', 'No id', s.unnamed, s.unnamed, s.unnamed]);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      // No id: listed, with nothing to act on.
      expect(items(el)[1].querySelector('button')).to.equal(null);
      // A number id is usable; a bad date shows no date.
      expect(item(el, '42').querySelector('[part~="created"]')!.textContent).to.equal(dateText(CREATED));
      expect(item(el, 'pk-html').querySelector('[part~="created"]')).to.equal(null);
      expect(button(item(el, 'pk-trap'), 'delete-button')).to.not.equal(null);
    });

    for (const [label, data] of [
      ['an object', { passkeys: [WORK] }],
      ['a string', 'pk-1'],
      ['null', null],
      ['a number', 7],
    ] as const) {
      it(`a non-array answer (${label}) is an empty list`, async () => {
        const fake = refineV3.create({ listPasskeys: resolves(data) });
        const el = await mount(storeHarness(fake.provider).store);
        expect(part(el, 'empty')!.textContent).to.equal(s.empty);
        expect(part(el, 'error-title')).to.equal(null);
      });
    }
  });

  it('a revoked Proxy as the answer breaks nothing: no list, no endless "loading"', async () => {
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    const fake = refineV3.create({ listPasskeys: resolves(revoked.proxy) });
    const el = await fixture<AuthPasskeys>(html`<auth-passkeys .store=${storeHarness(fake.provider).store}></auth-passkeys>`);
    await waitUntil(() => part(el, 'loading') === null, 'still loading');
    expect(part(el, 'list')).to.equal(null);
    expect(part(el, 'base')).to.not.equal(null);
  });

  describe('add', () => {
    for (const kit of DIALECTS) {
      it(`adds a named passkey, busy meanwhile, then the list is current (${kit.dialect})`, async () => {
        const fake = passkeys(kit, [WORK]);
        const el = await mount(storeHarness(fake.provider).store);
        const input = typeName(el, '[part~="add-form"]', '  Phone  ');
        expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`)!.textContent).to.equal(s.nameLabel);
        const held = fake.hold('addPasskey');
        const success = oneEvent(el, 'auth-success') as Promise<AuthSuccessEvent>;
        submit(el, 'add-form');
        await waitUntil(() => el.busy);
        await el.updateComplete;
        expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
        expect(button(el.shadowRoot!, 'add-button')!.disabled).to.equal(true);
        expect(button(el.shadowRoot!, 'add-button')!.textContent!.trim()).to.equal(en.busy);
        submit(el, 'add-form');
        expect(fake.argsOf('addPasskey')).to.deep.equal([[{ name: 'Phone' }]]);
        fake.set('listPasskeys', answer(kit, [WORK, { id: 'pk-9', name: 'Phone', createdAt: CREATED }]));
        held.resolve(kit.dialect === 'refine-v4' ? { success: true, data: { id: 'pk-9' } } : { id: 'pk-9' });
        expect((await success).detail.action).to.equal('addPasskey');
        await waitUntil(() => names(el).length === 2, 'the list was not refreshed');
        expect(names(el)).to.deep.equal(['Work laptop', 'Phone']);
        expect(status(el)).to.equal(s.added);
        expect(input.value).to.equal('');
        expect(fake.countOf('listPasskeys')).to.equal(2);
      });
    }

    it('without a name, sends none', async () => {
      const fake = passkeys(refineV3, []);
      const el = await mount(storeHarness(fake.provider).store);
      submit(el, 'add-form');
      await waitUntil(() => names(el).length === 1);
      expect(fake.argsOf('addPasskey')).to.deep.equal([[{}]]);
      expect(names(el)).to.deep.equal([s.unnamed]);
    });

    for (const kit of DIALECTS) {
      it(`a cancelled ceremony shows nothing and fires nothing (${kit.dialect})`, async () => {
        const fake = passkeys(kit, [WORK], { addPasskey: kit.fail(new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError')) });
        const el = await mount(storeHarness(fake.provider).store);
        const events = recordEvents<AuthErrorEvent>('auth-error');
        typeName(el, '[part~="add-form"]', 'Phone');
        submit(el, 'add-form');
        await waitUntil(() => fake.countOf('addPasskey') === 1);
        await waitUntil(() => !el.busy);
        await nextTask();
        await el.updateComplete;
        events.stop();
        expect(events.events).to.have.length(0);
        expect(part(el, 'error')!.textContent!.trim()).to.equal('');
        expect(status(el)).to.equal('');
      });
    }

    it('a failure is shown in the account words of the locale, with auth-error', async () => {
      const [, fr] = LOCALES[0];
      setAuthStrings(fr);
      const fake = passkeys(refineV3, [WORK], { addPasskey: rejects({ code: 'passkey-exists', message: 'Already there' }) });
      const el = await mount(storeHarness(fake.provider).store);
      const failed = oneEvent(el, 'auth-error') as Promise<AuthErrorEvent>;
      submit(el, 'add-form');
      expect((await failed).detail.action).to.equal('addPasskey');
      await el.updateComplete;
      expect(errorText(el)).to.deep.equal([fr.account.errors['passkey-exists'].title, fr.account.errors['passkey-exists'].message]);
      expect(fake.countOf('listPasskeys')).to.equal(1);
    });

    it('in a browser without WebAuthn, a sentence replaces the form; rename and delete remain', async () => {
      webAuthn(false);
      const el = await mount(storeHarness(passkeys(refineV3).provider).store);
      expect(part(el, 'add-form')).to.equal(null);
      expect(part(el, 'no-webauthn')!.textContent).to.equal(s.noWebAuthn);
      expect(button(item(el, 'pk-1'), 'rename-button')).to.not.equal(null);
      expect(button(item(el, 'pk-1'), 'delete-button')).to.not.equal(null);
    });

    it('no add form when the provider cannot add', async () => {
      const el = await mount(storeHarness(passkeys(refineV3, [WORK], { addPasskey: undefined }).provider).store);
      expect(part(el, 'add-form')).to.equal(null);
      expect(part(el, 'no-webauthn')).to.equal(null);
    });
  });

  describe('rename', () => {
    for (const kit of DIALECTS) {
      it(`renames inline; the list is current and focus returns to its button (${kit.dialect})`, async () => {
        const fake = passkeys(kit);
        const el = await mount(storeHarness(fake.provider).store);
        button(item(el, 'pk-1'), 'rename-button')!.click();
        await el.updateComplete;
        await el.updateComplete;
        const form = item(el, 'pk-1').querySelector<HTMLFormElement>('[part~="rename-form"]')!;
        expect(form.getAttribute('aria-label')).to.equal(format(s.renameLabel, { name: 'Work laptop' }));
        const input = form.querySelector('input')!;
        expect(input.value).to.equal('Work laptop');
        expect(focused(el)).to.equal(input);
        typeName(el, '[part~="rename-form"]', 'Old laptop');
        const success = oneEvent(el, 'auth-success') as Promise<AuthSuccessEvent>;
        submit(el, 'rename-form');
        expect((await success).detail.action).to.equal('renamePasskey');
        expect(fake.argsOf('renamePasskey')).to.deep.equal([[{ id: 'pk-1', name: 'Old laptop' }]]);
        await waitUntil(() => part(el, 'rename-form') === null && names(el)[0] === 'Old laptop', 'the list was not refreshed');
        expect(part(el, 'rename-form')).to.equal(null);
        expect(status(el)).to.equal(s.renamed);
        await waitUntil(() => focused(el) === button(item(el, 'pk-1'), 'rename-button'), 'focus not back on the button');
      });
    }

    it('an empty name is refused here; Escape and "cancel" leave the form unchanged', async () => {
      const fake = passkeys(refineV3);
      const el = await mount(storeHarness(fake.provider).store);
      button(item(el, 'pk-2'), 'rename-button')!.click();
      await el.updateComplete;
      const input = typeName(el, '[part~="rename-form"]', '   ');
      submit(el, 'rename-form');
      await el.updateComplete;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(part(el, 'field-error')!.textContent).to.equal(en.required);
      expect(fake.countOf('renamePasskey')).to.equal(0);
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      await el.updateComplete;
      expect(part(el, 'rename-form')).to.equal(null);
      await waitUntil(() => focused(el) === button(item(el, 'pk-2'), 'rename-button'));
      button(item(el, 'pk-2'), 'rename-button')!.click();
      await el.updateComplete;
      button(part(el, 'rename-form')!, 'cancel-button')!.click();
      await el.updateComplete;
      expect(part(el, 'rename-form')).to.equal(null);
      expect(names(el)).to.deep.equal(['Work laptop', s.unnamed]);
    });

    it('a refused rename keeps the form open and shows why', async () => {
      const fake = passkeys(refineV3, [WORK], { renamePasskey: rejects({ code: 'session-not-fresh' }) });
      const el = await mount(storeHarness(fake.provider).store);
      button(item(el, 'pk-1'), 'rename-button')!.click();
      await el.updateComplete;
      typeName(el, '[part~="rename-form"]', 'New');
      const failed = oneEvent(el, 'auth-error');
      submit(el, 'rename-form');
      await failed;
      await el.updateComplete;
      expect(errorText(el)).to.deep.equal([accountEn.errors['session-not-fresh'].title, accountEn.errors['session-not-fresh'].message]);
      expect(part(el, 'rename-form')).to.not.equal(null);
    });

    it('no rename button when the provider cannot rename', async () => {
      const el = await mount(storeHarness(passkeys(refineV3, [WORK], { renamePasskey: undefined }).provider).store);
      expect(button(item(el, 'pk-1'), 'rename-button')).to.equal(null);
      expect(button(item(el, 'pk-1'), 'delete-button')).to.not.equal(null);
    });
  });

  describe('delete', () => {
    for (const kit of DIALECTS) {
      it(`asks first; "delete passkey" deletes, the list is current (${kit.dialect})`, async () => {
        const fake = passkeys(kit);
        const el = await mount(storeHarness(fake.provider).store);
        button(item(el, 'pk-1'), 'delete-button')!.click();
        await el.updateComplete;
        const confirm = item(el, 'pk-1').querySelector<HTMLElement>('[part~="confirm"]')!;
        expect(confirm.querySelector('[part~="confirm-message"]')!.textContent).to.equal(format(s.deleteConfirm, { name: 'Work laptop' }));
        expect(fake.countOf('deletePasskey')).to.equal(0);
        await waitUntil(() => focused(el) === button(confirm, 'cancel-button'), 'the safe choice is focused');
        const success = oneEvent(el, 'auth-success') as Promise<AuthSuccessEvent>;
        button(confirm, 'confirm-delete-button')!.click();
        expect((await success).detail.action).to.equal('deletePasskey');
        expect(fake.argsOf('deletePasskey')).to.deep.equal([[{ id: 'pk-1' }]]);
        await waitUntil(() => names(el).length === 1, 'the list was not refreshed');
        expect(names(el)).to.deep.equal([s.unnamed]);
        expect(status(el)).to.equal(s.deleted);
        await waitUntil(() => focused(el) === part(el, 'title'));
      });
    }

    it('"cancel" deletes nothing', async () => {
      const fake = passkeys(refineV3);
      const el = await mount(storeHarness(fake.provider).store);
      button(item(el, 'pk-2'), 'delete-button')!.click();
      await el.updateComplete;
      button(part(el, 'confirm')!, 'cancel-button')!.click();
      await el.updateComplete;
      expect(part(el, 'confirm')).to.equal(null);
      expect(fake.countOf('deletePasskey')).to.equal(0);
      await waitUntil(() => focused(el) === button(item(el, 'pk-2'), 'delete-button'));
    });

    it('a refused deletion (sign in again) is shown; the passkey stays', async () => {
      const fake = passkeys(refineV3, [WORK], { deletePasskey: rejects({ code: 'session-not-fresh', message: 'Session is not fresh' }) });
      const el = await mount(storeHarness(fake.provider).store);
      button(item(el, 'pk-1'), 'delete-button')!.click();
      await el.updateComplete;
      const failed = oneEvent(el, 'auth-error') as Promise<AuthErrorEvent>;
      button(part(el, 'confirm')!, 'confirm-delete-button')!.click();
      expect((await failed).detail.error.code).to.equal('session-not-fresh');
      await el.updateComplete;
      expect(errorText(el)).to.deep.equal([accountEn.errors['session-not-fresh'].title, accountEn.errors['session-not-fresh'].message]);
      expect(names(el)).to.deep.equal(['Work laptop']);
    });
  });

  describe('look and language', () => {
    it('passes axe: the list, the rename form, the confirmation, an error; light and dark', async function () {
      this.timeout(60_000); // four axe runs: their own budget, not the machine's speed
      for (const theme of ['light', 'dark'] as const) {
        const fake = passkeys(refineV3, [WORK, PHONE], { deletePasskey: rejects({ code: 'session-not-fresh' }) });
        const el = await mount(storeHarness(fake.provider).store, html`<auth-passkeys theme=${theme} .store=${storeHarness(fake.provider).store}></auth-passkeys>`);
        await expect(el).to.be.accessible();
        button(item(el, 'pk-1'), 'rename-button')!.click();
        button(item(el, 'pk-2'), 'delete-button')!.click();
        await el.updateComplete;
        button(part(el, 'confirm')!, 'confirm-delete-button')!.click();
        await waitUntil(() => part(el, 'error-title') !== null);
        await expect(el).to.be.accessible();
      }
    });

    it('dark theme changes the palette', async () => {
      const store = storeHarness(passkeys(refineV3).provider).store;
      const light = await mount(store, html`<auth-passkeys theme="light" .store=${store}></auth-passkeys>`);
      const dark = await mount(store, html`<auth-passkeys theme="dark" .store=${store}></auth-passkeys>`);
      const bg = (el: AuthPasskeys) => getComputedStyle(part(el, 'base')!).backgroundColor;
      expect(bg(light)).to.not.equal(bg(dark));
    });

    it('right to left: the name starts on the right', async () => {
      const store = storeHarness(passkeys(refineV3).provider).store;
      const wrap = await fixture<HTMLElement>(html`<div dir="rtl" style="inline-size: 30rem"><auth-passkeys .store=${store}></auth-passkeys></div>`);
      const el = wrap.querySelector('auth-passkeys')!;
      await waitUntil(() => items(el).length === 2);
      const row = item(el, 'pk-1');
      const info = row.querySelector('[part~="item-info"]')!.getBoundingClientRect();
      const box = row.getBoundingClientRect();
      expect(Math.abs(info.right - box.right) < 1, 'the name at the inline start (right)').to.equal(true);
      expect(info.left - box.left > 20, 'not at the left').to.equal(true);
    });

    for (const [tag, t] of LOCALES) {
      it(`${tag}: every piece of text is the locale's`, async () => {
        setAuthStrings(t);
        const fake = passkeys(refineV3, [WORK, PHONE, { id: 'pk-3', name: 'Key' }]);
        const el = await mount(storeHarness(fake.provider).store);
        const shown = [...shownText(el)];
        button(item(el, 'pk-1'), 'rename-button')!.click();
        await el.updateComplete;
        shown.push(...shownText(el));
        button(item(el, 'pk-2'), 'delete-button')!.click();
        await el.updateComplete;
        shown.push(...shownText(el));
        const english = Object.entries(accountEn.passkeys).filter(([key, text]) => t.account.passkeys[key as keyof typeof s] !== text);
        for (const [key, text] of english) {
          const pattern = new RegExp(`^${text.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+')}$`);
          expect(shown.filter((x) => pattern.test(x)), `${tag}: English ${key}`).to.deep.equal([]);
        }
        const p = t.account.passkeys;
        expect(shown).to.include.members([p.title, p.description, p.newNameLabel, p.save, p.cancel, p.deleteSubmit, p.delete, p.nameLabel, p.addSubmit]);
        expect(shown).to.include(format(p.created, { date: new Intl.DateTimeFormat(t.locale, { dateStyle: 'medium' }).format(CREATED) }));
        expect(shown).to.include(format(p.deleteConfirm, { name: p.unnamed }));
      });
    }
  });
});
