// A tiny static server for an app's production build: 127.0.0.1, a free port, and the SPA
// fallback (any path without a file gets index.html) that client-side routers need.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

/** Serves `root`; resolves to `{ url, close }`. */
export async function serve(root) {
  const index = join(root, 'index.html');
  await stat(index).catch(() => {
    throw new Error(`${index} is missing: build the app first (npm run test:frameworks builds both apps).`);
  });
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(root, path));
    let body;
    let type = TYPES['.html'];
    try {
      if (!file.startsWith(root + sep) || !(await stat(file)).isFile()) throw new Error('not a file');
      body = await readFile(file);
      type = TYPES[extname(file)] ?? 'application/octet-stream';
    } catch {
      body = await readFile(index); // SPA fallback
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
