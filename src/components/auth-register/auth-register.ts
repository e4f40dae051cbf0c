import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { AuthStore } from '../../core/store.js';
import type { AuthOutcome, AuthParams } from '../../core/types.js';
import { adoptStyles } from '../../internal/adopt-styles.js';
import { define } from '../../internal/define.js';
import { AuthFormElement, isControl, type Control, type FormActionOptions } from '../../internal/form-element.js';
import type { AuthStrings } from '../../internal/strings.js';
import { registerFieldStyles } from './auth-register.styles.js';

/** Name of the confirmation input; its value is compared, never sent to the provider. */
const CONFIRM = 'confirmPassword';

/** "Label: " for a page-provided field's error line, so sighted users know which field it is. */
const labelOf = (control: Control): string => {
  const label = control.labels?.[0]?.cloneNode(true) as HTMLLabelElement | undefined;
  // A wrapping label also holds the control (and a select's option texts): drop them.
  label?.querySelectorAll('input, select, textarea').forEach((el) => el.remove());
  const text = label?.textContent?.trim().replace(/\s+/g, ' ');
  return text ? `${text}: ` : '';
};

/**
 * A sign-up form: email, password and its confirmation (checked before the provider is
 * called), a link to the sign-in page, and any extra fields the page adds with
 * `slot="fields"` — their values reach `register` with the others.
 *
 * ```html
 * <auth-register login-link="/login">
 *   <label slot="fields">Name <input name="name" required autocomplete="name"></label>
 * </auth-register>
 * ```
 *
 * The `<form>` and its inputs are rendered into the element's light DOM so password managers
 * see them (data-parts: form, field, label, control, input, toggle, field-error, actions,
 * submit, extra-errors). Extra fields are associated with that form through their `form`
 * attribute, so Enter in them submits and `required`/`pattern`… are validated with the rest.
 *
 * @summary Sign-up form driven by an authProvider's `register`.
 * @tagname auth-register
 *
 * @slot title - Replaces the heading.
 * @slot fields - Extra fields (inputs, selects, checkboxes, or wrappers holding them), shown after the built-in ones.
 * @slot footer - Replaces the footer (the sign-in link).
 *
 * @csspart base - The card.
 * @csspart header - Wraps the title.
 * @csspart title - The default heading.
 * @csspart error - Live region that shows the provider's error (exists before any error).
 * @csspart error-title - The error's name.
 * @csspart error-message - The error's message.
 * @csspart status - Live region for success messages.
 * @csspart footer - The footer.
 * @csspart link - Every link in the footer.
 * @csspart login-link - The link to the sign-in page.
 *
 * @cssprop --auth-color-primary - Buttons and links.
 * @cssprop --auth-color-on-primary - Text on the primary button.
 * @cssprop --auth-color-background - Card background.
 * @cssprop --auth-color-surface - Input background.
 * @cssprop --auth-color-text - Text.
 * @cssprop --auth-color-muted - Secondary text.
 * @cssprop --auth-color-border - Input borders.
 * @cssprop --auth-color-danger - Error text and invalid borders.
 * @cssprop --auth-color-danger-background - Error region background.
 * @cssprop --auth-color-focus - Focus ring.
 * @cssprop --auth-radius - Corner radius.
 * @cssprop --auth-spacing - Gap between rows.
 * @cssprop --auth-max-width - Maximum card width.
 * @cssprop --auth-font-family - Font.
 *
 * @fires {AuthRedirectEvent} auth-redirect - Before navigating; cancelable.
 * @fires {AuthSuccessEvent} auth-success - After a successful registration.
 * @fires {AuthErrorEvent} auth-error - When the provider rejects.
 */
export class AuthRegister extends AuthFormElement {
  protected readonly action = 'register';

  /** Removes the password confirmation field. */
  @property({ type: Boolean, attribute: 'no-confirm' }) noConfirm = false;

  /** URL of the sign-in page; the link is hidden when absent. */
  @property({ attribute: 'login-link' }) loginLink?: string;

  /** Page-provided controls (in `slot="fields"`) this element marked invalid. */
  readonly #markedExtras = new WeakSet<Element>();

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this, registerFieldStyles);
  }

  protected heading(t: AuthStrings): string {
    return t.registerTitle;
  }

  protected submitLabel(t: AuthStrings): string {
    return t.registerSubmit;
  }

  protected renderFields(t: AuthStrings): TemplateResult {
    return html`
      ${this.field({ name: 'email', label: t.emailLabel, type: 'email', autocomplete: 'username', inputmode: 'email' })}
      ${this.field({ name: 'password', label: t.passwordLabel, type: 'password', autocomplete: 'new-password', toggle: true })}
      ${this.noConfirm
        ? nothing
        : this.field({ name: CONFIRM, label: t.confirmPasswordLabel, type: 'password', autocomplete: 'new-password', toggle: true })}
    `;
  }

  protected override validateValues(values: AuthParams, t: AuthStrings): Record<string, string> {
    // Only a filled-in confirmation can mismatch; an empty one already reads "required".
    if (this.noConfirm || !values[CONFIRM] || values[CONFIRM] === values.password) return {};
    return { [CONFIRM]: t.passwordMismatch };
  }

  protected submit(store: AuthStore, values: AuthParams, options: FormActionOptions): Promise<AuthOutcome> {
    // The confirmation only guards against typos; the provider gets the password once.
    const { [CONFIRM]: _confirmation, ...params } = values;
    return store.register(params, options);
  }

  protected override collect(form: HTMLFormElement): AuthParams {
    // Fields the page added since the last update join the form before its values are read.
    this.#syncExtraFields();
    return super.collect(form);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncExtraFields();
  }

  protected override renderBeforeActions(): TemplateResult {
    return html`<slot name="fields" @slotchange=${() => this.#syncExtraFields()}></slot>`;
  }

  protected override renderLightBeforeActions(): TemplateResult | typeof nothing {
    const extraErrors = this.extraControls().filter((c) => c.form === this.form && this.fieldErrors[c.name]);
    return extraErrors.length
      ? html`<div slot="fields" data-part="extra-errors">${extraErrors.map(
          (control) => html`<div data-part="field-error" id=${`${this.idFor(control.name)}-error`}>${labelOf(control)}${this.fieldErrors[control.name]}</div>`,
        )}</div>`
      : nothing;
  }

  /**
   * The form controls the page placed in `slot="fields"` (the slotted element itself or any
   * control inside it). They are associated with the light-DOM form through `form=`, so Enter
   * in them submits and their values are collected and validated with the others.
   */
  protected extraControls(): Control[] {
    const controls: Control[] = [];
    for (const child of Array.from(this.children)) {
      if (child.getAttribute('slot') !== 'fields' || child.getAttribute('data-part') === 'extra-errors') continue;
      for (const el of [child, ...Array.from(child.querySelectorAll('input, select, textarea'))]) {
        if (isControl(el)) controls.push(el);
      }
    }
    return controls;
  }

  /** Associates page-provided fields with the form and mirrors their validation state. */
  #syncExtraFields(): void {
    const form = this.form;
    if (!form) return;
    for (const control of this.extraControls()) {
      // A control the page associated with another form on purpose is left alone.
      const owner = control.getAttribute('form');
      if (owner === null) control.setAttribute('form', this.formId);
      else if (owner !== this.formId) continue;
      const errorId = `${this.idFor(control.name)}-error`;
      const described = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && id !== errorId);
      if (control.name && this.fieldErrors[control.name]) {
        this.#markedExtras.add(control);
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby', [...described, errorId].join(' '));
      } else if (this.#markedExtras.has(control)) {
        this.#markedExtras.delete(control);
        control.removeAttribute('aria-invalid');
        if (described.length) control.setAttribute('aria-describedby', described.join(' '));
        else control.removeAttribute('aria-describedby');
      }
    }
  }

  protected override renderFooter(t: AuthStrings): TemplateResult | typeof nothing {
    if (!this.loginLink) return nothing;
    return html`<p part="footer">
      ${t.haveAccountPrompt} <a part="link login-link" href=${this.loginLink}>${t.loginLink}</a>
    </p>`;
  }
}

define('auth-register', AuthRegister);

declare global {
  interface HTMLElementTagNameMap {
    'auth-register': AuthRegister;
  }
}
