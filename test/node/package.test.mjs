// What `npm pack` ships (after `npm run build`): every documented entry point resolves to a
// packed file with its types, and nothing is packed that no entry point can load (a stale chunk
// from an earlier build would ship as dead weight with a misleading hash).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const [{ files }] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
);
const packed = new Set(files.map((file) => file.path));

// The subpaths a user imports: every explicit key, `./*` for each element, `./locales/*` for each locale.
const subpaths = [
  ...Object.keys(pkg.exports).filter((key) => !key.includes('*')),
  ...readdirSync(new URL('src/components/', root)).map((dir) => `./${dir.replace(/^auth-/, '')}`),
  ...readdirSync(new URL('src/locales/', root)).map((file) => `./locales/${file.replace(/\.ts$/, '')}`),
];

/** Node's subpath-pattern matching: an exact key wins, else the longest matching `*` key. */
function resolveExport(subpath) {
  if (pkg.exports[subpath]) return pkg.exports[subpath];
  const key = Object.keys(pkg.exports)
    .filter((k) => k.includes('*'))
    .sort((a, b) => b.length - a.length)
    .find((k) => {
      const [head, tail] = k.split('*');
      return subpath.startsWith(head) && subpath.endsWith(tail) && subpath.length >= head.length + tail.length;
    });
  if (!key) return undefined;
  const [head, tail] = key.split('*');
  const match = subpath.slice(head.length, subpath.length - tail.length);
  const fill = (target) => (typeof target === 'string' ? target.replaceAll('*', match) : Object.fromEntries(Object.entries(target).map(([k, v]) => [k, fill(v)])));
  return fill(pkg.exports[key]);
}

const strip = (target) => target.replace(/^\.\//, '');

test('every export subpath resolves to packed JavaScript and packed types', () => {
  for (const subpath of subpaths) {
    const target = resolveExport(subpath);
    assert.ok(target, `${subpath} is not exported`);
    if (typeof target === 'string') {
      assert.ok(packed.has(strip(target)), `${subpath} → ${target} is not packed`);
      continue;
    }
    assert.ok(packed.has(strip(target.default)), `${subpath} → ${target.default} is not packed`);
    assert.ok(packed.has(strip(target.types)), `${subpath} → ${target.types} is not packed`);
  }
  for (const field of ['main', 'module', 'types']) assert.ok(packed.has(strip(pkg[field])), `${field}: ${pkg[field]} is not packed`);
});

/** Relative specifiers a built module or declaration file imports. */
function relativeImports(file) {
  const source = readFileSync(new URL(file, root), 'utf8');
  return [...source.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map(([, spec]) => posix.normalize(posix.join(posix.dirname(file), spec)));
}

test('every packed module is reachable from an export, and every relative import is packed', () => {
  const reached = new Set();
  const queue = subpaths.flatMap((subpath) => {
    const target = resolveExport(subpath);
    return typeof target === 'string' ? [strip(target)] : [strip(target.default), strip(target.types)];
  });
  while (queue.length) {
    const file = queue.pop();
    if (reached.has(file)) continue;
    reached.add(file);
    for (let spec of relativeImports(file)) {
      if (file.endsWith('.d.ts')) spec = spec.replace(/\.js$/, '.d.ts');
      assert.ok(packed.has(spec), `${file} imports ${spec}, which is not packed`);
      queue.push(spec);
    }
  }
  // Declarations of internal modules no public type mentions are harmless; modules are not.
  const unreachable = [...packed].filter((file) => file.startsWith('dist/') && file.endsWith('.js') && !reached.has(file));
  assert.deepEqual(unreachable, [], 'packed but never loaded (stale build output?)');
});

test('the custom elements manifest is importable through the exports map', () => {
  // Storybook and IDE tooling do `import manifest from 'auth-elements/custom-elements.json'`.
  const subpath = `./${strip(pkg.customElements)}`;
  assert.equal(resolveExport(subpath), pkg.customElements.startsWith('./') ? pkg.customElements : subpath);
  assert.ok(packed.has(strip(pkg.customElements)));
});
