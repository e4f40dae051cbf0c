import type { AuthStore } from '../src/index.js';
type Mount = <T extends HTMLElement>(markup: string) => T;
type Settle = (el: Element & { updateComplete?: Promise<unknown> }) => Promise<void>;
/** Scenarios of guard, logout and notifications. */
export async function render(_shot: string, _mount: Mount, _settle: Settle, _store: AuthStore): Promise<boolean> {
  return false;
}
