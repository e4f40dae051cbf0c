import type { CSSResult } from 'lit';

const adopted = new WeakMap<Document | ShadowRoot, Set<CSSResult>>();

/**
 * Adopts `styles` into the root node of `element` once per root. Used for the light-DOM form,
 * which the element's shadow styles cannot reach. Constructed sheets need no `<style>` tag, so
 * strict CSP (no `unsafe-inline`) keeps working.
 */
export function adoptStyles(element: Element, styles: CSSResult): void {
  const root = element.getRootNode();
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  let done = adopted.get(root);
  if (done?.has(styles)) return;
  const sheet = styles.styleSheet;
  if (!sheet) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  if (!done) adopted.set(root, (done = new Set()));
  done.add(styles);
}
