import { html, nothing, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { AuthStore } from '../core/store.js';
import type { AccountAction, ActionOptions, AuthAction, AuthError, AuthOutcome, AuthParams } from '../core/types.js';
// Declaration files drop value imports; this one stays, so an app importing this element's
// entry alone still gets the events' GlobalEventHandlersEventMap entries.
import '../events/index.js';
import { AuthActionController } from './action-controller.js';
import { adoptStyles } from './adopt-styles.js';
import { AuthElement } from './auth-element.js';
import { eyeIcon, eyeOffIcon } from './icons.js';
import { uniqueId } from './ids.js';
import { localizeError } from './localize-error.js';
import { format, type AuthStrings } from './strings.js';
import { cardStyles, formStyles } from './styles.js';

/** The sign-in page's actions a form element can submit (each a store method of that name). */
export type PageFormAction = Extract<
  AuthAction,
  | 'login'
  | 'register'
  | 'forgotPassword'
  | 'updatePassword'
  | 'verifyTwoFactor'
  | 'sendTwoFactorCode'
  | 'sendLoginCode'
  | 'loginWithCode'
  | 'sendMagicLink'
  | 'sendVerificationEmail'
  | 'verifyEmail'
>;

/** The actions a form element can submit: a page action, or an account action (an `AuthAccountFormElement` runs those with `store.perform`). */
export type FormAction = PageFormAction | AccountAction;


/** One native input the form renders. */
export interface FieldOptions {
  name: string;
  label: string;
  type: 'email' | 'text' | 'password';
  autocomplete: string;
  required?: boolean;
  minlength?: number;
  /** Adds the show/hide toggle (passwords). */
  toggle?: boolean;
  /** Extra attributes that help mobile keyboards and password managers. */
  inputmode?: string;
}

/** A native form control. */
export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Whether `el` is a native form control. */
export const isControl = (el: Element): el is Control =>
  el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement;

/** What a form shows besides its own fields, for the few forms that need more (see `ExtraFieldsController`). */
export interface FormExtension {
  /** Shadow content between the form and the actions. */
  renderShadow(): TemplateResult | typeof nothing;
  /** Light-DOM content between the form and the actions. */
  renderLight(): TemplateResult | typeof nothing;
  /** Called before the form's values are read. */
  beforeCollect(): void;
}

/**
 * Shared base of the form elements. It renders the card (title, error region, links) in
 * shadow DOM and the `<form>` with its native inputs in the element's **light DOM**, where
 * browsers' and extensions' password managers can find them; the form is slotted back into
 * the card. Submitting validates, then runs the element's action through its
 * {@link AuthActionController} (busy state, error, events).
 *
 * A screen supplies its action, heading, fields and submit label; the rest is optional.
 *
 * The custom properties below are documented once, here; the manifest lists them on every
 * form element (the analyzer applies inheritance).
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
 * @cssprop --auth-color-success - Text of the success message.
 * @cssprop --auth-color-success-background - Background of the success message.
 * @cssprop --auth-color-focus - Focus ring.
 * @cssprop --auth-radius - Corner radius.
 * @cssprop --auth-spacing - Gap between rows.
 * @cssprop --auth-max-width - Maximum card width.
 * @cssprop --auth-font-family - Font.
 */
export abstract class AuthFormElement extends AuthElement {
  static override styles = [...AuthElement.styles, cardStyles];

  static override properties: PropertyDeclarations = {
    done: { state: true },
    fieldErrors: { state: true },
    revealed: { state: true },
  };

  /** The store action this form submits. */
  protected abstract readonly action: FormAction;

  /** Runs {@link action}: busy state, the error shown, the events. */
  protected readonly runner = new AuthActionController(this, {
    auth: this.auth,
    action: () => this.action,
    onSuccess: () => (this.done = true),
    // The form (and the focused submit button) may just have disappeared: keep focus in the card.
    focusAfterSuccess: () => this.renderRoot.querySelector<HTMLElement>('[data-focus-after-success]'),
  });

  /** Whether the action succeeded (forms that stay on the page show a message instead). */
  protected done = false;
  /** Validation messages per field name. */
  protected fieldErrors: Readonly<Record<string, string>> = {};
  /** Password fields currently shown as text. */
  protected revealed: ReadonlySet<string> = new Set();

  /** What only some forms show besides their fields (page-provided fields, for one). */
  protected extension?: FormExtension;

  protected readonly formId = uniqueId('auth-form');

  constructor() {
    super();
    // Listen on the host, not the form: page-provided fields (<auth-register>) live outside it.
    this.addEventListener('input', (event) => this.#onInput(event));
    this.addEventListener('change', (event) => this.#onInput(event));
  }

  /** The light-DOM form, once rendered. */
  get form(): HTMLFormElement | null {
    return this.querySelector(`form#${this.formId}`);
  }

  /** Whether this element's action is running (on the store, from here or elsewhere). */
  get busy(): boolean {
    return this.runner.pending;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this, formStyles);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The light DOM is rendered after the shadow DOM so both reflect the same state.
    render(this.renderLight(), this, { host: this });
  }

  /* ----------------------------------------------------------- for subclasses */

  /** The card's title (replaceable with the `title` slot). */
  protected abstract heading(t: AuthStrings): string;

  /** The fields inside the `<form>`. */
  protected abstract renderFields(t: AuthStrings): TemplateResult | typeof nothing;

  /** The submit button's label. */
  protected abstract submitLabel(t: AuthStrings): string;

  /** Turns the form's values into the action's params (default: as collected). */
  protected params(values: AuthParams): AuthParams {
    return values;
  }

  /**
   * Runs {@link action} on the store. A sign-in page action is the store method of that name;
   * an account form (`AuthAccountFormElement`) overrides this with `store.perform`, so the
   * sign-in pages carry no knowledge of the account actions.
   */
  protected submit(store: AuthStore, params: AuthParams, options: ActionOptions): Promise<AuthOutcome> {
    return store[this.action as PageFormAction](params, options);
  }

  /** Called with the store's outcome after a submit that ran (an account form reads its `data`). */
  protected afterSubmit(_outcome: AuthOutcome): void {}

  /** Extra validation after the built-in one (e.g. password confirmation). */
  protected validateValues(_values: AuthParams, _t: AuthStrings): Record<string, string> {
    return {};
  }

  /**
   * Whether the submit button is disabled and a submit (Enter included) is ignored though the
   * action is not pending: a "send again" form cooling down. Default: while busy.
   */
  protected get submitBlocked(): boolean {
    return this.busy;
  }

  /** Whether the form is shown (a form that succeeded or cannot work shows a message instead). */
  protected get showForm(): boolean {
    return true;
  }

  /** Text under the title. */
  protected description(_t: AuthStrings): string | undefined {
    return undefined;
  }

  /** A message shown in the status region (a success that stays on the page). */
  protected statusMessage(_t: AuthStrings): string | undefined {
    return undefined;
  }

  /** An error shown while the element's own action has none (`<auth-login>`: the failed sign-in the page arrived with). */
  protected pageError(): AuthError | undefined {
    return undefined;
  }

  /** Shadow content between the form and the footer (provider buttons). */
  protected renderAfterForm(_t: AuthStrings): TemplateResult | typeof nothing {
    return nothing;
  }

  /** Footer links. */
  protected renderFooter(_t: AuthStrings): TemplateResult | typeof nothing {
    return nothing;
  }

  /* ---------------------------------------------------------------- rendering */

  protected override render(): TemplateResult {
    const t = this.t;
    const status = this.statusMessage(t);
    const description = this.description(t);
    const other = this.pageError();
    const error = this.runner.message(t) ?? (other && localizeError(other, t));
    return html`
      <div part="base" aria-busy=${this.busy ? 'true' : 'false'}>
        <div part="header">
          <slot name="title"><h2 part="title">${this.heading(t)}</h2></slot>
          ${description ? html`<p part="description">${description}</p>` : nothing}
        </div>
        <div part="error" class=${error ? 'active' : ''} role="alert" aria-atomic="true">${error
            ? html`<strong part="error-title">${error.name}</strong><span part="error-message">${error.message}</span>`
            : nothing}</div>
        <div part="status" class=${status ? 'active' : ''} role="status" aria-atomic="true">${status ?? nothing}</div>
        <slot name="form"></slot>
        ${this.extension?.renderShadow() ?? nothing}
        <slot name="actions"></slot>
        ${this.renderAfterForm(t)}
        <slot name="footer">${this.renderFooter(t)}</slot>
      </div>
    `;
  }

  /** The light-DOM part: the form and its submit button (associated through `form=`). */
  protected renderLight(): TemplateResult | typeof nothing {
    if (!this.showForm) return nothing;
    const t = this.t;
    const busy = this.busy;
    return html`
      <form
        id=${this.formId}
        slot="form"
        data-part="form"
        novalidate
        aria-busy=${busy ? 'true' : 'false'}
        aria-label=${this.heading(t)}
        @submit=${this.#onSubmit}
      >${this.renderFields(t)}</form>
      ${this.extension?.renderLight() ?? nothing}
      <div slot="actions" data-part="actions">
        <button type="submit" form=${this.formId} data-part="submit" ?disabled=${busy || this.submitBlocked}>
          ${busy ? t.busy : this.submitLabel(t)}
        </button>
      </div>
    `;
  }

  /** Renders one labelled native input with its validation message and optional toggle. */
  protected field(options: FieldOptions): TemplateResult {
    const t = this.t;
    const id = this.idFor(options.name);
    const errorId = `${id}-error`;
    const error = this.fieldErrors[options.name];
    const shown = this.revealed.has(options.name);
    return html`
      <div data-part="field" data-field=${options.name}>
        <label data-part="label" for=${id}>${options.label}</label>
        <div data-part="control">
          <input
            data-part="input"
            id=${id}
            name=${options.name}
            type=${options.toggle && shown ? 'text' : options.type}
            autocomplete=${options.autocomplete}
            inputmode=${options.inputmode ?? nothing}
            minlength=${options.minlength ?? nothing}
            ?required=${options.required ?? true}
            autocapitalize=${options.type === 'text' && !options.toggle ? nothing : 'off'}
            spellcheck="false"
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? errorId : nothing}
          />
          ${options.toggle
            ? html`<button
                type="button"
                data-part="toggle"
                aria-controls=${id}
                aria-pressed=${shown ? 'true' : 'false'}
                aria-label=${t.showPassword}
                title=${shown ? t.hidePassword : t.showPassword}
                @click=${() => this.#toggle(options.name)}
              >${shown ? eyeOffIcon : eyeIcon}</button>`
            : nothing}
        </div>
        <div data-part="field-error" id=${errorId} ?hidden=${!error}>${error ?? nothing}</div>
      </div>
    `;
  }

  /** A stable, document-unique id for a field of this form. */
  protected idFor(name: string): string {
    return `${this.formId}-${name}`;
  }

  /* ---------------------------------------------------------------- behaviour */

  #toggle(name: string): void {
    const next = new Set(this.revealed);
    if (!next.delete(name)) next.add(name);
    this.revealed = next;
  }

  #onInput(event: Event): void {
    const name = (event.target as HTMLInputElement | null)?.name;
    if (name && this.fieldErrors[name]) {
      const { [name]: _, ...rest } = this.fieldErrors;
      this.fieldErrors = rest;
    }
  }

  /** The form's values: passwords exactly as typed, identifiers without stray whitespace. */
  #collect(form: HTMLFormElement): AuthParams {
    const values: AuthParams = {};
    for (const [name, value] of new FormData(form)) {
      if (typeof value !== 'string' || name in values) continue;
      values[name] = name.toLowerCase().includes('password') ? value : value.trim();
    }
    return values;
  }

  /** Validates the native inputs (and page-provided ones) with our own localized messages. */
  #validate(form: HTMLFormElement, values: AuthParams, t: AuthStrings): Record<string, string> {
    const errors: Record<string, string> = {};
    for (const element of Array.from(form.elements)) {
      if (!isControl(element) || !element.name || element.type === 'hidden' || errors[element.name]) continue;
      const { validity } = element;
      const blank = element.required && !(element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) && !element.value.trim();
      if (validity.valueMissing || blank) errors[element.name] = t.required;
      else if (validity.typeMismatch && element.type === 'email') errors[element.name] = t.invalidEmail;
      else if (validity.tooShort && !(element instanceof HTMLSelectElement)) errors[element.name] = format(t.tooShort, { min: element.minLength });
      // Page-provided fields may use any constraint (pattern, min…): the browser's message.
      else if (!validity.valid) errors[element.name] = element.validationMessage;
    }
    return { ...errors, ...this.validateValues(values, t) };
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // A second click or Enter while pending must not reach the provider again.
    if (this.busy || this.submitBlocked) return;
    const form = event.currentTarget as HTMLFormElement;
    const t = this.t;
    // A new attempt: the last answer no longer describes what is in the form.
    this.runner.clearError();
    this.extension?.beforeCollect();
    const values = this.#collect(form);
    const errors = this.#validate(form, values, t);
    this.fieldErrors = errors;
    if (Object.keys(errors).length) {
      await this.updateComplete;
      // The form's own fields come first on screen, page-provided ones (earlier in the DOM) after.
      const invalid = Array.from(form.elements).filter((el): el is Control => isControl(el) && el.getAttribute('aria-invalid') === 'true');
      const first = invalid.find((el) => form.contains(el)) ?? invalid[0];
      first?.focus();
      return;
    }
    const params = this.params(values);
    const outcome = await this.runner.run((store, options) => this.submit(store, params, options));
    if (outcome) this.afterSubmit(outcome);
  }
}
