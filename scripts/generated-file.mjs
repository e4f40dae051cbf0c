// The one way generated files (custom-elements.json, the Vue typings, the Angular directives)
// are written or, with `--check`, compared with what is committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes `text` to `path`, or with `check` exits with one line when the file differs.
 * @param {{ path: string, text: string, check: boolean, source: string, summary?: string }} file
 */
export function writeOrCheck({ path, text, check, source, summary }) {
  if (!check) {
    mkdirSync(dirname(path), { recursive: true }); // `npx auth-elements-angular src/app/auth/x.ts` in a fresh app
    writeFileSync(path, text);
    console.log(`wrote ${path}${summary ? ` (${summary})` : ''}`);
    return;
  }
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    /* missing counts as stale */
  }
  if (current !== text) {
    console.error(`${path} is out of date with ${source}: run \`npm run analyze\` and commit it.`);
    process.exit(1);
  }
  console.log(`${path} is current.`);
}
