import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getQueryParams, removeQueryParams } from '../core/url.js';

/**
 * Reads the page's query parameters once, when its host first connects, and removes the
 * secret ones from the address bar (`history.replaceState`) so they cannot leak through
 * history, bookmarks or the `Referer` header. Moving the host around keeps what it read.
 */
export class QueryParamsController implements ReactiveController {
  #params: Readonly<Record<string, string>> = {};
  #read = false;

  /** @param secrets the names to remove from the address bar after reading. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly secrets: () => readonly string[],
  ) {
    host.addController(this);
  }

  /** The parameters read on first connect. */
  get params(): Readonly<Record<string, string>> {
    return this.#params;
  }

  hostConnected(): void {
    if (this.#read) return;
    this.#read = true;
    this.#params = getQueryParams();
    this.scrub();
    this.host.requestUpdate();
  }

  /** Removes the secret parameters from the address bar again (call it when they change). */
  scrub(): void {
    if (this.#read) removeQueryParams([...this.secrets()]);
  }
}
