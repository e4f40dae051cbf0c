import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { AuthStore } from '../core/store.js';
import { AuthStoreController } from './store-controller.js';
import { StringsController } from './strings-controller.js';
import type { AuthStrings } from './strings.js';
import { tokens } from './styles.js';

/** What an element reports when it has no store to run an action on (defined once, in core). */
export { NO_STORE_ERROR as NO_STORE } from '../core/errors.js';

/**
 * The thin base of every kit element (as Shoelace's `ShoelaceElement` is thin): the `store`,
 * `strings` and `theme` properties, finding the store (the `store` property, else context,
 * else `configureAuth`'s default) and the strings of the page's locale. Behaviour lives in
 * reactive controllers the elements compose: `AuthActionController` (run an action),
 * `StateSliceController` (re-render on the state shown), `AuthTask` (the guard's check).
 *
 * Direction needs nothing here: every layout uses logical properties, so `dir="rtl"` on the
 * element or any ancestor flips it. The language is the strings controller's business: it is
 * given this element, so it can read the `lang` the element sits in.
 */
export abstract class AuthElement extends LitElement {
  static override styles = [tokens];

  static override properties: PropertyDeclarations = {
    store: { attribute: false },
    strings: { attribute: false },
    theme: { reflect: true },
  };

  /** The store to use instead of the one provided by context or `configureAuth`. */
  store?: AuthStore;

  /** Replaces part of the text (merged over the page-wide strings). */
  strings?: Partial<AuthStrings>;

  /** Forces the light or dark palette; by default it follows `prefers-color-scheme`. */
  theme?: 'light' | 'dark';

  /** Finds and follows the store; see {@link AuthStoreController}. */
  protected readonly auth = new AuthStoreController(this);
  /** The strings in effect: English, the page's, then this element's own. */
  protected readonly i18n = new StringsController(this, () => this.strings);

  /** The strings to render with. */
  protected get t(): AuthStrings {
    return this.i18n.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Applied here, not on connect, so a `.store` given with the element wins before any
    // action (or a guard's check) runs against the default store.
    if (changed.has('store')) this.auth.override(this.store);
  }
}
