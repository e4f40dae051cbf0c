import { css } from 'lit';

export const forgotPasswordStyles = css`
  [part~='resend-button'] {
    inline-size: 100%;
    color: var(--_primary);
    background: transparent;
  }
`;
