import { css } from 'lit';

export const forgotPasswordStyles = css`
  [part~='resend-button'] {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: var(--_control-height);
    padding-inline: 1rem;
    font: inherit;
    font-weight: 600;
    color: var(--_primary);
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
`;
