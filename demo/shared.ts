// Demo-only pieces shared by both page scripts.
import { getDefaultStore, type AuthState, type AuthStore } from '../src/index.js';

type Identity = { name?: unknown; email?: unknown; id?: unknown };

/**
 * `<demo-identity>`: shows the signed-in user's identity and permissions from the store.
 * It sits inside `<auth-guard>`'s template, so it only exists once the guard let the user in.
 * Text only (textContent), never HTML: names come from users.
 */
class DemoIdentity extends HTMLElement {
  #unsubscribe?: () => void;

  connectedCallback(): void {
    const store = getDefaultStore();
    if (!store) {
      this.textContent = 'No store: configureAuth() was not called.';
      return;
    }
    this.#render(store.state);
    this.#unsubscribe = store.subscribe((state) => this.#render(state));
    void this.#load(store);
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
  }

  async #load(store: AuthStore): Promise<void> {
    await Promise.all([store.getIdentity(), store.getPermissions()]);
  }

  #render(state: AuthState): void {
    const identity = (state.identity ?? null) as Identity | null;
    const rows: Array<[string, string, string]> = [];
    if (identity) {
      if (typeof identity.name === 'string' && identity.name) rows.push(['name', 'Name', identity.name]);
      rows.push(['email', 'E-mail', String(identity.email ?? '')]);
      if (identity.id !== undefined) rows.push(['id', 'User id', String(identity.id)]);
    } else {
      rows.push(['email', 'E-mail', state.errors.getIdentity?.message ?? 'Loading…']);
    }
    const permissions = state.permissions;
    rows.push([
      'permissions',
      'Permissions',
      Array.isArray(permissions)
        ? permissions.length ? permissions.join(', ') : 'none'
        : state.errors.getPermissions?.message ?? 'Loading…',
    ]);
    const list = document.createElement('dl');
    list.className = 'demo-identity';
    for (const [field, label, value] of rows) {
      const dt = document.createElement('dt');
      dt.textContent = label;
      const dd = document.createElement('dd');
      dd.dataset.field = field;
      dd.textContent = value;
      list.append(dt, dd);
    }
    this.replaceChildren(list);
  }
}

export function defineDemoElements(): void {
  if (!customElements.get('demo-identity')) customElements.define('demo-identity', DemoIdentity);
}
