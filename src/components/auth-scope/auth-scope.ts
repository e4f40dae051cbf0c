import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyDeclarations } from 'lit';
import type { AuthStore } from '../../core/store.js';
import { authStoreContext } from '../../internal/context.js';
import { define } from '../../internal/define.js';

/**
 * Provides a store to every auth element inside it, so two parts of one page can use two
 * different authProviders. Without it, elements use the store set by `configureAuth`.
 *
 * @summary Scopes a store to its descendants.
 * @tagname auth-scope
 *
 * @slot - The auth elements (at any depth) that should use `store`.
 */
export class AuthScope extends LitElement {

  static override properties: PropertyDeclarations = {
    store: { attribute: false },
  };

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The store the elements inside use. */
  store?: AuthStore;

  readonly #provider = new ContextProvider(this, { context: authStoreContext });

  protected override willUpdate(): void {
    this.#provider.setValue(this.store);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

define('auth-scope', AuthScope);

declare global {
  interface HTMLElementTagNameMap {
    'auth-scope': AuthScope;
  }
}
