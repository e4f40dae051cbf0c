import { css } from 'lit';
import { plainList } from '../../internal/styles.js';

export const sessionsStyles = css`
  [part~='list'] {
    ${plainList}
    gap: 0;
  }
  [part~='list']:focus-visible,
  [part~='empty']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  [part~='session'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    padding-block: 0.75rem;
    border-block-start: 1px solid color-mix(in srgb, var(--_border) 45%, transparent);
  }
  [part~='session']:first-child {
    padding-block-start: 0;
    border-block-start: 0;
  }
  .info {
    display: flex;
    flex: 1 1 10rem;
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: 0;
  }
  .name {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  [part~='device'] {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  [part~='current-badge'] {
    padding-block: 0.125rem;
    padding-inline: 0.5rem;
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--_success);
    background: var(--_success-bg);
    border-radius: 999px;
  }
  [part~='details'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    color: var(--_muted);
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
  [part~='loading'],
  [part~='empty'] {
    margin: 0;
    color: var(--_muted);
  }
  [part~='loading']:empty {
    display: none;
  }
  [part~='revoke-others-button'],
  [part~='retry-button'] {
    align-self: flex-start;
  }
  .secondary[aria-disabled='true'] {
    opacity: 0.65;
    cursor: progress;
  }
`;
