/**
 * Query-string helpers. They read `globalThis.location` lazily, so importing this module on a
 * server is safe; on a server they see an empty query.
 */

/** Reads every query parameter of `search` (default: the current page's) into a plain object. */
export function getQueryParams(search?: string): Record<string, string> {
  const source = search ?? globalThis.location?.search ?? '';
  const params: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(source)) {
    // The first occurrence wins, as refine's query parsing does for scalar params.
    if (!(key in params)) params[key] = value;
  }
  return params;
}

/** Reads one query parameter of the current page, or `null`. */
export function getQueryParam(name: string, search?: string): string | null {
  return new URLSearchParams(search ?? globalThis.location?.search ?? '').get(name);
}

/**
 * Removes the named parameters from the address bar with `history.replaceState`, so a reset
 * token cannot leak through history, bookmarks or the `Referer` header. Keeps the path, other
 * parameters, the hash and the history state. Returns whether anything was removed.
 */
export function removeQueryParams(names: readonly string[]): boolean {
  const location = globalThis.location;
  const history = globalThis.history;
  if (!location || !history) return false;
  const url = new URL(location.href);
  let removed = false;
  for (const name of names) {
    if (url.searchParams.has(name)) {
      url.searchParams.delete(name);
      removed = true;
    }
  }
  if (removed) history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
  return removed;
}
