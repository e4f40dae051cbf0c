import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { isControl, type Control, type FormExtension } from './form-element.js';

/** "Label: " for a page-provided field's error line, so sighted users know which field it is. */
const labelOf = (control: Control): string => {
  const label = control.labels?.[0]?.cloneNode(true) as HTMLLabelElement | undefined;
  // A wrapping label also holds the control (and a select's option texts): drop them.
  label?.querySelectorAll('input, select, textarea').forEach((el) => el.remove());
  const text = label?.textContent?.trim().replace(/\s+/g, ' ');
  return text ? `${text}: ` : '';
};

/** What {@link ExtraFieldsController} needs to know of its form. */
export interface ExtraFieldsHost extends ReactiveControllerHost, HTMLElement {
  readonly form: HTMLFormElement | null;
}

/**
 * Fields the page adds to a form with `slot="fields"`: associates them with the light-DOM form
 * (through their `form` attribute, so Enter in them submits and their values and constraints
 * join the others), and shows their validation messages, marking them `aria-invalid`.
 */
export class ExtraFieldsController implements ReactiveController, FormExtension {
  /** Page-provided controls this controller marked invalid. */
  readonly #marked = new WeakSet<Element>();

  constructor(
    private readonly host: ExtraFieldsHost,
    private readonly options: {
      formId: string;
      errors: () => Readonly<Record<string, string>>;
      idFor: (name: string) => string;
    },
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    // After the host rendered its form (the light DOM renders in `updated`, before this).
    this.sync();
  }

  beforeCollect(): void {
    // Fields the page added since the last update join the form before its values are read.
    this.sync();
  }

  renderShadow(): TemplateResult {
    return html`<slot name="fields" @slotchange=${() => this.sync()}></slot>`;
  }

  renderLight(): TemplateResult | typeof nothing {
    const errors = this.options.errors();
    const invalid = this.controls().filter((c) => c.form === this.host.form && errors[c.name]);
    return invalid.length
      ? html`<div slot="fields" data-part="extra-errors">${invalid.map(
          (control) => html`<div data-part="field-error" id=${this.#errorId(control)}>${labelOf(control)}${errors[control.name]}</div>`,
        )}</div>`
      : nothing;
  }

  /** The controls the page placed in `slot="fields"` (the slotted element itself or any control inside). */
  controls(): Control[] {
    const controls: Control[] = [];
    for (const child of Array.from(this.host.children)) {
      if (child.getAttribute('slot') !== 'fields' || child.getAttribute('data-part') === 'extra-errors') continue;
      for (const el of [child, ...Array.from(child.querySelectorAll('input, select, textarea'))]) {
        if (isControl(el)) controls.push(el);
      }
    }
    return controls;
  }

  #errorId(control: Control): string {
    return `${this.options.idFor(control.name)}-error`;
  }

  /** Associates the page's fields with the form and mirrors their validation state. */
  sync(): void {
    if (!this.host.form) return;
    const errors = this.options.errors();
    for (const control of this.controls()) {
      // A control the page associated with another form on purpose is left alone.
      const owner = control.getAttribute('form');
      if (owner === null) control.setAttribute('form', this.options.formId);
      else if (owner !== this.options.formId) continue;
      const errorId = this.#errorId(control);
      const described = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && id !== errorId);
      if (control.name && errors[control.name]) {
        this.#marked.add(control);
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby', [...described, errorId].join(' '));
      } else if (this.#marked.has(control)) {
        this.#marked.delete(control);
        control.removeAttribute('aria-invalid');
        if (described.length) control.setAttribute('aria-describedby', described.join(' '));
        else control.removeAttribute('aria-describedby');
      }
    }
  }
}
