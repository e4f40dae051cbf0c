/**
 * Helpers for element tests: typing into the light-DOM form, submitting it the way a person
 * does, and reading the shadow parts.
 */
import { sendKeys } from '@web/test-runner-commands';
import './reset.js';

/** The native input called `name` in the element's light DOM. */
export function input(el: HTMLElement, name: string): HTMLInputElement {
  const found = el.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!found) throw new Error(`no input named ${name} in <${el.localName}>`);
  return found;
}

/** Sets an input's value as a paste or autofill would, firing `input`. */
export function fill(el: HTMLElement, name: string, value: string): void {
  const field = input(el, name);
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
}

/** Focuses an input and types into it with real key presses. */
export async function type(el: HTMLElement, name: string, text: string): Promise<void> {
  input(el, name).focus();
  await sendKeys({ type: text });
}

/** Presses Enter in the focused element. */
export async function pressEnter(): Promise<void> {
  await sendKeys({ press: 'Enter' });
}

/** The submit button (light DOM, associated with the form through `form=`). */
export function submitButton(el: HTMLElement): HTMLButtonElement {
  const button = el.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (!button) throw new Error(`no submit button in <${el.localName}>`);
  return button;
}

/** One shadow part, or null. */
export function part(el: HTMLElement, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** Collects every event of `type` that reaches `document`. Call `stop()` when done. */
export function recordEvents<E extends Event>(type: string): { events: E[]; stop(): void } {
  const events: E[] = [];
  const listener = (event: Event) => events.push(event as E);
  document.addEventListener(type, listener);
  return { events, stop: () => document.removeEventListener(type, listener) };
}
