import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { CooldownController } from './cooldown.js';
import { fakeClock, useFakeCooldownClock } from '../test-utils/clock.js';

/** A host that shows the seconds left and counts its renders. */
class CooldownHost extends LitElement {
  seconds = 30;
  renders = 0;
  readonly cooldown = new CooldownController(this, () => this.seconds, (this.constructor as typeof CooldownHost).clock);
  static clock = fakeClock();
  override render() {
    this.renders += 1;
    return html`<button ?disabled=${this.cooldown.remaining > 0}>${this.cooldown.remaining}</button>`;
  }
}
customElements.define('cooldown-host', CooldownHost);

const shown = (el: CooldownHost) => el.shadowRoot!.querySelector('button')!.textContent;

describe('CooldownController', () => {
  let clock: ReturnType<typeof fakeClock>;
  beforeEach(() => {
    clock = CooldownHost.clock = fakeClock();
  });

  it('is ready (0) until started', async () => {
    const el = await fixture<CooldownHost>(html`<cooldown-host></cooldown-host>`);
    expect(el.cooldown.remaining).to.equal(0);
    expect(shown(el)).to.equal('0');
    expect(clock.pending).to.equal(0);
  });

  it('counts whole seconds down, re-rendering the host each second, then stops its timer', async () => {
    const el = await fixture<CooldownHost>(html`<cooldown-host></cooldown-host>`);
    el.seconds = 3;
    el.cooldown.start();
    await el.updateComplete;
    expect(shown(el)).to.equal('3');
    expect(el.shadowRoot!.querySelector('button')!.disabled).to.equal(true);
    clock.advance(999);
    await el.updateComplete;
    expect(shown(el)).to.equal('3');
    clock.advance(1);
    await el.updateComplete;
    expect(shown(el)).to.equal('2');
    clock.advance(1000);
    await el.updateComplete;
    expect(shown(el)).to.equal('1');
    clock.advance(1000);
    await el.updateComplete;
    expect(shown(el)).to.equal('0');
    expect(el.shadowRoot!.querySelector('button')!.disabled).to.equal(false);
    expect(clock.pending, 'no timer left once ready').to.equal(0);
  });

  it('reads the length when started (a property can change it) and restarts from full', async () => {
    const el = await fixture<CooldownHost>(html`<cooldown-host></cooldown-host>`);
    el.seconds = 10;
    el.cooldown.start();
    clock.advance(4000);
    expect(el.cooldown.remaining).to.equal(6);
    el.seconds = 60;
    el.cooldown.start();
    expect(el.cooldown.remaining).to.equal(60);
    expect(clock.pending, 'one timer, not two').to.equal(1);
  });

  it('a wait of 0, a negative or a non-number does nothing', async () => {
    const el = await fixture<CooldownHost>(html`<cooldown-host></cooldown-host>`);
    for (const seconds of [0, -5, Number.NaN]) {
      el.seconds = seconds;
      el.cooldown.start();
      expect(el.cooldown.remaining).to.equal(0);
      expect(clock.pending).to.equal(0);
    }
  });

  it('stop() makes it ready at once', async () => {
    const el = await fixture<CooldownHost>(html`<cooldown-host></cooldown-host>`);
    el.cooldown.start();
    el.cooldown.stop();
    await el.updateComplete;
    expect(el.cooldown.remaining).to.equal(0);
    expect(shown(el)).to.equal('0');
    expect(clock.pending).to.equal(0);
  });

  it('leaves no timer behind when the host disconnects, and resumes from the deadline when it comes back', async () => {
    const el = await fixture<CooldownHost>(html`<cooldown-host></cooldown-host>`);
    el.seconds = 30;
    el.cooldown.start();
    const parent = el.parentElement!;
    el.remove();
    expect(clock.pending).to.equal(0);
    clock.advance(10_000);
    parent.append(el);
    await el.updateComplete;
    expect(shown(el), 'time went on while away').to.equal('20');
    expect(clock.pending).to.equal(1);
    el.remove();
    clock.advance(60_000);
    parent.append(el);
    await el.updateComplete;
    expect(shown(el)).to.equal('0');
    expect(clock.pending).to.equal(0);
  });

  it('uses CooldownController.clock when not given one (how element tests drive it)', async () => {
    const fake = useFakeCooldownClock();
    try {
      class PlainHost extends LitElement {
        readonly cooldown = new CooldownController(this, () => 5);
        override render() {
          return html`${this.cooldown.remaining}`;
        }
      }
      customElements.define('cooldown-plain-host', PlainHost);
      const el = await fixture<PlainHost>(html`<cooldown-plain-host></cooldown-plain-host>`);
      el.cooldown.start();
      fake.advance(2000);
      await el.updateComplete;
      expect(el.cooldown.remaining).to.equal(3);
      expect(el.shadowRoot!.textContent).to.include('3');
    } finally {
      fake.restore();
    }
  });

  it('with the real clock, starts at the full length', async () => {
    class RealHost extends LitElement {
      readonly cooldown = new CooldownController(this, () => 45);
    }
    customElements.define('cooldown-real-host', RealHost);
    const el = await fixture<RealHost>(html`<cooldown-real-host></cooldown-real-host>`);
    el.cooldown.start();
    // Whole seconds, rounded up: right after start it is the full length.
    expect(el.cooldown.remaining).to.equal(45);
    el.remove();
  });
});
