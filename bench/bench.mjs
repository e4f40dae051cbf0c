// `npm run bench`: the kit's performance report, one table on stdout and bench/report.json.
//   size     each public entry of the published build (dist/: run `npm run build` first)
//            minified + gzip + brotli, with what it pulls in, what a page loads at once and
//            with its on-demand parts (bench/sizes.mjs), against bench/budget.json (the
//            ceilings `npm test` enforces)
//   render   headless Chromium: navigation start → visible password input of <auth-login>, the
//            median of interleaved cold loads, as a ratio to a bare Lit form with the same inputs
//   memory   JS heap after rendering the login page; heap growth across 1,000 mount/unmount
//            cycles of each element (store subscriptions, and the guard's checks, included)
//   store    core overhead per action (Node), and the provider calls 50 guards + 10 forms cause
// Timings are reported, never asserted. `--update-budget` rewrites bench/budget.json from this run;
// `--size-only` measures the sizes alone (no browser), e.g. `npm run bench -- --size-only --update-budget`.
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../scripts/find-browser.mjs';
import { LIT, bundle, measure, measureEntries } from './sizes.mjs';

const root = new URL('..', import.meta.url).pathname;
const KiB = 1024;
const sizeOnly = process.argv.includes('--size-only');
const LOADS = Number(process.env.BENCH_LOADS ?? 15);
const CYCLES = Number(process.env.BENCH_CYCLES ?? 1000);
const rows = [];
const report = { date: new Date().toISOString(), size: {}, render: {}, memory: {}, store: {} };
const row = (section, name, value, note = '') => rows.push({ section, name, value, note });
const kib = (bytes) => `${(bytes / KiB).toFixed(2)} KiB`;

/* ------------------------------------------------------------------ size */
const budgetFile = new URL('budget.json', import.meta.url);
const budget = JSON.parse(await readFile(budgetFile, 'utf8').catch(() => '{}'));
const sizes = await measureEntries();
const verdict = (value, ceiling) => (ceiling === undefined ? 'no ceiling' : value <= ceiling ? `≤ ${kib(ceiling)} ceiling` : `OVER ${kib(ceiling)} ceiling`);
for (const s of sizes) {
  const ceiling = budget[s.id];
  report.size[s.id] = { ...s, ceiling };
  row('size (brotli)', `${s.name}, initial`, kib(s.brotli), `${kib(s.min)} min, ${kib(s.gzip)} gzip; ${verdict(s.brotli, ceiling?.brotli)}`);
  row('size (brotli)', `  … with on-demand parts`, kib(s.totalBrotli), `${kib(s.totalMin)} min, ${s.files.onDemand} on-demand file(s); ${verdict(s.totalBrotli, ceiling?.totalBrotli)}`);
}
const lit = await measure(LIT);
report.size.lit = lit;
row('size (brotli)', lit.name, kib(lit.brotli), `${kib(lit.min)} min`);

// Where the login page's bytes come from (minified bytes per source file, before compression).
// From the sources, not dist/ (whose chunks mix files), so before the build's template
// minification: a guide to where bytes are, not the figure the budget checks.
const loginMeta = await build({
  stdin: { contents: `import './src/components/auth-login/auth-login.ts'; export { configureAuth } from './src/core/index.ts';`, resolveDir: root, loader: 'ts' },
  bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, metafile: true, legalComments: 'none',
  tsconfig: `${root}tsconfig.json`, conditions: ['production'], logLevel: 'silent',
});
const groups = {};
for (const [file, info] of Object.entries(Object.values(loginMeta.metafile.outputs)[0].inputs)) {
  const group = file.includes('node_modules/')
    ? file.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1')
    : file.replace(/^src\/(core|internal|events|components\/[^/]+)\/.*$/, 'src/$1').replace(/^(src\/core)$/, '$1') + (file.startsWith('src/core/') ? `:${file.slice(9)}` : '');
  groups[group] = (groups[group] ?? 0) + info.bytesInOutput;
}
report.size.loginBreakdown = Object.fromEntries(Object.entries(groups).sort((a, b) => b[1] - a[1]));

if (!sizeOnly) {
  /* ------------------------------------------------- browser: render, memory */
  async function page(entry) {
    const out = await build({
      absWorkingDir: root, entryPoints: [`bench/pages/${entry}.ts`], bundle: true, minify: true, format: 'esm',
      target: 'es2022', write: false, tsconfig: 'tsconfig.json', conditions: ['production'], logLevel: 'silent',
    });
    return out.outputFiles[0].text;
  }
  const scripts = { login: await page('login'), bare: await page('bare'), kit: await page('kit') };
  const server = createServer((req, res) => {
    const name = req.url.replace(/^\/|\.(js|html)$/g, '');
    if (!scripts[name]) return res.writeHead(404).end();
    if (req.url.endsWith('.js')) return res.writeHead(200, { 'content-type': 'text/javascript' }).end(scripts[name]);
    res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/${name}.js"></script></head><body></body></html>`);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...chromiumArgs, '--js-flags=--expose-gc'], headless: true });

  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  async function coldLoad(name) {
    // A fresh context per load: nothing cached, nothing compiled.
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${base}/${name}.html`);
    const at = await (await tab.waitForFunction(() => window.renderedAt)).jsonValue();
    await context.close();
    return at;
  }
  const times = { login: [], bare: [] };
  for (let i = 0; i < LOADS; i += 1) {
    // Interleaved, so machine load drifts affect both alike.
    times.login.push(await coldLoad('login'));
    times.bare.push(await coldLoad('bare'));
  }
  report.render = { loads: LOADS, loginMs: median(times.login), bareMs: median(times.bare), ratio: median(times.login) / median(times.bare), samples: times };
  row('render', '<auth-login> to a visible password input', `${report.render.ratio.toFixed(2)} ×`, `median ${report.render.loginMs.toFixed(1)} ms vs bare Lit form ${report.render.bareMs.toFixed(1)} ms (${LOADS} cold loads each)`);

  async function heap(cdp) {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  }
  {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await tab.goto(`${base}/login.html`);
    await tab.waitForFunction(() => window.renderedAt);
    report.memory.loginHeap = await heap(cdp);
    row('memory', 'JS heap after rendering the login page', kib(report.memory.loginHeap));
    await context.close();
  }
  {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await tab.goto(`${base}/kit.html`);
    await tab.waitForFunction(() => window.ready);
    report.memory.growth = {};
    for (const tag of ['auth-login', 'auth-register', 'auth-forgot-password', 'auth-update-password', 'auth-guard', 'auth-logout', 'auth-notifications', 'auth-scope']) {
      // Warm up first: V8 keeps optimised code and feedback for a hot path (a few hundred bytes per
      // cycle for the first few hundred cycles, then flat), which is not a leak.
      await tab.evaluate(([t, n]) => window.cycle(t, n), [tag, Math.max(100, CYCLES >> 1)]);
      const before = await heap(cdp);
      await tab.evaluate(([t, n]) => window.cycle(t, n), [tag, CYCLES]);
      const growth = (await heap(cdp)) - before;
      report.memory.growth[tag] = growth;
      row('memory', `heap growth, ${CYCLES} mount/unmount of <${tag}>`, kib(growth), `${(growth / CYCLES).toFixed(1)} B per cycle`);
    }
    const crowd = await tab.evaluate(() => window.crowd());
    report.store.crowdCalls = crowd;
    row('store', 'provider calls for 50 guards + 10 forms on one page', String(crowd.checkAuth ?? 0), JSON.stringify(crowd));
    await context.close();
  }
  await browser.close();
  server.close();

  /* ------------------------------------------------------------ store (Node) */
  const { createAuthStore } = await import(`data:text/javascript;base64,${Buffer.from(await bundle(`export * from './src/core/index.ts';`)).toString('base64')}`);
  const provider = {
    login: () => Promise.resolve(false),
    logout: () => Promise.resolve(false),
    checkAuth: () => Promise.resolve({ ok: true }),
    checkError: () => Promise.resolve(),
  };
  const store = createAuthStore({ authProvider: provider, navigate: () => {}, checkCacheTime: 0 });
  store.subscribe(() => {});
  async function time(name, runs, fn) {
    for (let i = 0; i < 200; i += 1) await fn(); // warm up
    const start = performance.now();
    for (let i = 0; i < runs; i += 1) await fn();
    const perCall = ((performance.now() - start) * 1000) / runs;
    report.store[name] = perCall;
    row('store', `overhead: ${name}`, `${perCall.toFixed(2)} µs`, 'per call, provider answers at once');
  }
  await time('login → outcome', 20000, () => store.login({ email: 'a@b.c', password: 'x' }));
  await time('checkAuth, no cache', 20000, () => store.checkAuth());
  const cached = createAuthStore({ authProvider: provider, navigate: () => {} });
  await time('checkAuth, cached', 20000, () => cached.checkAuth());
  await time('100 concurrent checkAuth (one provider call)', 2000, () => Promise.all(Array.from({ length: 100 }, () => store.checkAuth())));

}
/* ----------------------------------------------------------------- output */
const widths = [14, 54, 12];
console.log(['section', 'measure', 'value', 'notes'].map((h, i) => (widths[i] ? h.padEnd(widths[i]) : h)).join(' '));
console.log('-'.repeat(120));
for (const r of rows) console.log(`${r.section.padEnd(widths[0])} ${r.name.padEnd(widths[1])} ${r.value.padStart(widths[2])} ${r.note}`);
await writeFile(new URL('report.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWritten to bench/report.json.`);
if (process.argv.includes('--update-budget')) {
  const next = Object.fromEntries(sizes.map((s) => [s.id, { brotli: s.brotli, totalBrotli: s.totalBrotli }]));
  await writeFile(budgetFile, `${JSON.stringify(next, null, 2)}\n`);
  console.log('bench/budget.json now holds this run’s sizes as ceilings.');
}
