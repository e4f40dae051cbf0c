import { css } from 'lit';

/**
 * The primary look for buttons outside a kit form (`class="primary"`; add `danger` for a
 * destructive one), for the account elements' shadow roots. A module of its own: the sign-in
 * pages' submit buttons get the same look from the light-DOM form rules (`formStyles`), and
 * sharing these rules with them by interpolation made every sign-in page bigger.
 */
export const primaryButtonStyles = css`
  .primary {
    box-sizing: border-box;
    min-block-size: var(--_control-height);
    padding-inline: 1rem;
    font: inherit;
    font-weight: 650;
    color: var(--_on-primary);
    background: var(--_primary);
    border: 0;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .primary.danger {
    background: var(--_danger);
  }
  .primary:disabled {
    opacity: 0.65;
    cursor: progress;
  }
`;
