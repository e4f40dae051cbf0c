/**
 * <auth-register> continuing in place into the "check your inbox" step when the sign-up answers a
 * verify-email challenge, in every dialect.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AuthStore } from '../../core/store.js';
import type { AuthChallenge } from '../../core/types.js';
import type { AuthErrorEvent, AuthSuccessEvent } from '../../events/index.js';
import { en, format } from '../../internal/strings.js';
import { useFakeCooldownClock } from '../../test-utils/clock.js';
import { fill, input, part, recordEvents, submitButton } from '../../test-utils/elements.js';
import { deferred, DIALECTS, refineV3Provider, resolves, type Behaviour, type DialectKit } from '../../test-utils/providers.js';
import { storeHarness } from '../../test-utils/store.js';
import './auth-register.js';
import type { AuthRegister } from './auth-register.js';
import type { AuthVerifyEmail } from '../auth-verify-email/auth-verify-email.js';

const challengeIn: Record<DialectKit['dialect'], (challenge: unknown) => Behaviour> = {
  'refine-v3': (challenge) => resolves({ challenge }),
  'refine-v4': (challenge) => resolves({ success: false, challenge }),
  'react-admin': (challenge) => resolves({ challenge }),
};

const CHALLENGE: AuthChallenge = { type: 'verify-email', email: 'ada@example.com' };

async function mount(store: AuthStore, template = html`<auth-register login-link="/login" .store=${store}></auth-register>`) {
  const el = await fixture<AuthRegister>(template);
  await el.updateComplete;
  return el;
}

function fillAll(el: AuthRegister, email = 'ada@example.com', password = 'pw-12345678') {
  fill(el, 'email', email);
  fill(el, 'password', password);
  fill(el, 'confirmPassword', password);
}

/** The embedded step, once it is defined and rendered. */
async function step(el: AuthRegister): Promise<AuthVerifyEmail> {
  await waitUntil(() => el.shadowRoot!.querySelector('auth-verify-email')?.shadowRoot, 'no <auth-verify-email>');
  const found = el.shadowRoot!.querySelector('auth-verify-email')!;
  await found.updateComplete;
  return found;
}

describe('<auth-register> into "check your inbox"', () => {
  let clock: ReturnType<typeof useFakeCooldownClock>;
  beforeEach(() => {
    clock = useFakeCooldownClock();
  });
  afterEach(() => clock.restore());

  for (const kit of DIALECTS) {
    it(`${kit.dialect}: a verify-email answer shows the step in place of the form; no error, no success; back brings the form back`, async function () {
      this.timeout(30_000);
      const fake = kit.create({ register: challengeIn[kit.dialect](CHALLENGE), sendVerificationEmail: kit.succeed() });
      const h = storeHarness(fake.provider);
      const el = await mount(h.store);
      const errors = recordEvents<AuthErrorEvent>('auth-error');
      const successes = recordEvents<AuthSuccessEvent>('auth-success');
      fillAll(el);
      submitButton(el).click();
      const verify = await step(el);
      expect(el.querySelector('form')).to.equal(null);
      expect(part(el, 'base')).to.equal(null);
      expect(verify.view).to.equal('check-inbox');
      expect(part(verify, 'description')!.textContent).to.equal(format(en.verifyInboxMessage, { email: 'ada@example.com' }));
      expect(part(verify, 'login-link')!.getAttribute('href')).to.equal('/login');
      // The step's form lives in its own light DOM (inside this element's shadow root).
      expect(verify.querySelector('input[type=hidden][name=email]')!.getAttribute('name')).to.equal('email');
      await waitUntil(() => verify.shadowRoot!.activeElement === part(verify, 'title'), 'focus not moved to the step');
      expect(errors.events).to.deep.equal([]);
      expect(successes.events).to.deep.equal([]);
      expect(h.navigations).to.deep.equal([]);
      expect(h.store.state.status).to.equal('unauthenticated');

      // "send again" once the cooldown is over.
      clock.advance(30_000);
      await verify.updateComplete;
      submitButton(verify).click();
      await waitUntil(() => fake.countOf('sendVerificationEmail') === 1);
      expect(fake.argsOf('sendVerificationEmail')).to.deep.equal([[{ email: 'ada@example.com' }]]);

      (part(verify, 'back-button') as HTMLButtonElement).click();
      await waitUntil(() => el.querySelector('form') !== null, 'form not back');
      errors.stop();
      successes.stop();
      expect(el.shadowRoot!.querySelector('auth-verify-email')).to.equal(null);
      expect(input(el, 'email').value).to.equal('ada@example.com');
      expect(document.activeElement).to.equal(input(el, 'email'));
      expect(input(el, 'password').value).to.equal('');
      expect(errors.events).to.deep.equal([]);
      expect(h.store.state.challenge).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('a stale verify-email answer after a logout changes nothing: the form stays', async () => {
    const fake = refineV3Provider();
    const held = deferred();
    fake.set('register', () => held.promise);
    const h = storeHarness(fake.provider);
    const el = await mount(h.store);
    fillAll(el);
    submitButton(el).click();
    await waitUntil(() => h.store.state.pending.register);
    await h.store.logout();
    held.resolve({ challenge: CHALLENGE });
    await waitUntil(() => !h.store.state.pending.register);
    await el.updateComplete;
    expect(h.store.state.challenge).to.equal(null);
    expect(el.shadowRoot!.querySelector('auth-verify-email')).to.equal(null);
    expect(el.querySelector('form')).to.not.equal(null);
  });

  it('passes its strings and theme to the step, and shows it for a challenge that came from elsewhere', async () => {
    const h = storeHarness(refineV3Provider({ login: resolves({ challenge: CHALLENGE }) }).provider);
    const el = await mount(h.store, html`<auth-register theme="dark" .strings=${{ verifyInboxTitle: 'Mailbox!' }} .store=${h.store}></auth-register>`);
    await h.store.login({});
    const verify = await step(el);
    expect(part(verify, 'title')!.textContent).to.equal('Mailbox!');
    expect(verify.getAttribute('theme')).to.equal('dark');
    h.store.cancelChallenge();
    await waitUntil(() => el.querySelector('form') !== null);
  });

  it('an address with markup in the challenge is shown as text', async () => {
    const payload = '<img src=x onerror="window.__xss=1">';
    const h = storeHarness(refineV3Provider({ register: resolves({ challenge: { type: 'verify-email', email: payload } }) }).provider);
    const el = await mount(h.store);
    fillAll(el);
    submitButton(el).click();
    const verify = await step(el);
    expect(part(verify, 'description')!.textContent).to.include(payload);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(verify.shadowRoot!.querySelector('img')).to.equal(null);
    expect(verify.querySelector('img')).to.equal(null);
  });
});
