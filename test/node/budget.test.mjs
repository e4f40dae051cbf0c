// The size budget: every public entry of the published build (dist/, which `npm run test:node`
// builds first), bundled as an app would (bench/sizes.mjs), must fit under its two ceilings in
// bench/budget.json: `brotli`, what a page loads at once, and `totalBrotli`, with the parts it
// loads on demand. Sizes are deterministic for a given tree and tool versions,
// so this is a check, not a timing. A feature that grows an entry raises its ceiling on purpose
// (`npm run bench -- --update-budget`), in the same commit, where a reviewer sees it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ENTRIES, measure, measureEntries } from '../../bench/sizes.mjs';

const budget = JSON.parse(await readFile(new URL('../../bench/budget.json', import.meta.url), 'utf8'));

test('every public entry fits its brotli ceiling in bench/budget.json', { timeout: 120_000 }, async () => {
  const sizes = await measureEntries();
  assert.ok(sizes.length >= 4, 'the login, register, guard, kit and core entries are measured');
  const over = [];
  for (const s of sizes) {
    const ceiling = budget[s.id];
    if (!ceiling) continue;
    if (!(s.brotli <= ceiling.brotli)) over.push(`${s.name}: ${s.brotli} B brotli at first load > ceiling ${ceiling.brotli} B`);
    if (!(s.totalBrotli <= ceiling.totalBrotli)) over.push(`${s.name}: ${s.totalBrotli} B brotli with on-demand parts > ceiling ${ceiling.totalBrotli} B`);
  }
  assert.deepEqual(over, []);
  // Every measured entry has a ceiling, and every ceiling names an entry.
  assert.deepEqual(sizes.filter((s) => !budget[s.id]).map((s) => s.id), []);
  const ids = new Set(ENTRIES.map((e) => e.id));
  assert.deepEqual(Object.keys(budget).filter((id) => !ids.has(id)), []);
});

test('a part loaded with import() counts in the total, not in what the page loads at once', { timeout: 120_000 }, async () => {
  // The core at once, <auth-forgot-password> only when asked for (as <auth-login> loads its
  // second-factor and check-your-inbox steps). An element that loads nothing on demand itself:
  // <auth-register> imports <auth-verify-email> lazily, so bundling it lazily splits the shared
  // code into one more file and the initial figure is no longer "the core and the loader only".
  const lazy = await measure({ id: 'lazy', name: 'lazy', source: `export { configureAuth } from './dist/core.js'; export const later = () => import('./dist/components/forgot-password.js');` });
  const core = await measure({ id: 'core', name: 'core', source: `export { configureAuth } from './dist/core.js';` });
  const eager = await measure({ id: 'eager', name: 'eager', source: `export { configureAuth } from './dist/core.js'; import './dist/components/forgot-password.js';` });
  // The core has on-demand parts of its own (session-watch, actions): they are the same in all three.
  assert.ok(lazy.files.onDemand > core.files.onDemand, JSON.stringify({ lazy: lazy.files, core: core.files }));
  assert.ok(lazy.brotli < core.brotli + 300, `initial ${lazy.brotli} B: the core (${core.brotli} B) and the loader only`);
  assert.ok(lazy.totalBrotli > eager.brotli - 1000, `total ${lazy.totalBrotli} B holds the forgot-password page too (${eager.brotli} B at once)`);
  assert.equal(eager.files.onDemand, core.files.onDemand);
  assert.equal(eager.totalBrotli - eager.brotli, core.totalBrotli - core.brotli);
});
