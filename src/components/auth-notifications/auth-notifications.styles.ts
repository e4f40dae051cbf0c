import { css } from 'lit';
import { iconButton, plainList } from '../../internal/styles.js';

export const notificationsStyles = css`
  :host {
    --_offset: var(--auth-notifications-offset, 1rem);
    position: fixed;
    z-index: var(--auth-notifications-z-index, 1000);
    inset-block-end: var(--_offset);
    inset-inline-end: var(--_offset);
    inline-size: min(var(--auth-notifications-width, 24rem), calc(100vw - 2 * var(--_offset)));
    /* The empty region must not swallow clicks meant for the page below it. */
    pointer-events: none;
  }
  :host([position^='top']) {
    inset-block-start: var(--_offset);
    inset-block-end: auto;
  }
  :host([position$='start']) {
    inset-inline-start: var(--_offset);
    inset-inline-end: auto;
  }
  [part~='list'] {
    ${plainList}
  }
  [part~='notification'] {
    pointer-events: auto;
    box-sizing: border-box;
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    padding-block: 0.75rem;
    padding-inline: 1rem 0.5rem;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid color-mix(in srgb, var(--_border) 45%, transparent);
    border-inline-start: 4px solid var(--_danger);
    border-radius: var(--_radius);
    box-shadow: var(--auth-notification-shadow, 0 10px 30px -12px rgb(0 0 0 / 0.35));
    line-height: 1.4;
  }
  [part~='content'] {
    flex: 1;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  [part~='title'] {
    display: block;
    font-weight: 650;
    color: var(--_danger);
  }
  [part~='message'] {
    display: block;
    margin: 0;
    font-size: 0.9375rem;
  }
  [part~='dismiss'] {
    ${iconButton}
    flex: none;
    inline-size: 2rem;
    block-size: 2rem;
    margin-block: -0.25rem;
  }
  [part~='dismiss']:hover {
    color: var(--_text);
    background: var(--_surface);
  }
  [part~='dismiss'] svg {
    inline-size: 1.125rem;
    block-size: 1.125rem;
  }
`;
