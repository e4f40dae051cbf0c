import { html, nothing, render, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { AuthStore } from '../../core/store.js';
import type { AccountAction } from '../../core/types.js';
import { accountStrings } from '../../internal/account-strings.js';
import { AuthElement } from '../../internal/auth-element.js';
import { define } from '../../internal/define.js';
import '../auth-change-password/auth-change-password.js';
import '../auth-change-email/auth-change-email.js';
import '../auth-sessions/auth-sessions.js';
import '../auth-passkeys/auth-passkeys.js';
import '../auth-two-factor-setup/auth-two-factor-setup.js';
import '../auth-delete-account/auth-delete-account.js';
import { accountStyles } from './auth-account.styles.js';

/** A section's name (what `hide` takes), the method that makes it appear, and its element. */
type Section = readonly [name: string, method: AccountAction, render: (store: AuthStore, theme: string | undefined) => TemplateResult];

/** The sections in the order the page shows them. */
const SECTIONS: readonly Section[] = [
  ['change-password', 'changePassword', (s, theme) => html`<auth-change-password .store=${s} theme=${theme ?? nothing}></auth-change-password>`],
  ['change-email', 'changeEmail', (s, theme) => html`<auth-change-email .store=${s} theme=${theme ?? nothing}></auth-change-email>`],
  ['sessions', 'listSessions', (s, theme) => html`<auth-sessions .store=${s} theme=${theme ?? nothing}></auth-sessions>`],
  ['passkeys', 'listPasskeys', (s, theme) => html`<auth-passkeys .store=${s} theme=${theme ?? nothing}></auth-passkeys>`],
  ['two-factor', 'enableTwoFactor', (s, theme) => html`<auth-two-factor-setup .store=${s} theme=${theme ?? nothing}></auth-two-factor-setup>`],
  ['delete-account', 'deleteAccount', (s, theme) => html`<auth-delete-account .store=${s} theme=${theme ?? nothing}></auth-delete-account>`],
];

/** `hide="sessions delete-account"` → `['sessions', 'delete-account']`. */
const words = {
  fromAttribute: (value: string | null) => (value ?? '').split(/\s+/).filter(Boolean),
  toAttribute: (value: readonly string[]) => value.join(' '),
};

/**
 * The account page: every account element the provider supports, in this order — change
 * password (`changePassword`), change e-mail (`changeEmail`), sessions (`listSessions`),
 * passkeys (`listPasskeys`), two-factor set-up (`enableTwoFactor`), delete account
 * (`deleteAccount`). A section whose method the provider lacks is not shown at all.
 *
 * The sections are rendered into this element's light DOM (each one keeps its own form in its
 * own light DOM, where password managers find it), after any children of your own. For another
 * layout, use the elements one by one instead.
 *
 * @summary Account page: password, e-mail, sessions, passkeys, two-factor, deletion.
 * @tagname auth-account
 *
 * @slot - The sections (rendered by the element), after any content of your own.
 * @slot title - Replaces the heading.
 *
 * @csspart base - The page's layout.
 * @csspart header - Wraps the title and description.
 * @csspart title - The default heading.
 * @csspart description - The sentence under the title.
 * @csspart sections - The column of sections.
 * @csspart empty - Shown when the provider supports none of the sections.
 *
 * @cssprop --auth-account-gap - Space between the sections.
 * @cssprop --auth-card-width - The width of the sections (each a card).
 */
export class AuthAccount extends AuthElement {
  static override styles = [...AuthElement.styles, accountStyles];

  static override properties: PropertyDeclarations = {
    hide: { converter: words },
  };

  /** Sections to leave out, space-separated: `change-password`, `change-email`, `sessions`, `passkeys`, `two-factor`, `delete-account`. */
  hide: string[] = [];

  /** The names of the sections shown now (supported by the provider, not hidden). */
  get sections(): string[] {
    return this.#shown().map(([name]) => name);
  }

  #shown(): Section[] {
    const store = this.auth.store;
    return store ? SECTIONS.filter(([name, method]) => !this.hide.includes(name) && store.supports(method)) : [];
  }

  protected override render(): TemplateResult {
    const { s } = accountStrings(this.t, 'page');
    const empty = this.#shown().length === 0;
    return html`<section part="base">
      <header part="header">
        <slot name="title"><h2 part="title">${s.title}</h2></slot>
        <p part="description">${s.description}</p>
      </header>
      ${empty ? html`<p part="empty">${s.empty}</p>` : nothing}
      <div part="sections"><slot></slot></div>
    </section>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const store = this.auth.store;
    const theme = this.theme;
    render(store ? this.#shown().map(([, , section]) => section(store, theme)) : nothing, this, { host: this });
  }
}

define('auth-account', AuthAccount);

declare global {
  interface HTMLElementTagNameMap {
    'auth-account': AuthAccount;
  }
}
