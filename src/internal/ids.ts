let next = 0;

/**
 * A document-unique id. Light-DOM ids live in the page's id space, so two forms on one page
 * must never share one (label `for`, `aria-describedby` and the submit button's `form`).
 */
export function uniqueId(prefix: string): string {
  next += 1;
  return `${prefix}-${next}`;
}
