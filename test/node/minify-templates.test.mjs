// The published build's template minifier (scripts/minify-templates.mjs): what it may change,
// what it must leave alone, and that every line keeps its number (the source maps rely on it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { minifyCss, minifyHtml, minifyTemplates } from '../../scripts/minify-templates.mjs';

test('css: white space goes where CSS ignores it, stays where it separates', () => {
  assert.equal(minifyCss('  a , b > c {  color: red ;  margin: 0 auto; }  '), 'a,b>c{color:red;margin:0 auto}');
  // Never removed before ":" (see below), which costs nothing in the kit's sources.
  assert.equal(minifyCss('a { color : red }'), 'a{color :red}');
  // A descendant combinator before a pseudo-class is not the pseudo-class of the element.
  assert.equal(minifyCss('a :hover { x: y }'), 'a :hover{x:y}');
  // Spaces around + and - are part of calc().
  assert.equal(minifyCss('width: calc(var(--a) + 2px - 1rem);'), 'width:calc(var(--a) + 2px - 1rem);');
  assert.equal(minifyCss('color: rgb(0 0 0 / 0.25);'), 'color:rgb(0 0 0 / 0.25);');
  assert.equal(minifyCss('display: none !important;'), 'display:none !important;');
});

test('css: comments go, quoted strings are kept as written', () => {
  assert.equal(minifyCss("/* a, b */ font-family: 'Segoe  UI' , \"a ; b }\";"), "font-family:'Segoe  UI',\"a ; b }\";");
  assert.equal(minifyCss("content: 'it\\'s  {';"), "content:'it\\'s  {';");
});

test('css: line breaks are kept, one per line, and the ";" before "}" goes across them', () => {
  assert.equal(minifyCss('\n  :host {\n    display: block;\n  }\n'), '\n:host{\ndisplay:block\n}\n');
  assert.equal(minifyCss('a {\n  /* one\n two */\n  b: c;\n}').split('\n').length, 5);
});

test('css: the ends of a part next to an interpolation keep the separation they need', () => {
  // `:host { ${light} --x: 1 }`: parts ":host { ", " --x: 1 }".
  assert.equal(minifyCss(':host { ', { last: false }), ':host{');
  // What the interpolation ends with is unknown here: the separating space stays.
  assert.equal(minifyCss(' --x: 1 }', { first: false }), ' --x:1}');
  // `margin: ${a} ${b};` keeps the space between the two values.
  assert.equal(minifyCss(' ', { first: false, last: false }), ' ');
  assert.equal(minifyCss('margin: ', { last: false }), 'margin:');
  assert.equal(minifyCss(' auto;', { first: false }), ' auto;');
});

test('html: white space runs with line breaks become those breaks; the rest is untouched', () => {
  assert.equal(minifyHtml('\n    <p part="x">\n      a  b\n    </p>\n  '), '\n<p part="x">\na  b\n</p>\n');
  assert.equal(minifyHtml('<b>a</b> <i>b</i>'), '<b>a</b> <i>b</i>');
});

test('templates: only css`` and html`` change, interpolations and nested templates are followed', () => {
  const source = [
    "const s = 'css`  a { b: c }  `';",
    '// html`  <p>  </p>  `',
    'const t = other`  a  { b: c }  `;',
    'const c = css`\n  :host {\n    ${x}\n    color: red;\n  }\n`;',
    'const h = html`\n  <p>${cond ? html`\n    <b>${"}"}</b>\n  ` : nothing}</p>\n`;',
  ].join('\n');
  const out = minifyTemplates(source);
  assert.equal(
    out,
    [
      "const s = 'css`  a { b: c }  `';",
      '// html`  <p>  </p>  `',
      'const t = other`  a  { b: c }  `;',
      'const c = css`\n:host{\n${x}\ncolor:red\n}\n`;',
      'const h = html`\n<p>${cond ? html`\n<b>${"}"}</b>\n` : nothing}</p>\n`;',
    ].join('\n'),
  );
});

test("templates: every source file of the kit keeps its line count (the TypeScript plugin's maps stay true)", () => {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.ts') && !path.endsWith('.test.ts')) files.push(path);
    }
  };
  walk(new URL('../../src', import.meta.url).pathname);
  let changed = 0;
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const out = minifyTemplates(source);
    assert.equal(out.split('\n').length, source.split('\n').length, file);
    if (out !== source) changed += 1;
  }
  assert.ok(changed >= 10, `templates found in ${changed} files`);
});
