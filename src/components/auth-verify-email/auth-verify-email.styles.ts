import { css } from 'lit';

export const verifyEmailStyles = css`
  [part~='title']:focus {
    outline: none;
  }
  [part~='title']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  [part~='buttons'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part~='buttons'] > * {
    flex: 1 1 auto;
  }
  [part~='back-button'] {
    color: var(--_primary);
    background: transparent;
  }
  [part~='continue-link'] {
    display: inline-block;
  }
`;
