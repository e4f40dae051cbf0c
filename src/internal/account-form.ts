import { html, nothing, type TemplateResult } from 'lit';
import type { AuthStore } from '../core/store.js';
import type { AccountAction, ActionOptions, AuthOutcome, AuthParams } from '../core/types.js';
import { accountStrings, type AccountStrings } from './account-strings.js';
import { AuthFormElement } from './form-element.js';
import { StateSliceController } from './store-controller.js';
import type { AuthStrings } from './strings.js';

/** A section of `strings.account` that belongs to one element. */
export type AccountSection = Exclude<keyof AccountStrings, 'errors'>;

/**
 * A text field of an identity of unknown shape: a non-blank string, or `undefined`. Any
 * provider's identity reaches here — a missing field, a number, a throwing getter are all
 * "not known".
 */
export function identityText(identity: unknown, key: string): string | undefined {
  if (identity === null || typeof identity !== 'object') return undefined;
  try {
    const value = (identity as Record<string, unknown>)[key];
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Base of the account page's forms (`<auth-change-password>`, `<auth-change-email>`,
 * `<auth-delete-account>`): an {@link AuthFormElement} whose action is an account action (run
 * with `store.perform`), whose strings are its section of `strings.account` (with the account
 * errors merged into `t.errors`, so every error helper finds their words), and which renders
 * nothing at all when the store's provider lacks its method.
 */
export abstract class AuthAccountFormElement<K extends AccountSection> extends AuthFormElement {
  /** The account action this form runs (`store.perform(action, params)`). */
  protected abstract override readonly action: AccountAction;

  /** This element's section of `strings.account`. */
  protected abstract readonly section: K;

  /** The signed-in user's identity as the store holds it (`state.identity`), or `null`. */
  protected readonly identity = new StateSliceController<unknown>(this, this.auth, (state) => state.identity);

  /** The base strings with the account errors merged in: pass these to every error helper. */
  protected override get t(): AuthStrings {
    return accountStrings(super.t, this.section).t;
  }

  /** This element's own strings (its section over English). */
  protected get s(): AccountStrings[K] {
    return accountStrings(super.t, this.section).s;
  }

  /**
   * Whether the store's provider has this form's method. Without one the element renders
   * nothing (an account page shows only what the provider supports). Without any store it
   * renders the form, which says on submit that sign-in is not set up.
   */
  get supported(): boolean {
    const store = this.auth.store;
    return !store || store.supports(this.action);
  }

  protected override submit(store: AuthStore, params: AuthParams, options: ActionOptions): Promise<AuthOutcome> {
    return store.perform(this.action, params, options);
  }

  protected override render(): TemplateResult {
    return this.supported ? super.render() : html``;
  }

  protected override renderLight(): TemplateResult | typeof nothing {
    return this.supported ? super.renderLight() : nothing;
  }
}
