import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getAuthStrings, onAuthStringsChange, type AuthStrings } from './strings.js';

/** Re-renders its host when the page-wide strings change and merges in the element's own. */
export class StringsController implements ReactiveController {
  #unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly own: () => Partial<AuthStrings> | undefined,
  ) {
    host.addController(this);
  }

  /** English, overridden by the page-wide strings, overridden by the element's `strings`. */
  get value(): AuthStrings {
    const own = this.own();
    return own ? { ...getAuthStrings(), ...own } : getAuthStrings();
  }

  hostConnected(): void {
    this.#unsubscribe = onAuthStringsChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
  }
}
