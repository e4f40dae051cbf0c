import { css } from 'lit';

export const accountStyles = css`
  :host {
    display: block;
    color: var(--_text);
    font-family: var(--auth-font-family, system-ui, sans-serif);
  }
  [part~='base'] {
    display: grid;
    gap: var(--auth-account-gap, 1.5rem);
    justify-items: center;
  }
  [part~='header'] {
    inline-size: 100%;
    max-inline-size: var(--auth-card-width, 26rem);
  }
  [part~='title'] {
    margin: 0 0 0.25rem;
    font-size: 1.5rem;
  }
  [part~='description'],
  [part~='empty'] {
    margin: 0;
    color: var(--_muted);
  }
  [part~='sections'] {
    display: grid;
    gap: var(--auth-account-gap, 1.5rem);
    inline-size: 100%;
    justify-items: center;
  }
  ::slotted(*) {
    inline-size: 100%;
    max-inline-size: var(--auth-card-width, 26rem);
  }
`;
