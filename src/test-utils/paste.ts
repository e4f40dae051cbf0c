/**
 * Pastes `text` into `target` the way a browser does: a cancelable `paste` event whose
 * `clipboardData` holds the text, so the element's own paste handling runs.
 *
 * Why not just `new ClipboardEvent('paste', { clipboardData })`: Firefox ignores the
 * `clipboardData` of a synthetic ClipboardEvent (the event then carries none), so the data is
 * set on the event itself when the engine dropped it. Returns `dispatchEvent`'s answer (false
 * when a handler called `preventDefault`).
 */
export function paste(target: EventTarget, text: string): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  if (event.clipboardData?.getData('text/plain') !== text) {
    Object.defineProperty(event, 'clipboardData', { value: data });
  }
  return target.dispatchEvent(event);
}
