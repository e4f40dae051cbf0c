/**
 * Registers a custom element once. Safe to import twice (two bundles, HMR) and on a server,
 * where Lit's DOM shim provides the registry.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (registry && !registry.get(tag)) registry.define(tag, constructor);
}
