// Build-time minification of Lit's tagged templates, for the published build (rollup.config.mjs).
// terser keeps template literals as written, so without this every css`` rule and every html``
// indentation ships as typed. Only the static parts of a template change, never `${…}`:
//   css``   comments go; whitespace runs become one space, and none next to { } ; , > or after :
//           (never before ":", which would turn `a :hover` into `a:hover`); the ";" before "}"
//           goes. Quoted strings are copied as they are.
//   html``  a whitespace run that holds line breaks becomes those breaks (HTML collapses runs of
//           white space to one anyway, and the kit renders no <pre> or <textarea> text).
// Line breaks stay in both, so every line of code keeps its number (see minifyCss).
// The sources stay readable; `test/node/minify-templates.test.mjs` pins these rules.

/**
 * Minifies one static part of a css`` template. `first`/`last`: the template's ends. Line breaks
 * are kept (one byte each, like the space they replace): code after a template stays on its line,
 * so the published source maps, which rollup keeps line by line, still point at the right place.
 */
export function minifyCss(text, { first = true, last = true } = {}) {
  let out = '';
  let i = 0;
  let space = false; // a pending whitespace run, written only where it matters
  let breaks = ''; // the line breaks that run held
  const tight = (ch) => ch === '{' || ch === '}' || ch === ';' || ch === ',' || ch === '>';
  // Whether a separator is needed between what is written and `next` (undefined: the part's end).
  const needed = (next) => {
    const prev = out.at(-1);
    if (prev === undefined) return !first && (next === undefined ? !last : !tight(next));
    if (next === undefined) return !last && !tight(prev) && prev !== ':';
    return !tight(prev) && prev !== ':' && !tight(next);
  };
  const flush = (next) => {
    if (space) out += breaks || (needed(next) ? ' ' : '');
    space = false;
    breaks = '';
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      breaks += text.slice(i, stop).replace(/[^\n]/g, '');
      i = stop;
      space = true;
      continue;
    }
    if (/\s/.test(ch)) {
      if (ch === '\n') breaks += ch;
      space = true;
      i += 1;
      continue;
    }
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += text[j] === '\\' ? 2 : 1;
      flush(ch);
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '}') {
      // The ";" before "}" goes, even across the line breaks kept.
      const kept = breaks;
      space = false;
      breaks = '';
      out = out.replace(/;(\n*)$/, '$1') + kept;
    } else {
      flush(ch);
    }
    out += ch;
    i += 1;
  }
  flush(undefined);
  return out;
}

/** Minifies one static part of an html`` template: a run of white space with line breaks becomes those breaks. */
export function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, (run) => run.replace(/[^\n]/g, ''));
}

/**
 * Finds every css`…` and html`…` tagged template in a module's source and minifies its static
 * parts. A small scanner, not a parser: it skips strings, comments and nested templates, which
 * is all the kit's sources need (a template it cannot follow is left as it is).
 */
export function minifyTemplates(source, edits = []) {
  let out = '';
  let i = 0;
  const n = source.length;
  // Copies a string or comment starting at i; returns the index after it.
  const skipQuoted = (at) => {
    const q = source[at];
    let j = at + 1;
    while (j < n && source[j] !== q) j += source[j] === '\\' ? 2 : 1;
    return j + 1;
  };
  // Parses a template literal whose backtick is at `at`: its static parts and the raw `${…}` between.
  const readTemplate = (at) => {
    const parts = [];
    const exprs = [];
    let j = at + 1;
    let start = j;
    while (j < n) {
      if (source[j] === '\\') { j += 2; continue; }
      if (source[j] === '`') { parts.push(source.slice(start, j)); return { parts, exprs, end: j + 1 }; }
      if (source[j] === '$' && source[j + 1] === '{') {
        parts.push(source.slice(start, j));
        const e = skipExpression(j + 2);
        exprs.push(source.slice(j, e));
        j = e;
        start = j;
        continue;
      }
      j += 1;
    }
    return null;
  };
  // From inside `${`, returns the index after its closing `}`.
  const skipExpression = (at) => {
    let depth = 1;
    let j = at;
    while (j < n && depth > 0) {
      const ch = source[j];
      if (ch === '"' || ch === "'") { j = skipQuoted(j); continue; }
      if (ch === '`') { const t = readTemplate(j); j = t ? t.end : n; continue; }
      if (ch === '{') depth += 1;
      else if (ch === '}') depth -= 1;
      j += 1;
    }
    return j;
  };
  while (i < n) {
    const ch = source[i];
    if (ch === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? n : end;
      out += source.slice(i, stop);
      i = stop;
      continue;
    }
    if (ch === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      out += source.slice(i, stop);
      i = stop;
      continue;
    }
    if (ch === '"' || ch === "'") {
      const end = skipQuoted(i);
      out += source.slice(i, end);
      i = end;
      continue;
    }
    if (ch === '`') {
      const tag = /\b(css|html)\s*$/.exec(source.slice(Math.max(0, i - 8), i))?.[1];
      const t = readTemplate(i);
      if (!t) { out += source.slice(i); break; }
      if (!tag) {
        out += source.slice(i, t.end);
      } else {
        const last = t.parts.length - 1;
        const parts = t.parts.map((p, k) =>
          tag === 'css' ? minifyCss(p, { first: k === 0, last: k === last }) : minifyHtml(p),
        );
        // Nested templates inside expressions (html`${x ? html`…` : nothing}`) get the same treatment.
        const exprs = t.exprs.map((e) => `\${${minifyTemplates(e.slice(2, -1))}}`);
        const text = '`' + parts.map((p, k) => p + (exprs[k] ?? '')).join('') + '`';
        edits.push({ start: i, end: t.end, text });
        out += text;
      }
      i = t.end;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}

/** The rollup plugin: runs on the kit's TypeScript sources before they are compiled. */
export function minifyTemplatesPlugin() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html)\s*`/.test(code)) return null;
      const minified = minifyTemplates(code);
      // No map of its own: every line keeps its number (see minifyCss), so the TypeScript
      // plugin's map still finds each line.
      return minified === code ? null : { code: minified, map: null };
    },
  };
}
