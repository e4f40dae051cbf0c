import { css, unsafeCSS } from 'lit';

/*
 * Design tokens. Every public `--auth-*` property is read through a private `--_*` one with a
 * default, so a page can set `--auth-*` anywhere above the element (even `:root`) and both the
 * shadow DOM and the element's light-DOM form (which inherits from the host) follow.
 */
const light = css`
  --_bg: var(--auth-color-background, #ffffff);
  --_surface: var(--auth-color-surface, #f8fafc);
  --_text: var(--auth-color-text, #0f172a);
  --_muted: var(--auth-color-muted, #475569);
  --_border: var(--auth-color-border, #94a3b8);
  --_primary: var(--auth-color-primary, #1d4ed8);
  --_on-primary: var(--auth-color-on-primary, #ffffff);
  --_danger: var(--auth-color-danger, #b91c1c);
  --_danger-bg: var(--auth-color-danger-background, #fef2f2);
  --_success: var(--auth-color-success, #166534);
  --_success-bg: var(--auth-color-success-background, #f0fdf4);
  --_focus: var(--auth-color-focus, #2563eb);
`;

const dark = css`
  --_bg: var(--auth-color-background, #0f172a);
  --_surface: var(--auth-color-surface, #1e293b);
  --_text: var(--auth-color-text, #f1f5f9);
  --_muted: var(--auth-color-muted, #cbd5e1);
  --_border: var(--auth-color-border, #64748b);
  --_primary: var(--auth-color-primary, #93c5fd);
  --_on-primary: var(--auth-color-on-primary, #0f172a);
  --_danger: var(--auth-color-danger, #fca5a5);
  --_danger-bg: var(--auth-color-danger-background, #450a0a);
  --_success: var(--auth-color-success, #86efac);
  --_success-bg: var(--auth-color-success-background, #052e16);
  --_focus: var(--auth-color-focus, #93c5fd);
`;

/** The kit's focus ring: every element's links and buttons, in shadow and light DOM. */
const focusRing = css`
  outline: 2px solid var(--_focus);
  outline-offset: 2px;
`;

/** The kit's links: in the card's footer (shadow) and inside the forms (light DOM). */
const linkLook = css`
  color: var(--_primary);
  font-weight: 600;
  text-underline-offset: 0.2em;
`;

/** A list without bullets or indentation, its items stacked with a small gap. */
export const plainList = css`
  display: flex;
  flex-direction: column;
  gap: 0.5rem;
  margin: 0;
  padding: 0;
  list-style: none;
`;

/** A borderless icon button (show/hide password, dismiss). */
export const iconButton = css`
  display: grid;
  place-items: center;
  padding: 0;
  color: var(--_muted);
  background: transparent;
  border: 0;
  border-radius: calc(var(--_radius) - 2px);
  cursor: pointer;
`;

/** Tokens, light and dark (`prefers-color-scheme`, or forced with `theme="light|dark"`). */
export const tokens = css`
  :host {
    ${light}
    --_radius: var(--auth-radius, 0.5rem);
    --_gap: var(--auth-spacing, 1rem);
    --_font: var(--auth-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_control-height: var(--auth-control-height, 2.75rem);
    color-scheme: light;
    font-family: var(--_font);
    color: var(--_text);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
      color-scheme: dark;
    }
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none !important;
  }
  a:focus-visible,
  button:focus-visible {
    ${focusRing}
  }
`;

/** The card every form element draws in its shadow root. */
export const cardStyles = css`
  :host {
    display: block;
    max-inline-size: var(--auth-max-width, 26rem);
    margin-inline: auto;
  }
  [part~='base'] {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    padding: calc(var(--_gap) * 2);
    background: var(--_bg);
    border: 1px solid var(--auth-card-border-color, color-mix(in srgb, var(--_border) 45%, transparent));
    border-radius: calc(var(--_radius) * 1.5);
    box-shadow: var(--auth-card-shadow, 0 10px 30px -12px rgb(0 0 0 / 0.25));
  }
  [part~='header'] {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
  }
  [part~='title'] {
    margin: 0;
    font-size: var(--auth-title-font-size, 1.5rem);
    font-weight: 650;
    line-height: 1.25;
  }
  [part~='description'],
  [part~='footer'] {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375rem;
    line-height: 1.5;
  }
  [part~='footer'] {
    text-align: center;
  }
  [part~='link'] {
    ${linkLook}
  }
  [part~='link']:focus-visible {
    border-radius: 2px;
  }
  [part~='error'],
  [part~='status'] {
    display: none;
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    border-inline-start: 4px solid;
    line-height: 1.4;
    overflow-wrap: anywhere;
  }
  [part~='error'].active {
    display: block;
    color: var(--_danger);
    background: var(--_danger-bg);
  }
  [part~='status'].active {
    display: block;
    color: var(--_success);
    background: var(--_success-bg);
  }
  [part~='error-title'] {
    display: block;
    font-weight: 650;
  }
`;

/** The look of a text input: the kit's own, and the ones a page adds to `<auth-register>`. */
export const inputLook = css`
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: var(--_control-height);
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    font: inherit;
    font-weight: 400;
    color: var(--_text);
    background: var(--auth-input-background, var(--_surface));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
`;

/**
 * The elements whose light DOM holds a kit form: the one list the light-DOM form rules are
 * scoped to. A new form screen adds its tag here.
 */
export const FORM_HOSTS: readonly string[] = ['auth-login', 'auth-register', 'auth-forgot-password', 'auth-update-password', 'auth-two-factor', 'auth-verify-email', 'auth-change-password', 'auth-change-email', 'auth-delete-account', 'auth-two-factor-setup'];

const hosts = unsafeCSS(`:where(${FORM_HOSTS.join(', ')})`);

/**
 * Styles of the light-DOM form (labels, inputs, buttons). It lives in the light DOM so password
 * managers can see it, so these rules are adopted into the element's root (document or shadow
 * root) as a constructed sheet (strict-CSP safe). Everything is inside `:where()` so any page
 * rule wins without a specificity fight; the stable hooks are the `data-part` attributes.
 */
export const formStyles = css`
  ${hosts} :where([data-part~='form']) {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    margin: 0;
  }
  ${hosts} :where([data-part~='field']) {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
  }
  ${hosts} :where([data-part~='label']) {
    font-weight: 600;
    font-size: 0.9375rem;
  }
  ${hosts} :where([data-part~='control']) {
    position: relative;
    display: flex;
  }
  ${hosts} :where([data-part~='input']) {
    ${inputLook}
  }
  ${hosts} :where([data-part~='code-input']) {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.2em;
  }
  ${hosts} :where([data-part~='hint']) {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  ${hosts} :where([data-part~='control'] > [data-part~='input']:not(:last-child)) {
    padding-inline-end: 3rem;
  }
  ${hosts} :where([data-part~='input'][aria-invalid='true']) {
    border-color: var(--_danger);
  }
  ${hosts} :where([data-part~='input']:focus-visible, button:focus-visible, a:focus-visible) {
    ${focusRing}
  }
  ${hosts} :where([data-part~='toggle']) {
    ${iconButton}
    position: absolute;
    inset-block: 0.25rem;
    inset-inline-end: 0.25rem;
    inline-size: 2.5rem;
  }
  ${hosts} :where([data-part~='toggle'] svg) {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }
  ${hosts} :where([data-part~='field-error']) {
    color: var(--_danger);
    font-size: 0.875rem;
  }
  ${hosts} :where([data-part~='row']) {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  ${hosts} :where([data-part~='checkbox']) {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
  }
  ${hosts} :where([data-part~='checkbox'] input) {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  ${hosts} :where([data-part~='link']) {
    ${linkLook}
  }
  ${hosts} :where([data-part~='submit']) {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: var(--_control-height);
    padding-inline: 1rem;
    font: inherit;
    font-weight: 650;
    color: var(--_on-primary);
    background: var(--_primary);
    border: 0;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  ${hosts} :where([data-part~='submit']:disabled) {
    opacity: 0.65;
    cursor: progress;
  }
  ${hosts} :where([data-part~='hidden-username']) {
    display: none;
  }
`;

/**
 * The outlined secondary button drawn in shadow DOM (provider buttons, "send again", logout).
 * Elements put `class="secondary"` next to the button's documented part; the class is internal.
 */
export const secondaryButtonStyles = css`
  .secondary {
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
  .secondary:hover:not(:disabled) {
    border-color: var(--_primary);
    color: var(--_primary);
  }
  .secondary:disabled {
    opacity: 0.65;
    cursor: progress;
  }
`;
