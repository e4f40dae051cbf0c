import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AuthStore } from '../../core/store.js';
import type { RefineV3AuthProvider } from '../../core/types.js';
import type { AuthErrorEvent } from '../../events/auth-error.js';
import type { AuthSuccessEvent } from '../../events/auth-success.js';
import { accountEn } from '../../internal/account-strings.js';
import { en, setAuthStrings } from '../../internal/strings.js';
import { fill, input, part, recordEvents, submitButton } from '../../test-utils/elements.js';
import { deferred, neverSettles, refineV3Provider, rejects, resolves, throws, type Behaviour, type FakeProvider } from '../../test-utils/providers.js';
import { captureReportedErrors, storeHarness } from '../../test-utils/store.js';
import './auth-two-factor-setup.js';
import { groupSecret, type AuthTwoFactorSetup } from './auth-two-factor-setup.js';

const s = accountEn.twoFactorSetup;
const SECRET = 'JBSWY3DPEHPK3PXP';
const URI = `otpauth://totp/Demo:ada%40example.com?secret=${SECRET}&issuer=Demo`;
const CODES = ['abcde-fghij', 'klmno-pqrst', 'uvwxy-z0123'];
const NEW_CODES = ['new11-aaaaa', 'new22-bbbbb'];
const PASSWORD = 'Pa55-wörd 🔑 secret';

/** A refine v3 fake with the account methods (the fake's method names do not list them). */
type Fake = FakeProvider<RefineV3AuthProvider, string>;

function twoFactorProvider(overrides: Record<string, Behaviour | undefined> = {}): Fake {
  const methods: Record<string, Behaviour | undefined> = {
    enableTwoFactor: resolves({ totpURI: URI, backupCodes: CODES }),
    confirmTwoFactor: resolves(),
    disableTwoFactor: resolves(),
    generateBackupCodes: resolves({ backupCodes: NEW_CODES }),
    ...overrides,
  };
  return refineV3Provider(methods as Parameters<typeof refineV3Provider>[0]) as unknown as Fake;
}

async function mount(fake: Fake, options: { enabled?: string; store?: AuthStore; rtl?: boolean; theme?: string; timeout?: number } = {}): Promise<AuthTwoFactorSetup> {
  const store = options.store ?? storeHarness(fake.provider, options.timeout ? { timeout: options.timeout } : {}).store;
  const template = html`<auth-two-factor-setup .store=${store} enabled=${ifDefined(options.enabled)} theme=${ifDefined(options.theme)}></auth-two-factor-setup>`;
  if (options.rtl) {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl">${template}</div>`);
    const el = wrapper.firstElementChild as AuthTwoFactorSetup;
    await el.updateComplete;
    return el;
  }
  const el = await fixture<AuthTwoFactorSetup>(template);
  await el.updateComplete;
  return el;
}

const text = (el: AuthTwoFactorSetup, name: string) => part(el, name)?.textContent?.trim() ?? '';

async function click(el: AuthTwoFactorSetup, name: string): Promise<void> {
  const target = part(el, name);
  if (!target) throw new Error(`no part ${name}`);
  target.click();
  await el.updateComplete;
}

/** Clicks the button that asks the password, then submits `password`; resolves once the action answered. */
async function withPassword(el: AuthTwoFactorSetup, button: string, password = PASSWORD): Promise<void> {
  await click(el, button);
  fill(el, 'password', password);
  submitButton(el).click();
  await settled(el, 'password');
}

/**
 * Waits until the element has acted on the provider's answer: another step, or an error shown.
 * (`auth-success` comes before: it is dispatched as soon as the store has the answer.)
 */
async function settled(el: AuthTwoFactorSetup, step: string): Promise<void> {
  await waitUntil(() => !el.busy && (el.step !== step || part(el, 'error-message') !== null), `still in the ${step} step`);
  await el.updateComplete;
}

/** Off → password → the scan step with its QR code drawn. */
async function toScan(el: AuthTwoFactorSetup): Promise<void> {
  await withPassword(el, 'enable-button');
  await waitUntil(() => part(el, 'qr') || part(el, 'qr-unavailable'), 'no QR code');
  await el.updateComplete;
}

/** Types a whole code (it submits by itself) and waits for the answer. */
async function enterCode(el: AuthTwoFactorSetup, code = '123456'): Promise<void> {
  fill(el, 'code', code);
  await settled(el, 'scan');
}

const qrLoaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('lean-qr'));

describe('<auth-two-factor-setup>', () => {
  afterEach(() => setAuthStrings({}));

  // First in the file: nothing before it may have drawn a QR code in this page.
  it('loads lean-qr only when the scan step shows, and draws the QR code then', async () => {
    const el = await mount(twoFactorProvider());
    expect(qrLoaded(), 'lean-qr loaded with the element').to.equal(false);
    await click(el, 'enable-button');
    expect(qrLoaded(), 'lean-qr loaded by the password step').to.equal(false);
    expect(el.shadowRoot!.querySelector('svg, canvas')).to.equal(null);
    fill(el, 'password', PASSWORD);
    submitButton(el).click();
    await waitUntil(() => part(el, 'qr'), 'no QR code');
    expect(qrLoaded()).to.equal(true);
    const svg = part(el, 'qr')!;
    expect(svg.localName).to.equal('svg');
    expect(svg.querySelector('path')!.getAttribute('d')).to.match(/^M\d+ \d+h\d+v1h-\d+z/);
  });

  it('is absent when the provider cannot enable two-factor authentication', async () => {
    const el = await mount(twoFactorProvider({ enableTwoFactor: undefined }));
    expect(part(el, 'base')).to.equal(null);
    expect(el.querySelector('form')).to.equal(null);
  });

  describe('whether it is on at first', () => {
    it('follows the identity’s twoFactorEnabled', async () => {
      const on = twoFactorProvider({ getUserIdentity: resolves({ id: 1, twoFactorEnabled: true }) });
      const { store } = storeHarness(on.provider);
      await store.getIdentity();
      const el = await mount(on, { store });
      expect(el.isOn).to.equal(true);
      expect(part(el, 'regenerate-button')).to.not.equal(null);
      expect(part(el, 'disable-button')).to.not.equal(null);
      expect(part(el, 'enable-button')).to.equal(null);
      expect(text(el, 'description')).to.equal(s.onDescription);

      const off = twoFactorProvider({ getUserIdentity: resolves({ id: 1, twoFactorEnabled: false }) });
      const other = storeHarness(off.provider).store;
      await other.getIdentity();
      const el2 = await mount(off, { store: other });
      expect(el2.isOn).to.equal(false);
      expect(text(el2, 'description')).to.equal(s.offDescription);
    });

    it('the enabled attribute overrides the identity, both ways', async () => {
      const on = twoFactorProvider({ getUserIdentity: resolves({ twoFactorEnabled: true }) });
      const { store } = storeHarness(on.provider);
      await store.getIdentity();
      const el = await mount(on, { store, enabled: 'false' });
      expect(el.isOn).to.equal(false);
      expect(part(el, 'enable-button')).to.not.equal(null);
      const el2 = await mount(twoFactorProvider(), { enabled: '' });
      expect(el2.isOn).to.equal(true);
      el2.enabled = false;
      await el2.updateComplete;
      expect(part(el2, 'enable-button')).to.not.equal(null);
    });

    it('an identity with hostile fields is harmless (off)', async () => {
      const identity = {
        get twoFactorEnabled(): boolean {
          throw new Error('getter');
        },
        email: '<img src=x onerror="window.__pwned=1">',
      };
      const fake = twoFactorProvider({ getUserIdentity: resolves(identity) });
      const { store } = storeHarness(fake.provider);
      await store.getIdentity();
      const el = await mount(fake, { store });
      expect(el.isOn).to.equal(false);
      await click(el, 'enable-button');
      expect(input(el, 'username').value).to.equal(identity.email);
      expect(el.querySelector('img')).to.equal(null);
    });
  });

  it('turns on: password, QR code and key, first code verified, backup codes once, then the on state', async () => {
    const fake = twoFactorProvider();
    const el = await mount(fake);
    const successes = recordEvents<AuthSuccessEvent>('auth-success');
    try {
      await click(el, 'enable-button');
      const password = input(el, 'password');
      expect(password.getAttribute('autocomplete')).to.equal('current-password');
      expect(password.type).to.equal('password');
      expect(document.activeElement).to.equal(password);
      expect(text(el, 'description')).to.equal(s.enablePasswordDescription);
      expect(submitButton(el).textContent!.trim()).to.equal(s.continue);

      fill(el, 'password', PASSWORD);
      submitButton(el).click();
      await waitUntil(() => part(el, 'qr'), 'no QR code');
      await el.updateComplete;
      expect(fake.argsOf('enableTwoFactor')).to.deep.equal([[{ password: PASSWORD }]]);
      expect(el.step).to.equal('scan');
      expect(el.isOn, 'not on before a first code').to.equal(false);

      const svg = part(el, 'qr')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('aria-label')).to.equal(s.qrLabel);
      const described = svg.getAttribute('aria-describedby')!.split(' ').map((id) => el.shadowRoot!.getElementById(id)!.textContent!.trim());
      expect(described).to.deep.equal([s.secretLabel, 'JBSW Y3DP EHPK 3PXP']);
      expect(text(el, 'secret')).to.equal('JBSW Y3DP EHPK 3PXP');

      const code = input(el, 'code');
      expect(code.getAttribute('autocomplete')).to.equal('one-time-code');
      expect(document.activeElement).to.equal(code);
      expect(fake.countOf('confirmTwoFactor')).to.equal(0);

      const identityLoads = fake.countOf('getUserIdentity');
      await enterCode(el, '123456');
      expect(fake.argsOf('confirmTwoFactor')).to.deep.equal([[{ code: '123456' }]]);
      expect(el.isOn).to.equal(true);
      expect(fake.countOf('getUserIdentity'), 'the identity is loaded again').to.equal(identityLoads + 1);
      expect(el.step).to.equal('codes');
      const shown = Array.from(el.shadowRoot!.querySelectorAll('[part~="code"]')).map((li) => li.textContent!.trim());
      expect(shown).to.deep.equal(CODES);
      expect(text(el, 'status')).to.equal(s.enabledStatus);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'codes'));
      expect(el.querySelector('form'), 'no form while the codes show').to.equal(null);

      await click(el, 'done-button');
      expect(el.step).to.equal('status');
      expect(el.shadowRoot!.querySelector('[part~="code"]'), 'shown once').to.equal(null);
      expect(text(el, 'description')).to.equal(s.onDescription);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'regenerate-button'));
      expect(successes.events.map((e) => e.detail.action)).to.deep.equal(['enableTwoFactor', 'confirmTwoFactor']);
      for (const event of successes.events) expect(JSON.stringify(event.detail)).to.not.include(PASSWORD);
    } finally {
      successes.stop();
    }
  });

  it('a wrong code is shown and selected; two-factor stays off until a right one', async () => {
    const fake = twoFactorProvider({ confirmTwoFactor: rejects({ code: 'invalid-code', message: 'Invalid code' }) });
    const el = await mount(fake);
    await toScan(el);
    await enterCode(el, '000000');
    expect(text(el, 'error-message')).to.equal(en.errors['invalid-code'].message);
    expect(el.step).to.equal('scan');
    expect(el.isOn).to.equal(false);
    const code = input(el, 'code');
    await waitUntil(() => document.activeElement === code && code.selectionEnd === 6, 'the code is not selected');
    expect([code.selectionStart, code.selectionEnd]).to.deep.equal([0, 6]);
    fake.set('confirmTwoFactor', resolves());
    await enterCode(el, '654321');
    expect(el.isOn).to.equal(true);
    expect(part(el, 'error-message')).to.equal(null);
  });

  it('an incomplete code is refused without a provider call', async () => {
    const fake = twoFactorProvider();
    const el = await mount(fake);
    await toScan(el);
    fill(el, 'code', '123');
    submitButton(el).click();
    await waitUntil(() => input(el, 'code').getAttribute('aria-invalid') === 'true');
    expect(el.querySelector('[data-part="field-error"]:not([hidden])')!.textContent!.trim()).to.equal(en.twoFactorCodeIncomplete.replace('{length}', '6'));
    expect(fake.countOf('confirmTwoFactor')).to.equal(0);
  });

  it('an empty password is refused without a provider call, the field focused and described', async () => {
    const fake = twoFactorProvider();
    const el = await mount(fake);
    await click(el, 'enable-button');
    submitButton(el).click();
    await waitUntil(() => input(el, 'password').getAttribute('aria-invalid') === 'true');
    await el.updateComplete;
    const password = input(el, 'password');
    expect(document.activeElement).to.equal(password);
    expect(document.getElementById(password.getAttribute('aria-describedby')!)!.textContent!.trim()).to.equal(en.required);
    expect(fake.countOf('enableTwoFactor')).to.equal(0);
  });

  it('cancel leaves the scan step: still off, nothing confirmed', async () => {
    const fake = twoFactorProvider();
    const el = await mount(fake);
    await toScan(el);
    await click(el, 'cancel-button');
    expect(el.step).to.equal('status');
    expect(el.isOn).to.equal(false);
    expect(part(el, 'qr')).to.equal(null);
    expect(fake.countOf('confirmTwoFactor')).to.equal(0);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'enable-button'));
  });

  it('regenerates backup codes with the password and shows the new ones once', async () => {
    const fake = twoFactorProvider();
    const el = await mount(fake, { enabled: '' });
    await withPassword(el, 'regenerate-button');
    expect(fake.argsOf('generateBackupCodes')).to.deep.equal([[{ password: PASSWORD }]]);
    const shown = Array.from(el.shadowRoot!.querySelectorAll('[part~="code"]')).map((li) => li.textContent!.trim());
    expect(shown).to.deep.equal(NEW_CODES);
    await click(el, 'done-button');
    expect(el.shadowRoot!.querySelector('[part~="code"]')).to.equal(null);
    expect(el.isOn).to.equal(true);
  });

  it('turns off with the password', async () => {
    const fake = twoFactorProvider();
    const el = await mount(fake, { enabled: '' });
    await click(el, 'disable-button');
    expect(text(el, 'description')).to.equal(s.disablePasswordDescription);
    fill(el, 'password', PASSWORD);
    submitButton(el).click();
    await settled(el, 'password');
    expect(fake.argsOf('disableTwoFactor')).to.deep.equal([[{ password: PASSWORD }]]);
    expect(el.isOn).to.equal(false);
    expect(text(el, 'status')).to.equal(s.disabledStatus);
    expect(part(el, 'enable-button')).to.not.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'enable-button'));
  });

  for (const code of ['invalid-password', 'session-not-fresh'] as const) {
    it(`shows ${code} in the locale’s words and selects the password`, async () => {
      const fake = twoFactorProvider({ disableTwoFactor: rejects({ code, message: 'server words' }) });
      const el = await mount(fake, { enabled: '' });
      await withPassword(el, 'disable-button');
      expect(text(el, 'error-title')).to.equal(accountEn.errors[code].title);
      expect(text(el, 'error-message')).to.equal(accountEn.errors[code].message);
      expect(el.isOn).to.equal(true);
      const password = input(el, 'password');
      await waitUntil(() => document.activeElement === password && password.selectionEnd === PASSWORD.length, 'the password is not selected');
      expect(password.selectionStart).to.equal(0);
    });
  }

  describe('backup codes', () => {
    it('the download link is a text file of the codes; its URL is revoked after "Done"', async () => {
      const el = await mount(twoFactorProvider(), { enabled: '' });
      await withPassword(el, 'regenerate-button');
      const link = part(el, 'download-link') as HTMLAnchorElement;
      expect(link.localName).to.equal('a');
      expect(link.getAttribute('download')).to.equal('backup-codes.txt');
      expect(link.href).to.match(/^blob:/);
      const file = await (await fetch(link.href)).blob();
      expect(file.type).to.match(/^text\/plain/);
      expect(await file.text()).to.equal(`${s.codesFileHeading}\n\n${NEW_CODES.join('\n')}\n`);
      const href = link.href;
      await click(el, 'done-button');
      let revoked = false;
      try {
        await fetch(href);
      } catch {
        revoked = true;
      }
      expect(revoked, 'the object URL was revoked').to.equal(true);
    });

    it('copies the codes and the key with the Clipboard API, saying so', async () => {
      const copied: string[] = [];
      const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (value: string) => (copied.push(value), Promise.resolve()) } });
      try {
        const el = await mount(twoFactorProvider());
        await toScan(el);
        await click(el, 'copy-button');
        await waitUntil(() => text(el, 'status') === s.copied, 'no "copied" status');
        expect(copied).to.deep.equal([SECRET]);
        await enterCode(el);
        expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
        await click(el, 'copy-button');
        await waitUntil(() => copied.length === 2);
        expect(copied[1]).to.equal(CODES.join('\n'));
        await waitUntil(() => text(el, 'status') === s.copied);
      } finally {
        if (original) Object.defineProperty(navigator, 'clipboard', original);
        else delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });

    it('without a clipboard (or refused), the text is selected and the status says to copy it', async () => {
      for (const clipboard of [undefined, { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }]) {
        Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
        try {
          const el = await mount(twoFactorProvider());
          await toScan(el);
          await click(el, 'copy-button');
          await waitUntil(() => text(el, 'status') === s.copyUnavailable, 'no fallback status');
          expect(getSelection()!.toString().trim()).to.equal(groupSecret(SECRET));
        } finally {
          delete (navigator as { clipboard?: unknown }).clipboard;
        }
      }
    });
  });

  describe('hostile answers', () => {
    for (const totpURI of ['javascript:alert(1)', 'https://evil.example/?secret=JBSWY3DP', 'otpauth://totp/x?secret=<img>', 42]) {
      it(`refuses a totpURI that is not an otpauth key (${String(totpURI)})`, async () => {
        const fake = twoFactorProvider({ enableTwoFactor: resolves({ totpURI, backupCodes: CODES }) });
        const el = await mount(fake);
        const failed = recordEvents<AuthErrorEvent>('auth-error');
        try {
          await withPassword(el, 'enable-button');
          await el.updateComplete;
        } finally {
          failed.stop();
        }
        expect(el.step).to.equal('password');
        expect(part(el, 'qr')).to.equal(null);
        expect(text(el, 'error-message')).to.equal(accountEn.errors['enable-two-factor-failed'].message);
        expect(failed.events.at(-1)!.detail.error.code).to.equal('enable-two-factor-failed');
        expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      });
    }

    it('an answer with throwing getters is refused like a bad one', async () => {
      const answer = {
        get totpURI(): string {
          throw new Error('getter');
        },
      };
      const el = await mount(twoFactorProvider({ enableTwoFactor: resolves(answer) }));
      await withPassword(el, 'enable-button');
      expect(text(el, 'error-message')).to.equal(accountEn.errors['enable-two-factor-failed'].message);
    });

    it('missing backup codes: on after the first code, with no codes step', async () => {
      const el = await mount(twoFactorProvider({ enableTwoFactor: resolves({ totpURI: URI }) }));
      await toScan(el);
      await enterCode(el);
      expect(el.isOn).to.equal(true);
      expect(el.step).to.equal('status');
      expect(text(el, 'status')).to.equal(s.enabledStatus);
    });

    it('regenerating that answers no codes says it failed', async () => {
      const el = await mount(twoFactorProvider({ generateBackupCodes: resolves({ backupCodes: 'nope' }) }), { enabled: '' });
      await withPassword(el, 'regenerate-button');
      expect(el.step).to.equal('password');
      expect(text(el, 'error-message')).to.equal(accountEn.errors['generate-backup-codes-failed'].message);
    });

    it('HTML in backup codes is text, in the list and in the file; non-strings are dropped', async () => {
      const payload = '<img src=x onerror="window.__pwned=1">';
      const el = await mount(twoFactorProvider({ generateBackupCodes: resolves({ backupCodes: [payload, 7, null, { a: 1 }, 'ok-code'] }) }), { enabled: '' });
      await withPassword(el, 'regenerate-button');
      const shown = Array.from(el.shadowRoot!.querySelectorAll('[part~="code"]')).map((li) => li.textContent!.trim());
      expect(shown).to.deep.equal([payload, 'ok-code']);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      const file = await (await fetch((part(el, 'download-link') as HTMLAnchorElement).href)).text();
      expect(file).to.include(payload);
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    });

    it('a URI too long for a QR code shows the key without one', async () => {
      const long = `${URI}&label=${'x'.repeat(1500)}`;
      const el = await mount(twoFactorProvider({ enableTwoFactor: resolves({ totpURI: long, backupCodes: CODES }) }));
      await toScan(el);
      expect(part(el, 'qr')).to.equal(null);
      expect(text(el, 'qr-unavailable')).to.equal(s.qrUnavailable);
      expect(text(el, 'secret')).to.equal(groupSecret(SECRET));
    });
  });

  describe('a provider that misbehaves', () => {
    it('is busy while pending; a double click and Enter make one call', async () => {
      const fake = twoFactorProvider();
      const held = fake.hold('enableTwoFactor');
      const el = await mount(fake);
      await click(el, 'enable-button');
      fill(el, 'password', PASSWORD);
      submitButton(el).click();
      submitButton(el).click();
      input(el, 'password').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(fake.countOf('enableTwoFactor')).to.equal(1);
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(el.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
      expect(submitButton(el).disabled).to.equal(true);
      expect(submitButton(el).textContent!.trim()).to.equal(en.busy);
      held.resolve({ totpURI: URI, backupCodes: CODES });
      await waitUntil(() => el.step === 'scan');
      expect(fake.countOf('enableTwoFactor')).to.equal(1);
    });

    for (const [label, behaviour] of [
      ['rejects with nothing', rejects()],
      ['rejects with a string', rejects('boom')],
      ['throws synchronously', throws(new Error('sync boom'))],
    ] as const) {
      it(`${label}: the error shows, nothing is left pending, no unhandled rejection`, async () => {
        const reported = captureReportedErrors();
        try {
          const fake = twoFactorProvider({ confirmTwoFactor: behaviour });
          const el = await mount(fake);
          await toScan(el);
          await enterCode(el);
          expect(text(el, 'error-message')).to.not.equal('');
          expect(el.busy).to.equal(false);
          expect(el.isOn).to.equal(false);
          expect(submitButton(el).disabled).to.equal(false);
        } finally {
          reported.stop();
        }
        expect(reported.errors).to.deep.equal([]);
      });
    }

    it('never settles: the store’s timeout ends the wait with an error', async () => {
      const fake = twoFactorProvider({ enableTwoFactor: neverSettles });
      const el = await mount(fake, { timeout: 30 });
      await withPassword(el, 'enable-button');
      expect(text(el, 'error-message')).to.not.equal('');
      expect(el.busy).to.equal(false);
      expect(el.step).to.equal('password');
    });

    it('a sign-out during the scan step puts it back to the start', async () => {
      const fake = twoFactorProvider();
      const { store } = storeHarness(fake.provider);
      const el = await mount(fake, { store });
      await toScan(el);
      await store.logout();
      await el.updateComplete;
      expect(el.step).to.equal('status');
      expect(part(el, 'secret')).to.equal(null);
    });

    it('an answer after a sign-out is dropped (stale): no scan step', async () => {
      const fake = twoFactorProvider();
      const held = deferred<unknown>();
      fake.set('enableTwoFactor', () => held.promise);
      const { store } = storeHarness(fake.provider);
      const el = await mount(fake, { store });
      await click(el, 'enable-button');
      fill(el, 'password', PASSWORD);
      submitButton(el).click();
      await el.updateComplete;
      await store.logout();
      held.resolve({ totpURI: URI, backupCodes: CODES });
      await waitUntil(() => !el.busy);
      await el.updateComplete;
      expect(el.step).to.equal('status');
      expect(part(el, 'secret')).to.equal(null);
    });
  });

  describe('look and access', () => {
    it('passes axe in every step, light and dark', async function () {
      this.timeout(60_000); // a dozen axe runs: their own budget, not the machine's speed
      for (const theme of ['light', 'dark']) {
        // With an identity that has an e-mail: the password step carries a hidden username field.
        const fake = twoFactorProvider({ getUserIdentity: resolves({ id: 1, email: 'ada@example.com' }) });
        const { store } = storeHarness(fake.provider);
        await store.getIdentity();
        const el = await mount(fake, { theme, store });
        await expect(el).to.be.accessible();
        await click(el, 'enable-button');
        expect(input(el, 'username').value).to.equal('ada@example.com');
        await expect(el).to.be.accessible();
        fill(el, 'password', PASSWORD);
        submitButton(el).click();
        await waitUntil(() => part(el, 'qr'));
        await el.updateComplete;
        await expect(el).to.be.accessible();
        await enterCode(el);
        await expect(el).to.be.accessible();
        await click(el, 'done-button');
        await expect(el).to.be.accessible();
        const wrong = await mount(twoFactorProvider({ disableTwoFactor: rejects({ code: 'invalid-password' }) }), { enabled: '', theme });
        await withPassword(wrong, 'disable-button');
        await expect(wrong).to.be.accessible();
      }
    });

    it('the QR code is dark on light in the dark theme too', async () => {
      const el = await mount(twoFactorProvider(), { theme: 'dark' });
      await toScan(el);
      const svg = part(el, 'qr')!;
      expect(svg.querySelector('rect')!.getAttribute('fill')).to.equal('#ffffff');
      expect(svg.querySelector('path')!.getAttribute('fill')).to.equal('#000000');
      expect(getComputedStyle(svg.querySelector('rect')!).fill).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(svg.querySelector('path')!).fill).to.equal('rgb(0, 0, 0)');
      // No inline style anywhere (strict CSP).
      expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
      expect(el.querySelector('[style]')).to.equal(null);
    });

    it('lays out right-to-left; the key and codes stay left-to-right', async () => {
      const el = await mount(twoFactorProvider({ enableTwoFactor: rejects({ code: 'invalid-password' }) }), { rtl: true });
      await withPassword(el, 'enable-button');
      const region = part(el, 'error')!;
      expect(getComputedStyle(region).borderRightWidth).to.equal('4px');
      expect(getComputedStyle(region).borderLeftWidth).to.equal('0px');
      const ok = await mount(twoFactorProvider(), { rtl: true });
      await toScan(ok);
      expect(getComputedStyle(part(ok, 'secret')!).direction).to.equal('ltr');
    });

    it('is usable with the keyboard alone', async () => {
      const copied: string[] = [];
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (value: string) => (copied.push(value), Promise.resolve()) } });
      try {
        const fake = twoFactorProvider();
        const el = await mount(fake);
        part(el, 'enable-button')!.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => document.activeElement === el.querySelector('input[name="password"]'), 'password not focused');
        await sendKeys({ type: 'secret-pw' });
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => document.activeElement === el.querySelector('input[name="code"]'), 'code not focused');
        await sendKeys({ type: '123456' });
        await waitUntil(() => el.step === 'codes');
        await el.updateComplete;
        expect(fake.argsOf('enableTwoFactor')).to.deep.equal([[{ password: 'secret-pw' }]]);
        // From the focused list: Tab reaches copy, download, then done.
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(part(el, 'copy-button'));
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => copied.length === 1);
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(part(el, 'download-link'));
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(part(el, 'done-button'));
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => el.step === 'status');
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });

    it('takes the page’s strings, and its own win', async () => {
      const el = await mount(twoFactorProvider());
      setAuthStrings({ account: { twoFactorSetup: { enable: 'Page words' } } });
      await el.updateComplete;
      expect(text(el, 'enable-button')).to.equal('Page words');
      el.strings = { account: { ...accountEn, twoFactorSetup: { ...s, enable: 'Own words' } } };
      await el.updateComplete;
      expect(text(el, 'enable-button')).to.equal('Own words');
    });

    it('renders every part custom-elements.json documents', async function () {
      this.timeout(30_000); // every step of three elements
      type Manifest = { modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[] };
      const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
      const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'auth-two-factor-setup');
      const documented = (declaration?.cssParts ?? []).map((p) => p.name);
      expect(documented.length).to.be.greaterThan(10);
      const seen = new Set<string>();
      const collect = (el: AuthTwoFactorSetup) =>
        el.shadowRoot!.querySelectorAll('[part]').forEach((node) => node.getAttribute('part')!.split(/\s+/).forEach((name) => seen.add(name)));
      const el = await mount(twoFactorProvider({ confirmTwoFactor: rejects({ code: 'invalid-code' }) }));
      collect(el);
      await toScan(el);
      collect(el);
      await enterCode(el);
      collect(el);
      const on = await mount(twoFactorProvider(), { enabled: '' });
      collect(on);
      await withPassword(on, 'regenerate-button');
      collect(on);
      const failed = await mount(twoFactorProvider({ enableTwoFactor: resolves({ totpURI: `${URI}&x=${'y'.repeat(1500)}` }) }));
      await toScan(failed);
      collect(failed);
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      try {
        await click(failed, 'copy-button');
        await waitUntil(() => text(failed, 'status') !== '');
        collect(failed);
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
      expect(documented.filter((name) => !seen.has(name))).to.deep.equal([]);
    });
  });
});
