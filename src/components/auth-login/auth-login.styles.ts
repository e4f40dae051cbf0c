import { css } from 'lit';
import { plainList } from '../../internal/styles.js';

export const loginStyles = css`
  [part~='divider'] {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  [part~='divider']::before,
  [part~='divider']::after {
    content: '';
    flex: 1;
    border-block-start: 1px solid color-mix(in srgb, var(--_border) 60%, transparent);
  }
  [part~='providers'],
  [part~='passwordless'] {
    ${plainList}
  }
  [part~='provider-button'],
  [part~='login-code-button'],
  [part~='magic-link-button'],
  [part~='passkey-button'] {
    inline-size: 100%;
  }
  [part~='step-actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part~='step-actions'] > * {
    flex: 1 1 auto;
  }
`;
