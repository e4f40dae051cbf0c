import { css } from 'lit';
import { inputLook } from '../../internal/styles.js';

/**
 * Page-provided fields (`slot="fields"`) get the look of the kit's own by default; any page rule
 * wins. Adopted into the element's root after `formStyles`, like it, by `<auth-register>` only:
 * other pages do not ship these rules.
 */
export const registerFieldStyles = css`
  :where(auth-register) :where(
      [slot~='fields']:is(input:not([type='checkbox'], [type='radio'], [type='hidden']), select, textarea),
      [slot~='fields'] :is(input:not([type='checkbox'], [type='radio'], [type='hidden']), select, textarea)
    ) {
    ${inputLook}
  }
  :where(auth-register) > :where(label[slot~='fields']) {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    font-weight: 600;
    font-size: 0.9375rem;
  }
  :where(auth-register) > :where(label[slot~='fields']:has(> input:is([type='checkbox'], [type='radio']))) {
    flex-direction: row;
    align-items: center;
    gap: 0.5rem;
    font-weight: 400;
  }
  :where(auth-register) :where([slot~='fields'] input:is([type='checkbox'], [type='radio'])) {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  :where(auth-register) :where([slot~='fields'] [aria-invalid='true'], [slot~='fields'][aria-invalid='true']) {
    border-color: var(--_danger);
    outline-color: var(--_danger);
  }
  :where(auth-register) :where([data-part~='extra-errors']) {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
`;
