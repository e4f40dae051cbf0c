// `npx auth-elements-angular <out.ts>` as an app runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url);

test('writes the directives into a folder that does not exist yet', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'auth-elements-angular-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const out = join(dir, 'src', 'app', 'auth-elements.ts');
  const { status, stderr } = spawnSync(process.execPath, ['scripts/angular-directives.mjs', out, '--manifest', 'custom-elements.json'], { cwd: root, encoding: 'utf8' });
  assert.equal(status, 0, stderr);
  assert.ok(existsSync(out));
});
