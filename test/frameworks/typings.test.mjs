// The framework typings reject wrong bindings: each demo has a fixture with deliberate mistakes
// that its type-checker must report (and a correct twin that must pass, so the failures come
// from the mistakes, not from the setup). Needs `npm ci` in demo/vue and demo/angular.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function run(cwd, bin, args) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root + cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
   
  return { status: result.status, output: (result.stdout + result.stderr).replace(/\x1b\[[0-9;]*m/g, '') };
}

test('src/frameworks/vue-elements.ts is current with custom-elements.json', () => {
  const { status, output } = run('', 'scripts/vue-types.mjs', ['--check']);
  assert.equal(status, 0, output);
});

test('vue-tsc (strictTemplates) rejects a misspelled prop, a wrong handler and a wrong prop type', () => {
  const { status, output } = run('demo/vue', 'node_modules/vue-tsc/bin/vue-tsc.js', ['--noEmit', '-p', 'tsconfig.fixtures.json']);
  assert.notEqual(status, 0, `vue-tsc passed the wrong fixture:\n${output}`);
  assert.match(output, /WrongBinding\.vue\(13,\d+\): error TS2561: .*'registerLnk' does not exist.*Did you mean to write 'registerLink'\?/);
  assert.match(output, /WrongBinding\.vue\(15,\d+\): error TS2322: Type '\(event: AuthRedirectEvent\) => void' is not assignable to type '\(event: AuthErrorEvent\) => void'/);
  assert.match(output, /WrongBinding\.vue\(17,\d+\): error TS2322: Type 'string' is not assignable to type 'boolean \| undefined'/);
  assert.doesNotMatch(output, /RightBinding\.vue/, 'the correct fixture must type-check');
  assert.equal(output.match(/error TS/g)?.length, 3, output);
});

test('demo/angular/src/app/auth-elements.ts (the generated directives) is current with custom-elements.json', () => {
  const { status, output } = run('', 'scripts/angular-directives.mjs', ['demo/angular/src/app/auth-elements.ts', '--manifest', 'custom-elements.json', '--check']);
  assert.equal(status, 0, output);
});

test('Angular strictTemplates (ngc) rejects a wrong auth-error handler, a misspelled property and a mistyped one', () => {
  const { status, output } = run('demo/angular', 'node_modules/@angular/compiler-cli/bundles/src/bin/ngc.js', ['-p', 'tsconfig.fixtures.json']);
  assert.notEqual(status, 0, `ngc passed the wrong fixture:\n${output}`);
  assert.match(output, /wrong-binding\.component\.ts:15:\d+ - error TS2345: Argument of type 'AuthErrorEvent' is not assignable to parameter of type 'AuthRedirectEvent'/);
  assert.match(output, /wrong-binding\.component\.ts:16:\d+ - error NG8002: Can't bind to 'provider' since it isn't a known property of 'auth-login'/);
  assert.match(output, /wrong-binding\.component\.ts:17:\d+ - error TS2322: Type 'string' is not assignable to type 'readonly AuthLoginProvider\[\]/);
  assert.doesNotMatch(output, /right-binding\.component\.ts/, 'the correct fixture must compile');
  assert.equal(output.match(/error (TS|NG)\d+/g)?.length, 3, output);
});
