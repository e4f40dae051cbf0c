// `npm run analyze` writes custom-elements.json; `--check` (run by `npm run build`) fails when
// the committed manifest no longer matches the source, so the documented API cannot drift.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeOrCheck } from './generated-file.mjs';

const check = process.argv.includes('--check');
const cli = join('node_modules', '@custom-elements-manifest', 'analyzer', 'cem.js');
// The analyzer resolves --outdir against the working directory (an absolute path is not
// honoured), so the scratch directory must be a relative one.
const outdir = check ? mkdtempSync(join('node_modules', '.cem-check-')) : '.';
execFileSync(process.execPath, [cli, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (check) {
  const text = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  rmSync(outdir, { recursive: true, force: true });
  writeOrCheck({ path: 'custom-elements.json', text, check, source: "the elements' JSDoc" });
} else {
  console.log('wrote custom-elements.json');
}
