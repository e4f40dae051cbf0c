import { css } from 'lit';
import { inputLook, plainList } from '../../internal/styles.js';

export const passkeysStyles = css`
  [part~='list'] {
    ${plainList}
    gap: 0;
  }
  [part~='item'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    padding-block: 0.75rem;
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
  }
  [part~='item']:first-child {
    border-block-start: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
  }
  [part~='item-info'] {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    min-inline-size: 0;
  }
  [part~='name'] {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  [part~='created'],
  [part~='loading'],
  [part~='empty'],
  [part~='no-webauthn'] {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  [part~='item-actions'],
  [part~='form-actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part~='item-actions'] .secondary,
  [part~='form-actions'] .secondary,
  [part~='form-actions'] .primary {
    min-block-size: 2.25rem;
    padding-inline: 0.75rem;
  }
  [part~='rename-form'],
  [part~='confirm'] {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    inline-size: 100%;
  }
  [part~='confirm-message'] {
    margin: 0;
    overflow-wrap: anywhere;
  }
  [part~='add-form'] {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  [part~='label'] {
    font-weight: 600;
    font-size: 0.9375rem;
  }
  [part~='input'] {
    ${inputLook}
  }
  [part~='input']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  [part~='input'][aria-invalid='true'] {
    border-color: var(--_danger);
  }
  [part~='field-error'] {
    color: var(--_danger);
    font-size: 0.875rem;
  }
  [part~='title']:focus {
    outline: none;
  }
`;
