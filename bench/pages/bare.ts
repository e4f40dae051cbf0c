// Bench page: a bare Lit form with the same two inputs (light DOM, like auth-login), the
// baseline the login page's render time is compared with.
import { LitElement, html } from 'lit';

class BareForm extends LitElement {
  protected override createRenderRoot() {
    return this;
  }
  protected override render() {
    return html`<form>
      <label>Email <input name="email" type="email" autocomplete="username" /></label>
      <label>Password <input name="password" type="password" autocomplete="current-password" /></label>
      <button type="submit">Sign in</button>
    </form>`;
  }
}
customElements.define('bare-form', BareForm);
const el = document.createElement('bare-form') as BareForm;
document.body.append(el);
await el.updateComplete;
const input = el.querySelector('input[type="password"]');
requestAnimationFrame(() => {
  (window as unknown as { renderedAt: number }).renderedAt = input && input.getBoundingClientRect().height > 0 ? performance.now() : -1;
});
