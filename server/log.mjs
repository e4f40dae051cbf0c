// What the demo server prints. Values from requests (addresses, links, better-auth's quotes of
// a request) may carry terminal escapes or line breaks that would repaint the console or forge
// a log line: they are shown escaped, `\x1b` as the four characters `\x1b`.

// C0 controls (tab and newline too: a value must stay on its line), DEL, C1 controls, the
// Unicode line and paragraph separators, and the bidi controls that reorder what is shown.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Escapes the characters of `value` that a terminal would act on instead of showing. */
export function consoleSafe(value) {
  return String(value).replace(UNSAFE, (c) => {
    if (NAMED[c]) return NAMED[c];
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * better-auth's `logger` option, printing through `log` with every line escaped (better-auth
 * quotes request values: "Invalid redirectURL: <what the client sent>").
 *
 * @param {(line: string) => void} log
 * @param {'error' | 'warn' | 'info' | 'debug'} level the lowest level shown
 */
export function betterAuthLogger(log, level) {
  return {
    level,
    log(kind, message, ...args) {
      const parts = [message, ...args].map((part) => (typeof part === 'string' ? part : safeJson(part)));
      // better-auth ends some messages with a newline of its own; the line ends anyway.
      log(`better-auth ${kind}: ${consoleSafe(parts.join(' ').replace(/\s+$/, ''))}`);
    },
  };
}

function safeJson(value) {
  try {
    return value instanceof Error ? (value.stack ?? value.message) : JSON.stringify(value);
  } catch {
    return String(value);
  }
}
