import { LitElement, html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AuthStore } from '../core/store.js';
import type { ActionOptions, AuthAction, AuthError, AuthOutcome, AuthParams } from '../core/types.js';
import { AuthErrorEvent } from '../events/auth-error.js';
import { AuthRedirectEvent } from '../events/auth-redirect.js';
import { AuthSuccessEvent } from '../events/auth-success.js';
import { NO_STORE_ERROR } from '../core/errors.js';
// Declaration files drop the value imports above; this one stays, so an app importing this
// element's entry alone still gets the events' GlobalEventHandlersEventMap entries.
import '../events/index.js';
import { adoptStyles } from './adopt-styles.js';
import { eyeIcon, eyeOffIcon } from './icons.js';
import { uniqueId } from './ids.js';
import { localizeError } from './localize-error.js';
import { AuthStoreController } from './store-controller.js';
import { StringsController } from './strings-controller.js';
import { format, type AuthStrings } from './strings.js';
import { cardStyles, formStyles, tokens } from './styles.js';

/** The actions a form element can submit. */
export type FormAction = Extract<AuthAction, 'login' | 'register' | 'forgotPassword' | 'updatePassword'>;

/** What a form element passes to its store action: it handles redirects and shows errors itself. */
export type FormActionOptions = ActionOptions & Required<Pick<ActionOptions, 'beforeRedirect'>>;

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

/**
 * Shared base of the four form elements. It renders the card (title, error region, links) in
 * shadow DOM and the `<form>` with its native inputs in the element's **light DOM**, where
 * browsers' and extensions' password managers can find them; the form is slotted back into
 * the card. Submitting validates, calls one store action, and turns the outcome into events.
 */
export abstract class AuthFormElement extends LitElement {
  static override styles = [tokens, cardStyles];

  /** The store to use instead of the one provided by context or `configureAuth`. */
  @property({ attribute: false }) store?: AuthStore;

  /** Replaces part of the text (merged over the page-wide strings). */
  @property({ attribute: false }) strings?: Partial<AuthStrings>;

  /** Forces the light or dark palette; by default it follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** The store action this form submits. */
  protected abstract readonly action: FormAction;

  protected readonly auth = new AuthStoreController(this);
  protected readonly i18n = new StringsController(this, () => this.strings);

  /** The last error of this element's own submission. */
  @state() protected error?: AuthError;
  /** Validation messages per field name. */
  @state() protected fieldErrors: Readonly<Record<string, string>> = {};
  /** Password fields currently shown as text. */
  @state() protected revealed: ReadonlySet<string> = new Set();
  @state() private submitting = false;

  protected readonly formId = uniqueId('auth-form');
  readonly #ids = new Map<string, string>();

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

  /** Whether this element's action is running. */
  get busy(): boolean {
    return this.submitting || Boolean(this.auth.state?.pending[this.action]);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this, formStyles);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('store')) this.auth.override(this.store);
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

  /** Calls the store action with the collected values. */
  protected abstract submit(store: AuthStore, values: AuthParams, options: FormActionOptions): Promise<AuthOutcome>;

  /** Text under the title. */
  protected description(_t: AuthStrings): string | undefined {
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

  /** A success message shown in the status region instead of navigating (forgot password). */
  protected statusMessage(_t: AuthStrings): string | undefined {
    return undefined;
  }

  /** Extra validation after the built-in one (e.g. password confirmation). */
  protected validateValues(_values: AuthParams, _t: AuthStrings): Record<string, string> {
    return {};
  }

  /** Turns the form's values into the provider's params. */
  protected collect(form: HTMLFormElement): AuthParams {
    const values: AuthParams = {};
    for (const [name, value] of new FormData(form)) {
      if (typeof value !== 'string' || name in values) continue;
      // Passwords reach the provider exactly as typed; identifiers lose stray whitespace.
      values[name] = name.toLowerCase().includes('password') ? value : value.trim();
    }
    return values;
  }

  /** Called after a successful submission, before the success event. */
  protected onSuccess(_outcome: AuthOutcome): void {}

  /** Shadow content between the form and the actions (the `fields` slot of `<auth-register>`). */
  protected renderBeforeActions(): TemplateResult | typeof nothing {
    return nothing;
  }

  /** Light-DOM content between the form and the actions (errors of page-provided fields). */
  protected renderLightBeforeActions(): TemplateResult | typeof nothing {
    return nothing;
  }

  /* ---------------------------------------------------------------- rendering */

  protected override render(): TemplateResult {
    const t = this.i18n.value;
    const status = this.statusMessage(t);
    const description = this.description(t);
    // The error in this element's language: its code's strings entry, else the provider's words.
    const shown = this.error && localizeError(this.error, t);
    return html`
      <div part="base" aria-busy=${this.busy ? 'true' : 'false'}>
        <div part="header">
          <slot name="title"><h2 part="title">${this.heading(t)}</h2></slot>
          ${description ? html`<p part="description">${description}</p>` : nothing}
        </div>
        <div part="error" class=${shown ? 'active' : ''} role="alert" aria-atomic="true">${shown
            ? html`<strong part="error-title">${shown.name}</strong><span part="error-message">${shown.message}</span>`
            : nothing}</div>
        <div part="status" class=${status ? 'active' : ''} role="status" aria-atomic="true">${status ?? nothing}</div>
        <slot name="form"></slot>
        ${this.renderBeforeActions()}
        <slot name="actions"></slot>
        ${this.renderAfterForm(t)}
        <slot name="footer">${this.renderFooter(t)}</slot>
      </div>
    `;
  }

  /** The light-DOM part: the form and its submit button (associated through `form=`). */
  protected renderLight(): TemplateResult | typeof nothing {
    const t = this.i18n.value;
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
      ${this.renderLightBeforeActions()}
      <div slot="actions" data-part="actions">
        <button type="submit" form=${this.formId} data-part="submit" ?disabled=${busy}>
          ${busy ? t.busy : this.submitLabel(t)}
        </button>
      </div>
    `;
  }

  /** Renders one labelled native input with its validation message and optional toggle. */
  protected field(options: FieldOptions): TemplateResult {
    const t = this.i18n.value;
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
    let id = this.#ids.get(name);
    if (!id) this.#ids.set(name, (id = `${this.formId}-${name}`));
    return id;
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

  /** Validates the native inputs (and the slotted extra fields) with our own localized messages. */
  protected validate(form: HTMLFormElement, values: AuthParams, t: AuthStrings): Record<string, string> {
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
    if (this.busy) return;
    const form = event.currentTarget as HTMLFormElement;
    const t = this.i18n.value;
    // A new attempt: the last answer no longer describes what is in the form.
    this.error = undefined;
    const values = this.collect(form);
    const errors = this.validate(form, values, t);
    this.fieldErrors = errors;
    if (Object.keys(errors).length) {
      await this.updateComplete;
      // The form's own fields come first on screen, page-provided ones (earlier in the DOM) after.
      const invalid = Array.from(form.elements).filter((el): el is Control => isControl(el) && el.getAttribute('aria-invalid') === 'true');
      const first = invalid.find((el) => form.contains(el)) ?? invalid[0];
      first?.focus();
      return;
    }
    await this.run((store, options) => this.submit(store, values, options));
  }

  /**
   * Runs one store call on behalf of this element: busy state, the error region, and the
   * `auth-success` → `auth-redirect` → `auth-error` events. Success is announced before the
   * redirect, because a router may remove this element while it navigates.
   */
  protected async run(
    call: (store: AuthStore, options: FormActionOptions) => Promise<AuthOutcome>,
  ): Promise<AuthOutcome | undefined> {
    const store = this.auth.store;
    if (!store) {
      this.#showError(NO_STORE_ERROR);
      return undefined;
    }
    this.submitting = true;
    this.error = undefined;
    store.clearError(this.action);
    let announced = false;
    const announce = (outcome: AuthOutcome) => {
      if (announced) return;
      announced = true;
      this.onSuccess(outcome);
      this.dispatchEvent(new AuthSuccessEvent({ action: this.action }));
    };
    try {
      const outcome = await call(store, {
        // This element shows its errors itself; a toast would repeat them.
        notify: false,
        beforeRedirect: (intent) => {
          announce({ ok: true, redirectTo: intent.to });
          return this.dispatchEvent(new AuthRedirectEvent(intent));
        },
      });
      if (outcome.ok) announce(outcome);
      else if (outcome.error) this.#showError(outcome.error);
      return outcome;
    } finally {
      this.submitting = false;
    }
  }

  #showError(error: AuthError): void {
    this.error = error;
    this.dispatchEvent(new AuthErrorEvent({ action: this.action, error }));
  }
}
