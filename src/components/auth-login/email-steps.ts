/**
 * What only `<auth-login>`'s e-mailed code and link steps need: the code field and the wait
 * before "send again". Loaded with one `import()` at the first "Email me a sign-in code / link"
 * click, so a page whose users sign in with a password never downloads it.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { CooldownController } from '../../internal/cooldown.js';
import { digitCode, OneTimeCodeController } from '../../internal/one-time-code.js';
import { format, type AuthStrings } from '../../internal/strings.js';

/** What the steps read from `<auth-login>`. */
export interface EmailStepsHost extends ReactiveControllerHost, HTMLElement {
  readonly codeLength: number;
  readonly resendCooldown: number;
}

/** The code step's field and the steps' "send again" wait, as controllers of the host. */
export class EmailSteps {
  readonly code: OneTimeCodeController;
  readonly cooldown: CooldownController;

  constructor(host: EmailStepsHost) {
    this.code = new OneTimeCodeController(host, { format: () => digitCode(host.codeLength) });
    this.cooldown = new CooldownController(host, () => host.resendCooldown);
  }

  /** "Send again" (disabled, with the seconds left, while it waits) and "back". */
  renderActions(t: AuthStrings, busy: boolean, resend: () => void, back: () => void): TemplateResult {
    const wait = this.cooldown.remaining;
    return html`<div part="step-actions">
      <button type="button" part="resend-button" class="secondary" ?disabled=${busy || wait > 0} @click=${resend}>
        ${wait > 0 ? format(t.loginResendIn, { seconds: wait }) : t.sendAgain}
      </button>
      <button type="button" part="back-button" class="secondary" @click=${back}>${t.backToLogin}</button>
    </div>`;
  }
}
