// npm 12 runs a dependency's install scripts only when package.json's `allowScripts` approves
// them. `npm install && npm start` needs better-sqlite3's native build and esbuild's binary
// check; the WebDriver downloads (edgedriver, geckodriver) need the internet and are denied.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall'];

/** Every installed package (nested and scoped too) that has an install script: name → versions. */
function packagesWithInstallScripts(dir = join(root, 'node_modules'), found = new Map()) {
  if (!existsSync(dir)) return found;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.name.startsWith('@')) {
      packagesWithInstallScripts(path, found);
      continue;
    }
    const manifest = join(path, 'package.json');
    if (existsSync(manifest)) {
      const { name, version, scripts = {} } = JSON.parse(readFileSync(manifest, 'utf8'));
      if (INSTALL_SCRIPTS.some((s) => scripts[s])) found.set(name, [...(found.get(name) ?? []), version]);
    }
    packagesWithInstallScripts(join(path, 'node_modules'), found);
  }
  return found;
}

test('allowScripts approves what npm start needs and denies the driver downloads', () => {
  const allow = pkg.allowScripts;
  assert.equal(typeof allow, 'object');
  // Name-only entries: the lockfile's next patch release of either must not be silently blocked.
  assert.equal(allow['better-sqlite3'], true);
  assert.equal(allow.esbuild, true);
  assert.equal(allow.edgedriver, false);
  assert.equal(allow.geckodriver, false);
  for (const [key, value] of Object.entries(allow)) assert.equal(typeof value, 'boolean', key);
});

test('every installed package with an install script has a decision in allowScripts', () => {
  const found = packagesWithInstallScripts();
  assert.ok(found.has('better-sqlite3') && found.has('esbuild'), [...found.keys()].join(', '));
  const undecided = [...found.keys()].filter((name) => !(name in pkg.allowScripts));
  assert.deepEqual(undecided, []);
  // Both esbuild versions in the tree are covered by the one name-only entry.
  assert.ok(found.get('esbuild').length >= 1);
});
