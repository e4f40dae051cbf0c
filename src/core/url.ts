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
  // Filter the raw pairs rather than re-serialising `searchParams`, which would rewrite the
  // params we keep (`%20` → `+`, `~` → `%7E`, `flag` → `flag=`) behind the app's back.
  const kept: string[] = [];
  let removed = false;
  for (const pair of url.search.slice(1).split('&')) {
    if (!pair) continue;
    if (names.includes(decodeName(pair.split('=')[0]))) removed = true;
    else kept.push(pair);
  }
  if (!removed) return false;
  const search = kept.length ? `?${kept.join('&')}` : '';
  // An absolute URL, never `pathname + search`: a path starting with `//` would be read as a
  // protocol-relative URL naming another host, and replaceState would throw a SecurityError.
  const here = new URL(url.href);
  here.search = '';
  here.hash = '';
  try {
    history.replaceState(history.state, '', `${here.href}${search}${url.hash}`);
  } catch (error) {
    // The token is still in the address bar: say so where developers look, without breaking
    // the element that asked.
    report(new Error(`auth-elements: could not remove ${names.join(', ')} from the address bar`, { cause: error }));
    return false;
  }
  return true;
}

/**
 * Reports an error of the app's (a callback, a router, the address bar) as uncaught, so it
 * reaches the console and error trackers, without breaking the caller.
 * @internal
 */
export function report(error: unknown): void {
  queueMicrotask(() => {
    throw error;
  });
}

/** A query key as `URLSearchParams` reads it (`+` is a space; a malformed escape stays as written). */
function decodeName(raw: string): string {
  const spaced = raw.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}
