/**
 * The one code input of the steps that ask for a code (a second factor, an e-mailed sign-in
 * code): one native `<input name="code">` in the light-DOM form, so the platform's one-time-code
 * autofill (SMS/e-mail suggestions, password managers) sees it.
 *
 * Shape:
 * - a {@link CodeFormat} says what a code looks like: {@link digitCode}`(6)` for authenticator
 *   and e-mailed codes (`inputmode="numeric"`, `maxlength`, `pattern`, auto-submitted once
 *   complete), {@link BACKUP_CODE} for backup codes (letters, digits and dashes; never
 *   auto-submitted: there is no length at which one is known to be complete);
 * - a {@link OneTimeCodeController} on the form element renders the field with
 *   {@link OneTimeCodeController.render} (same data-parts as every field: field, label,
 *   control, input, field-error), keeps what is typed to the format, turns a pasted text into
 *   the code it contains (spaces, dashes and surrounding words dropped: "Your code: 123 456" →
 *   `123456`), and calls the form's `requestSubmit()` when a digit code becomes complete — so
 *   the form's own submit path (validation, busy state, one provider call) runs, never a side
 *   door.
 *
 * ```ts
 * #code = new OneTimeCodeController(this, { format: () => digitCode(6) });
 * protected renderFields(t) {
 *   return this.#code.render({ id: this.idFor('code'), label: t.codeLabel, error: this.fieldErrors.code });
 * }
 * protected validateValues(values, t) {
 *   return this.#code.isValid(values.code) ? {} : { code: t.codeIncomplete };
 * }
 * // after a wrong code: this.#code.select();   on a format change: this.#code.clear();
 * ```
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** What a code looks like, and how typed or pasted text becomes one. */
export interface CodeFormat {
  /** `numeric` brings up the digit keypad on phones. */
  readonly inputmode: 'numeric' | 'text';
  /** The input's `pattern` (the whole value must match). */
  readonly pattern: string;
  readonly maxlength: number;
  /** Whether a complete code submits the form by itself. */
  readonly autoSubmit: boolean;
  /** What typing leaves in the field (characters the format never has are dropped). */
  normalize(text: string): string;
  /** The code inside a pasted text (a whole e-mail line, "123 456", "123-456"). */
  fromPaste(text: string): string;
  /** Whether `value` is a whole code. */
  isComplete(value: string): boolean;
}

const formats = new Map<number, CodeFormat>();

/** A code of exactly `length` digits (TOTP, e-mailed codes). One shared object per length. */
export function digitCode(length = 6): CodeFormat {
  const size = Number.isInteger(length) && length > 0 && length <= 32 ? length : 6;
  let format = formats.get(size);
  if (format) return format;
  // `size` digits standing alone, each optionally followed by one separator ("123 456", "12-34-56").
  const grouped = new RegExp(`(?<!\\d)(?:\\d[\\s\\-\\u2010-\\u2015.]?){${size - 1}}\\d(?!\\d)`);
  format = {
    inputmode: 'numeric',
    pattern: `\\d{${size}}`,
    maxlength: size,
    autoSubmit: true,
    // Full-width digits (an IME) are digits too.
    normalize: (text) => toAsciiDigits(text).replace(/\D/g, '').slice(0, size),
    fromPaste(text) {
      const ascii = toAsciiDigits(text);
      const match = grouped.exec(ascii);
      return (match ? match[0] : ascii).replace(/\D/g, '').slice(0, size);
    },
    isComplete: (value) => value.length === size && /^\d+$/.test(value),
  };
  formats.set(size, format);
  return format;
}

const BACKUP_TOKEN = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

/**
 * A backup code: letters, digits and dashes, kept as typed (case matters to some servers:
 * better-auth compares `abcde-FGHIJ` exactly). Never auto-submitted.
 */
export const BACKUP_CODE: CodeFormat = {
  inputmode: 'text',
  pattern: '[A-Za-z0-9]+(-[A-Za-z0-9]+)*',
  maxlength: 64,
  autoSubmit: false,
  normalize: (text) => text.replace(/[^A-Za-z0-9-]/g, '').slice(0, 64),
  fromPaste(text) {
    const tokens = text.trim().split(/\s+/).map((token) => token.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, ''));
    // "Backup code: abcde-fghij" → the token that looks like a code (has a digit or a dash).
    const codeLike = tokens.filter((token) => BACKUP_TOKEN.test(token) && /[\d-]/.test(token));
    const picked = codeLike.length === 1 ? codeLike[0] : tokens.join('');
    return BACKUP_CODE.normalize(picked);
  },
  isComplete: (value) => value.length >= 4 && BACKUP_TOKEN.test(value),
};

function toAsciiDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
}

/** Options of {@link OneTimeCodeController}. */
export interface OneTimeCodeOptions {
  /** The current format (a function: the host may switch, e.g. authenticator ↔ backup code). */
  format: () => CodeFormat;
}

/** What {@link OneTimeCodeController.render} needs from the host form. */
export interface CodeFieldOptions {
  /** The input's id (the form's `idFor('code')`). */
  id: string;
  label: string;
  /** The validation message to show under the field, if any. */
  error?: string;
  /** Text shown under the label (how the code looks), if any. */
  hint?: string;
}

/**
 * Renders and runs the one code input of a form element (see the file header). It renders no
 * value binding on purpose: what the user types is never overwritten by a re-render.
 */
export class OneTimeCodeController implements ReactiveController {
  /** The input's `name` (what the form collects and the action receives). */
  static readonly NAME = 'code';

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: OneTimeCodeOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: OneTimeCodeOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The format in use. */
  get format(): CodeFormat {
    return this.#options.format();
  }

  /** The rendered input, once rendered. */
  get input(): HTMLInputElement | null {
    return this.#host.querySelector<HTMLInputElement>(`input[name="${OneTimeCodeController.NAME}"]`);
  }

  /** Whether `value` is a whole code of the current format. */
  isValid(value: unknown): boolean {
    return typeof value === 'string' && this.format.isComplete(value);
  }

  /** Empties the field (the format changed, or a new code is on its way). */
  clear(): void {
    const input = this.input;
    if (input) input.value = '';
  }

  /** Focuses the field (and selects what is in it, so typing the next try replaces it). */
  select(): void {
    const input = this.input;
    if (!input) return;
    input.focus();
    input.select();
  }

  /** The labelled input with its validation message (the data-parts every field has). */
  render(options: CodeFieldOptions): TemplateResult {
    const format = this.format;
    const errorId = `${options.id}-error`;
    const hintId = `${options.id}-hint`;
    const describedBy = [options.hint ? hintId : '', options.error ? errorId : ''].filter(Boolean).join(' ');
    return html`
      <div data-part="field" data-field=${OneTimeCodeController.NAME}>
        <label data-part="label" for=${options.id}>${options.label}</label>
        ${options.hint ? html`<div data-part="hint" id=${hintId}>${options.hint}</div>` : nothing}
        <div data-part="control">
          <input
            data-part="input code-input"
            id=${options.id}
            name=${OneTimeCodeController.NAME}
            type="text"
            autocomplete="one-time-code"
            inputmode=${format.inputmode}
            pattern=${format.pattern}
            maxlength=${format.maxlength}
            required
            autocapitalize="off"
            autocorrect="off"
            spellcheck="false"
            dir="ltr"
            aria-invalid=${options.error ? 'true' : 'false'}
            aria-describedby=${describedBy || nothing}
            @input=${this.#onInput}
            @paste=${this.#onPaste}
          />
        </div>
        <div data-part="field-error" id=${errorId} ?hidden=${!options.error}>${options.error ?? nothing}</div>
      </div>
    `;
  }

  #onPaste = (event: ClipboardEvent): void => {
    const input = event.currentTarget as HTMLInputElement;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const code = this.format.fromPaste(text);
    if (!code) return;
    // The whole paste is the code: it replaces what is there, whatever is selected.
    event.preventDefault();
    input.value = code;
    // Through the same path as typing: errors clear, a complete code submits.
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste', data: code }));
  };

  #onInput = (event: Event): void => {
    if ((event as InputEvent).isComposing) return;
    const input = event.currentTarget as HTMLInputElement;
    const format = this.format;
    const inputType = (event as InputEvent).inputType;
    // A paste or autofill that bypassed `paste` (iOS's code suggestion, a test's fill) is a whole text.
    const value = inputType === 'insertFromPaste' || inputType === 'insertReplacementText' || inputType === undefined
      ? format.fromPaste(input.value)
      : format.normalize(input.value);
    if (value !== input.value) input.value = value;
    if (format.autoSubmit && format.isComplete(value)) input.form?.requestSubmit();
  };
}
