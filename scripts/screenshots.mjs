// Renders every element in light, dark and right-to-left and writes PNGs to screenshots/.
// Usage: node scripts/screenshots.mjs [filter]   (look at them with an image viewer)
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdir, readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './find-browser.mjs';

const filter = process.argv[2] ?? '';
const out = new URL('../screenshots/', import.meta.url);
await mkdir(out, { recursive: true });

const bundle = await build({
  entryPoints: [new URL('../screenshots/gallery.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  write: false,
  target: 'es2022',
  tsconfig: new URL('../tsconfig.json', import.meta.url).pathname,
});
const js = bundle.outputFiles[0].text;
const page = await readFile(new URL('../screenshots/gallery.html', import.meta.url), 'utf8');

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/gallery.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    return res.end(js);
  }
  res.writeHead(200, { 'content-type': 'text/html' });
  res.end(page);
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const shots = [
  'login', 'login-error', 'login-code', 'login-invalid', 'register', 'forgot', 'forgot-sent', 'update', 'update-invalid',
  'guard', 'logout', 'notifications', 'login-rtl', 'login-fr', 'login-providers',
  'callback', 'callback-error', 'login-returned',
  'verify-confirmed', 'verify-expired', 'verify-inbox',
];
try {
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 560, height: 760 } });
    const tab = await context.newPage();
    tab.on('pageerror', (e) => console.error('pageerror', e.message));
    for (const name of shots) {
      if (filter && !name.includes(filter)) continue;
      await tab.goto(`${base}/?shot=${name}`);
      await tab.waitForFunction(() => window.__ready === true);
      await tab.screenshot({ path: new URL(`${name}-${scheme}.png`, out).pathname, fullPage: true });
      console.log(`screenshots/${name}-${scheme}.png`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
