import { css } from 'lit';

/**
 * The current address, shown above the field like a read-only one: its label as the fields'
 * labels, the address under it. Adopted into the element's root like the kit's form styles,
 * inside `:where()` so any page rule wins.
 */
export const changeEmailFormStyles = css`
  :where(auth-change-email) :where([data-part~='current-email']) {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin: 0;
  }
  :where(auth-change-email) :where([data-part~='current-email-label']) {
    font-weight: 600;
    font-size: 0.9375rem;
  }
  :where(auth-change-email) :where([data-part~='current-email-value']) {
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
`;
