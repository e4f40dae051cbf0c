import { css } from 'lit';
import { plainList } from '../../internal/styles.js';

export const twoFactorSetupStyles = css`
  .primary {
    inline-size: 100%;
  }
  [part~='buttons'] {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  [part~='buttons'] > *,
  [part~='cancel-button'] {
    inline-size: 100%;
  }
  [part~='qr'] {
    display: block;
    inline-size: var(--auth-qr-size, 12rem);
    block-size: auto;
    margin-inline: auto;
    /* The code's own light quiet zone is drawn in the SVG; this keeps a dark card from touching it. */
    border-radius: calc(var(--_radius) / 2);
  }
  [part~='qr-unavailable'] {
    margin: 0;
    color: var(--_muted);
  }
  [part~='secret-box'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  [part~='secret-label'] {
    flex-basis: 100%;
    font-weight: 600;
    font-size: 0.9375rem;
  }
  [part~='secret'],
  [part~='code'] {
    font-family: var(--auth-code-font-family, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
    font-size: 1rem;
    letter-spacing: 0.05em;
    overflow-wrap: anywhere;
    user-select: all;
  }
  [part~='secret'] {
    flex: 1 1 12rem;
    padding: 0.5rem 0.75rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='codes'] {
    ${plainList}
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(8rem, 1fr));
    padding: 0.75rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='codes']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  [part~='code-actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part~='code-actions'] > * {
    flex: 1 1 8rem;
    text-decoration: none;
  }
`;
