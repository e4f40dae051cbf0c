import { css } from 'lit';

export const callbackStyles = css`
  :host {
    display: block;
    max-width: 28rem;
    margin-inline: auto;
  }
  [part~='base'] {
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part~='status'] {
    margin: 0;
    color: var(--_muted);
  }
  [part~='error'] {
    padding: calc(var(--_gap) * 0.75);
    border-inline-start: 4px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-bg);
    color: var(--_text);
  }
  [part~='error-title'] {
    margin: 0 0 0.25rem;
    font-weight: 600;
    color: var(--_danger);
  }
  [part~='error-message'] {
    margin: 0;
    overflow-wrap: anywhere;
  }
  [part~='login-link'] {
    display: inline-block;
    margin-block-start: var(--_gap);
    color: var(--_primary);
  }
  [part~='login-link']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;
