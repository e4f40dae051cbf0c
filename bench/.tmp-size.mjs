import { build } from 'esbuild';
import { brotliCompressSync, constants } from 'node:zlib';
const root = '/work/wt/layer/';
const r = await build({ stdin: { contents: `import './src/components/auth-login/auth-login.ts'; export { configureAuth } from './src/core/index.ts';`, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' }, bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, legalComments: 'none', tsconfig: `${root}tsconfig.json`, conditions: ['production'], metafile: true });
const code = r.outputFiles[0].contents;
console.log('brotli', (brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length/1024).toFixed(3));
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([k,v])=>[v.bytesInOutput,k]).sort((a,b)=>b[0]-a[0]);
for (const [b,k] of rows.slice(0,30)) console.log(b, k);
