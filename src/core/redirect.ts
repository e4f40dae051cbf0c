/**
 * The one validator every navigation target passes: `?to=`, a path a provider resolved, a
 * `redirectPath`/`redirectTo` it rejected or returned. Only same-origin targets survive;
 * everything else (another origin, `javascript:`, `//evil`, `/\evil`, `/.//evil`, tabs and newlines that
 * browsers strip while parsing) is refused so the caller can fall back to its default.
 */

// C0 controls, DEL, and the C1 range: URL parsers drop or reinterpret them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Returns the target as a same-origin path (`/path?search#hash`), or `undefined` when it is
 * unsafe or not a string.
 *
 * @param target a value from a provider or the URL
 * @param base the current page URL (its origin is the only one accepted; relative targets
 *   resolve against it)
 */
export function safeRedirect(target: unknown, base: string): string | undefined {
  if (typeof target !== 'string') return undefined;
  const value = target.trim();
  if (!value || CONTROL.test(value) || value.includes('\\')) return undefined;
  // Scheme-relative targets are another host; refuse them even before parsing.
  if (value.startsWith('//')) return undefined;
  let baseUrl: URL;
  let url: URL;
  try {
    baseUrl = new URL(base);
    url = new URL(value, baseUrl);
  } catch {
    return undefined;
  }
  if (url.origin !== baseUrl.origin || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return undefined;
  }
  // Credentials in a same-origin URL are never what a redirect meant.
  if (url.username || url.password) return undefined;
  // Dot segments can collapse to a path starting with `//` (`/.//evil.com`, `/a/..//evil.com`),
  // which a router or `location.assign` would read as scheme-relative: another host.
  if (url.pathname.startsWith('//')) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Builds `loginPath?to=<path+search>` for a guard that found no session. */
export function loginRedirect(loginPath: string, returnParam: string, current: { pathname: string; search: string }): string {
  const [path, query = ''] = loginPath.split('?');
  const params = new URLSearchParams(query);
  params.set(returnParam, `${current.pathname}${current.search}`);
  return `${path}?${params.toString()}`;
}
