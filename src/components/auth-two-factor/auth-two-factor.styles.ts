import { css } from 'lit';
import { plainList } from '../../internal/styles.js';

export const twoFactorStyles = css`
  [part~='resend-button'],
  [part~='method-button'] {
    inline-size: 100%;
  }
  [part~='resend-button'] {
    color: var(--_primary);
    background: transparent;
  }
  [part~='resend-button']:disabled {
    /* A wait, not a fault: readable, just not clickable. */
    cursor: not-allowed;
    font-variant-numeric: tabular-nums;
  }
  [part~='methods'] {
    ${plainList}
  }
  button[part~='back-button'] {
    padding: 0;
    font: inherit;
    font-weight: 600;
    color: var(--_primary);
    background: none;
    border: 0;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
`;
