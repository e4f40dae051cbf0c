import { css } from 'lit';

export const logoutStyles = css`
  :host {
    display: inline-block;
  }
  [part~='button'] {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    min-block-size: var(--_control-height);
    padding-block: 0;
    padding-inline: 1rem;
    font: inherit;
    font-weight: 600;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  [part~='button']:hover:not(:disabled) {
    border-color: var(--_primary);
    color: var(--_primary);
  }
  [part~='button']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  [part~='button']:disabled {
    opacity: 0.65;
    cursor: progress;
  }
`;
