// The one way generated files (custom-elements.json, the Vue typings, the Angular directives)
// are written or, with `--check`, compared with what is committed.
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes `text` to `path`, or with `check` exits with one line when the file differs.
 * @param {{ path: string, text: string, check: boolean, source: string, summary?: string }} file
 */
export function writeOrCheck({ path, text, check, source, summary }) {
  if (!check) {
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
