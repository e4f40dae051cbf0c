import { css } from 'lit';

/** The danger zone's card: a danger accent instead of the primary one (shadow DOM). */
export const deleteAccountStyles = css`
  [part~='base'] {
    border-color: var(--_danger);
  }
  [part~='title'] {
    color: var(--_danger);
  }
`;

/**
 * The light-DOM submit button in the danger colour. Adopted into the element's root like the
 * kit's form styles, inside `:where()` so any page rule wins.
 */
export const deleteAccountFormStyles = css`
  :where(auth-delete-account) :where([data-part~='submit']) {
    /* The danger background's own tint: dark red on light, light red on dark, readable both ways. */
    color: var(--auth-color-on-danger, var(--_danger-bg));
    background: var(--_danger);
  }
`;
