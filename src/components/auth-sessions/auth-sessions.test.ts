import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AuthStore } from '../../core/index.js';
import type { AuthErrorEvent, AuthSuccessEvent } from '../../events/index.js';
import { accountEn } from '../../internal/account-strings.js';
import { formatDateTime } from '../../internal/when.js';
import { en as kitEn, registerAuthLocale, resetAuthStrings } from '../../internal/strings.js';
import { part, recordEvents } from '../../test-utils/elements.js';
import { deferred, DIALECTS, neverSettles, reactAdmin, refineV3, refineV4, rejects, resolves, throws, type Behaviour, type DialectKit } from '../../test-utils/providers.js';
import { nextTask, storeHarness } from '../../test-utils/store.js';
import { fr } from '../../locales/fr.js';
import { ar } from '../../locales/ar.js';
import type { AuthSessions } from './auth-sessions.js';
import './auth-sessions.js';

const s = accountEn.sessions;
const en = accountEn.errors;

const UA = {
  chromeMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  firefoxWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  safariIPhone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
  edgeWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
};

// Dates more than a week old: shown as a date and time, the same whenever the test runs.
const JAN = Date.UTC(2026, 0, 15, 9, 30);
const day = 86_400_000;

/** Four sessions: this one (Chrome on macOS) and three others, newest activity first after it. */
function fourSessions(): Array<Record<string, unknown>> {
  return [
    { id: 'b', userAgent: UA.firefoxWindows, ipAddress: '203.0.113.7', createdAt: new Date(JAN - 3 * day), updatedAt: new Date(JAN - day) },
    { id: 'a', current: true, userAgent: UA.chromeMac, ipAddress: '198.51.100.1', createdAt: new Date(JAN - 5 * day), updatedAt: new Date(JAN) },
    { id: 'c', userAgent: UA.safariIPhone, createdAt: new Date(JAN - 10 * day).toISOString() },
    { id: 'd', userAgent: UA.edgeWindows, updatedAt: JAN - 2 * day },
  ];
}

interface Setup {
  el: AuthSessions;
  store: AuthStore;
  fake: ReturnType<DialectKit['create']>;
}

/** A provider in `kit`'s dialect with the sessions methods (answers as that dialect does). */
function sessionsProvider(kit: DialectKit, list: unknown, overrides: Record<string, Behaviour | undefined> = {}) {
  const ok = (data?: unknown) => (kit === refineV4 ? resolves(data === undefined ? { success: true } : { success: true, data }) : resolves(data));
  return kit.create({
    listSessions: ok(list),
    revokeSession: ok(),
    revokeOtherSessions: ok(),
    ...overrides,
  });
}

async function setup(list: unknown = fourSessions(), overrides: Record<string, Behaviour | undefined> = {}, kit: DialectKit = refineV3, options = {}): Promise<Setup> {
  const fake = sessionsProvider(kit, list, overrides);
  const { store } = storeHarness(fake.provider, options);
  const el = await fixture<AuthSessions>(html`<auth-sessions .store=${store}></auth-sessions>`);
  return { el, store, fake };
}

const rows = (el: AuthSessions) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="session"]')];
const devices = (el: AuthSessions) => rows(el).map((row) => row.querySelector('[part~="device"]')!.textContent);
const revokeButtons = (el: AuthSessions) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="revoke-button"]')];
const othersButton = (el: AuthSessions) => part(el, 'revoke-others-button') as HTMLButtonElement | null;
const retryButton = (el: AuthSessions) => part(el, 'retry-button') as HTMLButtonElement | null;
const loaded = (el: AuthSessions, count: number) => waitUntil(() => rows(el).length === count && !el.loading, `${count} rows`);
const settled = async (el: AuthSessions) => {
  await waitUntil(() => !el.loading);
  await el.updateComplete;
};
const errorText = (el: AuthSessions) => [part(el, 'error-title')?.textContent, part(el, 'error-message')?.textContent];
/** The accessible name a revoke button gets from its `aria-labelledby`. */
const labelOf = (el: AuthSessions, button: HTMLElement) =>
  button
    .getAttribute('aria-labelledby')!
    .split(' ')
    .map((id) => el.shadowRoot!.getElementById(id)!.textContent!.trim())
    .join(' ');

/** Fails the test on any unhandled rejection while `run` runs (and one task after). */
async function noUnhandledRejection(run: () => Promise<void>): Promise<void> {
  const seen: unknown[] = [];
  const listener = (event: PromiseRejectionEvent) => {
    seen.push(event.reason);
    event.preventDefault();
  };
  addEventListener('unhandledrejection', listener);
  try {
    await run();
    await nextTask();
    await nextTask();
  } finally {
    removeEventListener('unhandledrejection', listener);
  }
  expect(seen).to.deep.equal([]);
}

describe('<auth-sessions>', () => {
  afterEach(() => resetAuthStrings());

  it('is not there at all when the provider has no listSessions, and calls nothing', async () => {
    const { el, fake } = await setup(undefined, { listSessions: undefined, revokeSession: undefined, revokeOtherSessions: undefined });
    await nextTask();
    await el.updateComplete;
    expect(el.shadowRoot!.children.length).to.equal(0);
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(fake.calls.map((c) => c.method)).to.deep.equal([]);
  });

  it('lists the sessions on connect: this device first and marked, the device from the user agent, when, the IP address', async () => {
    const { el, fake } = await setup();
    await loaded(el, 4);
    expect(fake.argsOf('listSessions')).to.have.length(1);
    expect(devices(el)).to.deep.equal(['Chrome on macOS', 'Firefox on Windows', 'Edge on Windows', 'Safari on iPhone']);
    const [mine, firefox, edge, safari] = rows(el);
    expect(mine.getAttribute('part')).to.equal('session current-session');
    expect(mine.querySelector('[part~="current-badge"]')!.textContent).to.equal(s.currentDevice);
    expect(mine.querySelector('[part~="revoke-button"]') === null, 'this device cannot be signed out here').to.equal(true);
    expect(firefox.getAttribute('part')).to.equal('session');
    expect(firefox.querySelector('[part~="current-badge"]') === null, 'no badge on another session').to.equal(true);
    // updatedAt is the last activity; a row without one says when it began. ISO strings and numbers are dates too.
    const at = (ms: number) => formatDateTime(new Date(ms), 'en');
    expect(mine.querySelector('[part~="last-active"]')!.textContent).to.equal(`Last active ${at(JAN)}`);
    expect(firefox.querySelector('[part~="last-active"]')!.textContent).to.equal(`Last active ${at(JAN - day)}`);
    expect(edge.querySelector('[part~="last-active"]')!.textContent).to.equal(`Last active ${at(JAN - 2 * day)}`);
    expect(safari.querySelector('[part~="last-active"]')!.textContent).to.equal(`Signed in ${at(JAN - 10 * day)}`);
    expect(firefox.querySelector('[part~="ip-address"]')!.textContent).to.equal('IP address \u2068203.0.113.7\u2069');
    expect(safari.querySelector('[part~="ip-address"]') === null, 'no address given, none shown').to.equal(true);
    // Each button is named by its row: "Sign out Firefox on Windows".
    expect(revokeButtons(el).map((b) => labelOf(el, b))).to.deep.equal(['Sign out Firefox on Windows', 'Sign out Edge on Windows', 'Sign out Safari on iPhone']);
    expect(othersButton(el)!.textContent!.trim()).to.equal(s.revokeOthers);
    expect(part(el, 'list')!.getAttribute('aria-label')).to.equal(s.title);
    await expect(el).to.be.accessible();
  });

  it('says recent activity relatively ("5 minutes ago"), with the full date in its title', async () => {
    const recent = Date.now() - 3 * day - 60_000;
    const { el } = await setup([{ id: 'x', current: true, userAgent: UA.chromeMac, updatedAt: new Date(recent) }]);
    await loaded(el, 1);
    const when = rows(el)[0].querySelector('[part~="last-active"]')!;
    expect(when.textContent).to.equal('Last active 3 days ago');
    expect(when.getAttribute('title')).to.equal(formatDateTime(new Date(recent), 'en'));
  });

  it('an unknown user agent is the locale’s "Unknown device"; one name alone is shown alone', async () => {
    const { el } = await setup([
      { id: 'x', current: true },
      { id: 'y', userAgent: 'curl/8.5.0' },
      { id: 'z', userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148' },
      { id: 'w', userAgent: 'Firefox/133.0' },
    ]);
    await loaded(el, 4);
    expect(devices(el)).to.have.members([s.unknownDevice, s.unknownDevice, 'iPhone', 'Firefox']);
  });

  it('shows a loading state, then the list; the error region exists before any error', async () => {
    const fake = sessionsProvider(refineV3, []);
    const held = fake.hold<unknown>('listSessions');
    const el = await fixture<AuthSessions>(html`<auth-sessions .store=${storeHarness(fake.provider).store}></auth-sessions>`);
    expect(part(el, 'loading')!.textContent).to.equal(s.loading);
    expect(part(el, 'loading')!.getAttribute('role')).to.equal('status');
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(part(el, 'error')!.textContent).to.equal('');
    expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
    held.resolve(fourSessions());
    await loaded(el, 4);
    expect(part(el, 'loading')!.textContent).to.equal('');
    expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('an empty list says so, with no "sign out of all other sessions"', async () => {
    const { el } = await setup([]);
    await settled(el);
    expect(part(el, 'empty')!.textContent).to.equal(s.empty);
    expect(othersButton(el) === null, 'no sign-out-all button').to.equal(true);
    expect(part(el, 'list') === null, 'no list').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('only this device: no "sign out of all other sessions"', async () => {
    const { el } = await setup([{ id: 'a', current: true, userAgent: UA.chromeMac }]);
    await loaded(el, 1);
    expect(othersButton(el) === null, 'no sign-out-all button').to.equal(true);
    expect(revokeButtons(el)).to.have.length(0);
  });

  describe('reads any provider’s answer defensively', () => {
    for (const answer of [null, undefined, 'sessions', 42, {}, { length: 2, 0: { id: 'a' } }, { data: [{ id: 'a' }] }]) {
      it(`${JSON.stringify(answer) ?? 'undefined'}: not an array, an empty list`, async () => {
        const { el } = await setup([], { listSessions: resolves(answer) });
        await settled(el);
        expect(part(el, 'empty')!.textContent).to.equal(s.empty);
        expect(part(el, 'error')!.textContent).to.equal('');
      });
    }

    it('skips rows without a string id (and repeats), shows hostile strings as text, survives throwing getters', async () => {
      const hostile = '<img src=x onerror="globalThis.__pwned = true">';
      const throwing = {
        id: 'getters',
        get userAgent(): string {
          throw new Error('no');
        },
        get ipAddress(): string {
          throw new Error('no');
        },
        get current(): boolean {
          throw new Error('no');
        },
      };
      const revoked = Proxy.revocable({ id: 'proxy' }, {});
      revoked.revoke();
      const list = [
        { id: 'ok', current: true, userAgent: UA.chromeMac },
        { id: 42, userAgent: UA.edgeWindows },
        { userAgent: UA.edgeWindows },
        { id: '', userAgent: UA.edgeWindows },
        null,
        'text',
        revoked.proxy,
        { id: 'ok', userAgent: UA.firefoxWindows },
        { id: hostile, userAgent: hostile, ipAddress: hostile, createdAt: 'not a date', updatedAt: {} },
        throwing,
        { id: 'two', current: true, userAgent: { toString: () => UA.chromeMac }, ipAddress: 7, createdAt: NaN },
      ];
      const { el } = await setup(list);
      await loaded(el, 4);
      expect(devices(el)).to.deep.equal(['Chrome on macOS', s.unknownDevice, s.unknownDevice, s.unknownDevice]);
      // One "this device" only: the second row claiming it is an ordinary session.
      expect(rows(el).filter((row) => row.querySelector('[part~="current-badge"]'))).to.have.length(1);
      expect(revokeButtons(el)).to.have.length(3);
      expect(el.shadowRoot!.querySelector('img') === null, 'no img element').to.equal(true);
      expect((globalThis as { __pwned?: boolean }).__pwned).to.equal(undefined);
      const ips = [...el.shadowRoot!.querySelectorAll('[part~="ip-address"]')].map((n) => n.textContent);
      expect(ips).to.deep.equal([`IP address \u2068${hostile}\u2069`]);
      expect(el.shadowRoot!.querySelectorAll('[part~="last-active"]')).to.have.length(0);
    });

    it('an array whose length or items throw is an empty list or skips the item', async () => {
      const explosive = new Proxy([], {
        get(target, key) {
          if (key === 'length') throw new Error('no');
          return Reflect.get(target, key);
        },
      });
      const { el } = await setup(explosive);
      await settled(el);
      expect(part(el, 'empty')!.textContent).to.equal(s.empty);

      const items = [{ id: 'a', current: true }, { id: 'b' }];
      const partly = new Proxy(items, {
        get(target, key) {
          if (key === '0') throw new Error('no');
          return Reflect.get(target, key);
        },
      });
      const second = await setup(partly);
      await loaded(second.el, 1);
      expect(revokeButtons(second.el)).to.have.length(1);
    });

    it('later changes to the provider’s objects change nothing shown', async () => {
      const list = fourSessions();
      const { el } = await setup(list);
      await loaded(el, 4);
      list[0].userAgent = UA.safariIPhone;
      (list[0].updatedAt as Date).setTime(0);
      el.requestUpdate();
      await el.updateComplete;
      expect(devices(el)[1]).to.equal('Firefox on Windows');
      expect(rows(el)[1].querySelector('[part~="last-active"]')!.textContent).to.equal(`Last active ${formatDateTime(new Date(JAN - day), 'en')}`);
    });
  });

  for (const kit of DIALECTS) {
    describe(`${kit.dialect} provider`, () => {
      it('lists, revokes one by id, and fetches the list again (current after the revoke)', async () => {
        const after = fourSessions().filter((row) => row.id !== 'b');
        const { el, fake } = await setup(fourSessions(), {}, kit);
        await loaded(el, 4);
        fake.set('listSessions', kit === refineV4 ? resolves({ success: true, data: after }) : resolves(after));
        const events = recordEvents<AuthSuccessEvent>('auth-success');
        revokeButtons(el)[0].click();
        await loaded(el, 3);
        events.stop();
        expect(fake.argsOf('revokeSession')).to.deep.equal([[{ id: 'b' }]]);
        expect(fake.countOf('listSessions')).to.equal(2);
        expect(devices(el)).to.deep.equal(['Chrome on macOS', 'Edge on Windows', 'Safari on iPhone']);
        expect(part(el, 'status')!.textContent).to.equal(s.revoked);
        expect(events.events.map((e) => e.detail.action)).to.deep.equal(['revokeSession', 'listSessions']);
      });

      it('a failed load shows the error and "Try again", which loads again', async () => {
        const failure = kit === refineV4 ? resolves({ success: false, error: { message: 'Server down' } }) : rejects({ message: 'Server down' });
        const { el, fake } = await setup(undefined, { listSessions: failure }, kit);
        await waitUntil(() => retryButton(el));
        expect(errorText(el)).to.deep.equal([en['list-sessions-failed'].title, 'Server down']);
        expect(part(el, 'list') === null, 'no list').to.equal(true);
        await expect(el).to.be.accessible();
        fake.set('listSessions', kit === refineV4 ? resolves({ success: true, data: fourSessions() }) : resolves(fourSessions()));
        retryButton(el)!.click();
        await loaded(el, 4);
        expect(retryButton(el) === null, 'no retry button').to.equal(true);
        expect(part(el, 'error')!.textContent).to.equal('');
        expect(fake.countOf('listSessions')).to.equal(2);
      });
    });
  }

  it('"Sign out of all other sessions" calls revokeOtherSessions, then the list is fetched again', async () => {
    const { el, fake } = await setup();
    await loaded(el, 4);
    const mine = fourSessions().filter((row) => row.current);
    fake.set('listSessions', resolves(mine));
    othersButton(el)!.click();
    await loaded(el, 1);
    expect(fake.argsOf('revokeOtherSessions')).to.deep.equal([[{}]]);
    expect(fake.countOf('listSessions')).to.equal(2);
    expect(devices(el)).to.deep.equal(['Chrome on macOS']);
    expect(othersButton(el) === null, 'no sign-out-all button').to.equal(true);
    expect(part(el, 'status')!.textContent).to.equal(s.revokedOthers);
  });

  it('the list fetched after a revoke is what shows, even if the session came back', async () => {
    const { el, fake } = await setup();
    await loaded(el, 4);
    // The provider said yes, but its list still has the session: the list is the truth.
    const listed = deferred<unknown>();
    fake.set('listSessions', () => listed.promise);
    revokeButtons(el)[0].click();
    await waitUntil(() => rows(el).length === 3, 'the revoked row leaves at once');
    listed.resolve(fourSessions());
    await loaded(el, 4);
  });

  describe('busy per button, no double calls', () => {
    it('while one sign-out runs its button is busy, and every revoke button ignores clicks', async () => {
      const { el, fake } = await setup();
      await loaded(el, 4);
      const held = fake.hold<unknown>('revokeSession');
      const [first, second] = revokeButtons(el);
      first.click();
      await el.updateComplete;
      first.click();
      second.click();
      othersButton(el)!.click();
      await el.updateComplete;
      expect(fake.countOf('revokeSession')).to.equal(1);
      expect(fake.countOf('revokeOtherSessions')).to.equal(0);
      expect(first.getAttribute('aria-busy')).to.equal('true');
      expect(first.textContent!.trim()).to.equal(s.revoking);
      expect(second.getAttribute('aria-busy')).to.equal('false');
      expect(second.textContent!.trim()).to.equal(s.revoke);
      expect(revokeButtons(el).map((b) => b.getAttribute('aria-disabled'))).to.deep.equal(['true', 'true', 'true']);
      expect(othersButton(el)!.getAttribute('aria-disabled')).to.equal('true');
      // Still focusable while busy (not `disabled`): focus is not dropped to the page.
      expect(first.disabled).to.equal(false);
      held.resolve(undefined);
      await waitUntil(() => fake.countOf('listSessions') === 2);
      await settled(el);
      expect(fake.argsOf('revokeSession')).to.deep.equal([[{ id: 'b' }]]);
      expect(revokeButtons(el).map((b) => b.getAttribute('aria-disabled'))).to.deep.equal(['false', 'false', 'false']);
    });

    it('"sign out of all other sessions" twice calls once, and blocks the single revokes meanwhile', async () => {
      const { el, fake } = await setup();
      await loaded(el, 4);
      const held = fake.hold<unknown>('revokeOtherSessions');
      othersButton(el)!.click();
      othersButton(el)!.click();
      await el.updateComplete;
      revokeButtons(el)[0].click();
      expect(othersButton(el)!.getAttribute('aria-busy')).to.equal('true');
      expect(othersButton(el)!.textContent!.trim()).to.equal(s.revoking);
      expect(fake.countOf('revokeOtherSessions')).to.equal(1);
      expect(fake.countOf('revokeSession')).to.equal(0);
      held.resolve(undefined);
      await settled(el);
    });

    it('"Try again" while the retry runs calls once', async () => {
      const { el, fake } = await setup(undefined, { listSessions: rejects({ message: 'down' }) });
      await waitUntil(() => retryButton(el));
      const held = fake.hold<unknown>('listSessions');
      retryButton(el)!.click();
      await waitUntil(() => fake.countOf('listSessions') === 2);
      await el.updateComplete;
      retryButton(el)!.click();
      expect(retryButton(el)!.getAttribute('aria-disabled')).to.equal('true');
      expect(fake.countOf('listSessions')).to.equal(2);
      held.resolve([]);
      await settled(el);
      expect(fake.countOf('listSessions')).to.equal(2);
    });
  });

  describe('focus after a row disappears', () => {
    it('moves to the next row’s button, then the previous one, then the list; keyboard only', async () => {
      const { el, fake } = await setup();
      await loaded(el, 4);
      const active = () => el.shadowRoot!.activeElement as HTMLElement | null;
      let left = fourSessions();
      fake.set('listSessions', () => Promise.resolve(left));

      // The first of three: focus goes to the next one (Edge).
      revokeButtons(el)[0].focus();
      left = left.filter((row) => row.id !== 'b');
      await sendKeys({ press: 'Enter' });
      await loaded(el, 3);
      expect(active()?.getAttribute('part')).to.equal('revoke-button');
      expect(labelOf(el, active()!)).to.equal('Sign out Edge on Windows');

      // The last: focus goes to the one before it (Edge again).
      revokeButtons(el)[1].focus();
      left = left.filter((row) => row.id !== 'c');
      // A typed space (the key's name is not known to every browser driver) presses the button too.
      await sendKeys({ type: ' ' });
      await loaded(el, 2);
      expect(labelOf(el, active()!)).to.equal('Sign out Edge on Windows');

      // The only one left: no button remains, focus goes to the list.
      left = left.filter((row) => row.id !== 'd');
      await sendKeys({ press: 'Enter' });
      await loaded(el, 1);
      expect(active()?.getAttribute('part')).to.equal('list');
      expect(document.activeElement === el, 'focus in the element').to.equal(true);
    });

    it('after "sign out of all other sessions" focus goes to the list', async () => {
      const { el, fake } = await setup();
      await loaded(el, 4);
      fake.set('listSessions', resolves(fourSessions().filter((row) => row.current)));
      othersButton(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await loaded(el, 1);
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('list');
    });

    it('after a successful "Try again" focus goes to the list (the button is gone)', async () => {
      const { el, fake } = await setup(undefined, { listSessions: rejects({ message: 'down' }) });
      await waitUntil(() => retryButton(el));
      fake.set('listSessions', resolves(fourSessions()));
      retryButton(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await loaded(el, 4);
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.activeElement !== null);
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('list');
    });

    it('a click that did not focus its button (as in Safari) pulls no focus into the element', async () => {
      const { el, fake } = await setup();
      await loaded(el, 4);
      fake.set('listSessions', resolves(fourSessions().filter((row) => row.id !== 'b')));
      (document.activeElement as HTMLElement | null)?.blur();
      // A scripted click does not focus the button: the state a Safari user's click leaves.
      revokeButtons(el)[0].click();
      expect(el.shadowRoot!.activeElement === null, 'no focus inside').to.equal(true);
      await waitUntil(() => fake.countOf('listSessions') === 2);
      await loaded(el, 3);
      expect(el.shadowRoot!.activeElement === null, 'no focus inside').to.equal(true);
    });

    it('focus the user moved elsewhere meanwhile stays there', async () => {
      const outside = await fixture<HTMLDivElement>(html`<div><button id="elsewhere">x</button></div>`);
      const { el, fake } = await setup();
      await loaded(el, 4);
      const held = fake.hold<unknown>('revokeSession');
      fake.set('listSessions', resolves(fourSessions().filter((row) => row.id !== 'b')));
      revokeButtons(el)[0].focus();
      revokeButtons(el)[0].click();
      outside.querySelector('button')!.focus();
      held.resolve(undefined);
      await loaded(el, 3);
      expect(document.activeElement === outside.querySelector('button'), 'focus stayed outside').to.equal(true);
    });
  });

  describe('failures', () => {
    it('a failed revoke shows its error, keeps the row, and fetches the list again', async () => {
      const { el, fake } = await setup(undefined, { revokeSession: rejects({ code: 'session-not-fresh' }) });
      await loaded(el, 4);
      const failed = oneEvent(el, 'auth-error') as Promise<AuthErrorEvent>;
      revokeButtons(el)[0].click();
      const event = await failed;
      expect(event.detail.action).to.equal('revokeSession');
      await settled(el);
      expect(errorText(el)).to.deep.equal([en['session-not-fresh'].title, en['session-not-fresh'].message]);
      expect(rows(el)).to.have.length(4);
      expect(fake.countOf('listSessions')).to.equal(2);
      expect(part(el, 'status')!.textContent).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('the newest failure is the one shown; a new attempt clears it', async () => {
      const { el, fake } = await setup(undefined, { revokeOtherSessions: rejects() });
      await loaded(el, 4);
      othersButton(el)!.click();
      await waitUntil(() => part(el, 'error-title'));
      await settled(el);
      expect(errorText(el)).to.deep.equal([en['revoke-other-sessions-failed'].title, en['revoke-other-sessions-failed'].message]);
      const held = fake.hold<unknown>('revokeSession');
      revokeButtons(el)[0].click();
      await el.updateComplete;
      expect(part(el, 'error')!.textContent).to.equal('');
      held.reject({ message: 'Nope' });
      await waitUntil(() => part(el, 'error-message')?.textContent === 'Nope');
      expect(part(el, 'error-title')!.textContent).to.equal(en['revoke-session-failed'].title);
    });

    for (const [name, behaviour] of [
      ['throws synchronously', throws(new Error('boom'))],
      ['rejects with nothing', rejects()],
      ['rejects with a string', rejects('plain words')],
    ] as const) {
      it(`a provider that ${name}: the error shows, nothing is left unhandled, the UI works on`, async () => {
        await noUnhandledRejection(async () => {
          const { el, fake } = await setup(undefined, { listSessions: behaviour, revokeSession: behaviour });
          await waitUntil(() => retryButton(el));
          expect(part(el, 'error-title')!.textContent).to.equal(en['list-sessions-failed'].title);
          expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
          fake.set('listSessions', resolves(fourSessions()));
          retryButton(el)!.click();
          await loaded(el, 4);
          revokeButtons(el)[0].click();
          await waitUntil(() => part(el, 'error-title')?.textContent === en['revoke-session-failed'].title);
          await settled(el);
          expect(revokeButtons(el).map((b) => b.getAttribute('aria-disabled'))).to.deep.equal(['false', 'false', 'false']);
        });
      });
    }

    it('a provider that never settles: loading until the store’s timeout, then the error and "Try again"', async () => {
      await noUnhandledRejection(async () => {
        const { el } = await setup(undefined, { listSessions: neverSettles }, refineV3, { timeout: 30 });
        expect(part(el, 'loading')!.textContent).to.equal(s.loading);
        await waitUntil(() => retryButton(el), 'timed out', { timeout: 3000 });
        expect(part(el, 'loading')!.textContent).to.equal('');
        expect(part(el, 'error-title')!.textContent).to.equal(kitEn.errors.timeout.title);
      });
    });

    it('a revoke that never settles keeps only the sign-out buttons busy; removing the element is harmless', async () => {
      await noUnhandledRejection(async () => {
        const { el } = await setup(undefined, { revokeSession: neverSettles });
        await loaded(el, 4);
        revokeButtons(el)[1].click();
        await el.updateComplete;
        expect(revokeButtons(el)[1].getAttribute('aria-busy')).to.equal('true');
        expect(part(el, 'list')!.getAttribute('aria-busy')).to.equal('false');
        el.remove();
      });
    });
  });

  describe('follows the session', () => {
    it('a new sign-in drops the old list at once and fetches the new user’s', async () => {
      const { el, store, fake } = await setup();
      await loaded(el, 4);
      const held = fake.hold<unknown>('listSessions');
      await store.login({ email: 'other@example.com', password: 'x' });
      await el.updateComplete;
      expect(rows(el)).to.have.length(0);
      expect(part(el, 'loading')!.textContent).to.equal(s.loading);
      held.resolve([{ id: 'z', current: true, userAgent: UA.firefoxWindows }]);
      await loaded(el, 1);
      expect(devices(el)).to.deep.equal(['Firefox on Windows']);
      expect(fake.countOf('listSessions')).to.equal(2);
    });

    it('a logout empties it and asks nothing; a list that answers after the logout is dropped', async () => {
      const fake = sessionsProvider(refineV3, fourSessions());
      const held = fake.hold<unknown>('listSessions');
      const { store } = storeHarness(fake.provider);
      const el = await fixture<AuthSessions>(html`<auth-sessions .store=${store}></auth-sessions>`);
      await store.logout();
      held.resolve(fourSessions());
      await nextTask();
      await el.updateComplete;
      expect(rows(el)).to.have.length(0);
      expect(fake.countOf('listSessions')).to.equal(1);
      expect(part(el, 'error')!.textContent).to.equal('');
    });

    it('a revoke made while the first list is on its way is followed by a fresh list', async () => {
      const fake = sessionsProvider(refineV3, fourSessions());
      const first = fake.hold<unknown>('listSessions');
      const { store } = storeHarness(fake.provider);
      const el = await fixture<AuthSessions>(html`<auth-sessions .store=${store}></auth-sessions>`);
      // Another element on the same store revokes meanwhile; this one is asked to refresh.
      await store.perform('revokeSession', { id: 'b' });
      const refreshed = el.refresh();
      fake.set('listSessions', resolves(fourSessions().filter((row) => row.id !== 'b')));
      first.resolve(fourSessions());
      await refreshed;
      await el.updateComplete;
      expect(fake.countOf('listSessions')).to.equal(2);
      expect(rows(el)).to.have.length(3);
    });
  });

  describe('looks', () => {
    it('speaks the language of its lang attribute (fr): words, device and dates', async () => {
      registerAuthLocale('fr', fr);
      const fake = sessionsProvider(refineV3, fourSessions());
      const wrapper = await fixture<HTMLElement>(html`<div lang="fr"><auth-sessions .store=${storeHarness(fake.provider).store}></auth-sessions></div>`);
      const el = wrapper.querySelector('auth-sessions')!;
      await loaded(el, 4);
      const french = fr.account.sessions;
      expect(devices(el)[1]).to.equal('Firefox sur Windows');
      expect(rows(el)[0].querySelector('[part~="current-badge"]')!.textContent).to.equal(french.currentDevice);
      expect(rows(el)[0].querySelector('[part~="last-active"]')!.textContent).to.equal(french.lastActive.replace('{time}', formatDateTime(new Date(JAN), 'fr')));
      expect(part(el, 'title')!.textContent).to.equal(french.title);
      expect(othersButton(el)!.textContent!.trim()).to.equal(french.revokeOthers);
    });

    it('right to left and dark: the row is mirrored, the palette is dark, and it stays accessible', async () => {
      registerAuthLocale('ar', ar);
      const fake = sessionsProvider(refineV3, fourSessions());
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl" lang="ar" style="--auth-max-width: 40rem"><auth-sessions theme="dark" .store=${storeHarness(fake.provider).store}></auth-sessions></div>`,
      );
      const el = wrapper.querySelector('auth-sessions')!;
      await loaded(el, 4);
      const row = rows(el)[1];
      const info = row.querySelector('.info')!.getBoundingClientRect();
      const button = row.querySelector('[part~="revoke-button"]')!.getBoundingClientRect();
      expect(button.right, 'the button sits on the left in RTL').to.be.at.most(info.left);
      expect(button.top, 'on the same line').to.be.below(info.bottom);
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(15, 23, 42)');
      expect(devices(el)[1]).to.equal('Firefox على Windows');
      await expect(el).to.be.accessible();
      const light = await fixture<AuthSessions>(html`<auth-sessions theme="light" .store=${storeHarness(sessionsProvider(refineV3, []).provider).store}></auth-sessions>`);
      await settled(light);
      expect(getComputedStyle(part(light, 'base')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    });

    it('--auth-* custom properties restyle it', async () => {
      const fake = sessionsProvider(reactAdmin, fourSessions());
      const wrapper = await fixture<HTMLElement>(
        html`<div style="--auth-color-success: rgb(1, 2, 3); --auth-color-background: rgb(4, 5, 6)"><auth-sessions theme="light" .store=${storeHarness(fake.provider).store}></auth-sessions></div>`,
      );
      const el = wrapper.querySelector('auth-sessions')!;
      await loaded(el, 4);
      expect(getComputedStyle(part(el, 'current-badge')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(4, 5, 6)');
    });
  });
});
