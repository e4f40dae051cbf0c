import { html, type TemplateResult } from 'lit';

/**
 * The hidden `username` field of a form that changes or asks for a password: password managers
 * read it to file the new password under (or fill the current one for) the right account. It is
 * out of the tab order and of the accessibility tree; the form's styles hide it
 * (`data-part="hidden-username"`).
 */
export function hiddenUsername(value: string): TemplateResult {
  return html`<input
    type="text"
    name="username"
    data-part="hidden-username"
    autocomplete="username"
    .value=${value}
    tabindex="-1"
    aria-hidden="true"
    readonly
  />`;
}
