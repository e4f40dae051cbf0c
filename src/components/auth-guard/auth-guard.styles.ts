import { css } from 'lit';

export const guardStyles = css`
  :host {
    display: block;
  }
  [part~='base'] {
    display: contents;
  }
  [part~='fallback'] {
    display: block;
  }
  [part~='message'] {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    box-sizing: border-box;
    margin: 0;
    padding-block: 0.875rem;
    padding-inline: 1rem;
    color: var(--_muted);
    background: var(--_surface);
    border: 1px solid color-mix(in srgb, var(--_border) 45%, transparent);
    border-radius: var(--_radius);
    line-height: 1.4;
    overflow-wrap: anywhere;
  }
  :host([state='denied']) [part~='message'] {
    color: var(--_danger);
    background: var(--_danger-bg);
    border-color: transparent;
    border-inline-start: 4px solid;
  }
  [part~='spinner'] {
    flex: none;
    box-sizing: border-box;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    border: 2px solid color-mix(in srgb, currentColor 30%, transparent);
    border-block-start-color: var(--_primary);
    border-radius: 50%;
    animation: auth-guard-spin 0.8s linear infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    [part~='spinner'] {
      animation-duration: 2.4s;
    }
  }
  @keyframes auth-guard-spin {
    to {
      transform: rotate(1turn);
    }
  }
`;
