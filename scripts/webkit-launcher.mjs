// web-test-runner launcher for WebKitGTK: Debian's WebKitWebDriver automating MiniBrowser.
// MiniBrowser has no headless mode, so without $DISPLAY we start a private Xvfb; the
// driver refuses webdriverio's default BiDi upgrade, so the session is WebDriver classic.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { findWebKit, findXvfb } from './find-browser.mjs';

export function webkitLauncher() {
  return new WebKitLauncher();
}

class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    const { driver, browser } = findWebKit();
    super({
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
      },
    });
    this.driverPath = driver;
    this.xvfbPath = process.env.DISPLAY ? undefined : findXvfb();
    this.children = [];
    // One test file per top-level page (SessionManager), not iframes in one page: focus
    // and keyboard behave as they do for a user only in the top-level document.
    this.concurrency = 1;
  }

  async initialize(config) {
    await super.initialize({ ...config, concurrency: 1 });
    this.name = 'WebKit';
    const env = { ...process.env };
    if (this.xvfbPath) env.DISPLAY = `:${await this.startXvfb()}`;
    const port = await freePort();
    this.spawnChild(this.driverPath, [`--port=${port}`], env);
    await waitForDriver(port);
    Object.assign(this.options, { hostname: '127.0.0.1', port, path: '/' });
  }

  /**
   * `sendKeys({ type })` reaches here as `text.split('')`, and the stock launcher hands that
   * to webdriverio's `keys()`, which presses it as one chord: every key down, then every key
   * up. WebKitWebDriver ignores a key-down for a key already held, and lone UTF-16 surrogate
   * halves insert nothing, so " pä ss 🔑" arrived as " päs". Type it the way a person does
   * instead: one code point at a time, each pressed and released before the next.
   * Named keys (`sendKeys({ press: 'Enter' })`) keep the stock path.
   */
  sendKeys(sessionId, keys) {
    if (keys.length === 1 && keys[0].length > 1 && !/^[\ud800-\udbff][\udc00-\udfff]$/.test(keys[0])) {
      return super.sendKeys(sessionId, keys);
    }
    const actions = Array.from(keys.join('')).flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    return this.driverManager.performActions(sessionId, [{ type: 'key', id: 'keyboard', actions }]);
  }

  async stop() {
    await super.stop();
    for (const child of this.children.reverse()) child.kill();
    this.children = [];
  }

  /** Starts Xvfb on a display it picks itself and resolves with that display number. */
  startXvfb() {
    const xvfb = this.spawnChild(this.xvfbPath, ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
    return new Promise((resolve, reject) => {
      let out = '';
      xvfb.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(out.trim());
      });
      xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before reporting a display`)));
    });
  }

  spawnChild(file, args, env = process.env) {
    const child = spawn(file, args, { env, stdio: ['ignore', 'pipe', 'ignore'] });
    this.children.push(child);
    process.once('exit', () => child.kill());
    return child;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer on port ${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
