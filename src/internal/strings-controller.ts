import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onAuthStringsChange, resolveAuthStrings, type AuthStrings, type AuthStringsOverrides } from './strings.js';

/**
 * The `lang` that applies to a node: its own or its nearest ancestor's, crossing shadow roots
 * (an element inside another element's shadow DOM speaks the language of that element's page).
 */
export function langOf(node: Node): string | undefined {
  for (let current: Node | null = node; current; ) {
    if (current.nodeType === 1 && (current as Element).hasAttribute('lang')) return (current as Element).getAttribute('lang') ?? undefined;
    current = current.parentNode ?? (current as ShadowRoot).host ?? null;
  }
  return undefined;
}

// One observer for the whole page: `lang` changes anywhere in the light DOM re-render the
// elements (a page that switches `<html lang>` at run time). Shadow roots are not observed:
// elements rendered inside another element re-render with their host.
const langListeners = new Set<() => void>();
let langObserver: MutationObserver | undefined;

function watchLang(listener: () => void): () => void {
  langListeners.add(listener);
  if (!langObserver && typeof MutationObserver === 'function' && typeof document !== 'undefined') {
    langObserver = new MutationObserver(() => {
      for (const notify of [...langListeners]) notify();
    });
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    langListeners.delete(listener);
    if (langListeners.size === 0) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  };
}

/**
 * The strings of one element: English, then the registered locale its `lang` selects, then the
 * page-wide strings, then the element's own. Re-renders its host when any of them change.
 */
export class StringsController implements ReactiveController {
  #unsubscribe: Array<() => void> = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly own: () => AuthStringsOverrides | undefined,
  ) {
    host.addController(this);
  }

  /** The strings to render with now. */
  get value(): AuthStrings {
    const host = this.host as unknown as Partial<Node>;
    return resolveAuthStrings(typeof host.nodeType === 'number' ? langOf(host as Node) : undefined, this.own());
  }

  hostConnected(): void {
    const update = () => this.host.requestUpdate();
    this.#unsubscribe = [onAuthStringsChange(update), watchLang(update)];
  }

  hostDisconnected(): void {
    for (const unsubscribe of this.#unsubscribe) unsubscribe();
    this.#unsubscribe = [];
  }
}
