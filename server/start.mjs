#!/usr/bin/env node
// `npm start` / `npm run start:mock`: the demo server.
//   node server/start.mjs [--port 3000] [--mock] [--data-dir .data] [--quiet]
// PORT and DATA_DIR in the environment work too; the flags win.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from './server.mjs';

export { startServer, DEFAULT_DATA_DIR } from './server.mjs';

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', short: 'p' },
        mock: { type: 'boolean', default: false },
        'data-dir': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    console.error(`start: ${error.message}`);
    process.exit(2);
  }
  if (values.help) {
    console.log('usage: node server/start.mjs [--port N] [--mock] [--data-dir DIR] [--quiet]');
    return;
  }
  const rawPort = values.port ?? process.env.PORT ?? '3000';
  const port = Number(rawPort);
  if (!/^\d+$/.test(String(rawPort)) || port > 65535) {
    console.error(`start: "${rawPort}" is not a port number (0-65535).`);
    process.exit(2);
  }

  let server;
  try {
    server = await startServer({
      port,
      mock: values.mock,
      dataDir: values['data-dir'],
      quiet: values.quiet,
      // The demo as a real app runs it: sign-up needs a confirmed address (the printed demo user
      // is confirmed already). startServer's own default stays off for the tests' older flows.
      requireEmailVerification: true,
      // The demo's second account: two-factor on, its TOTP secret printed for an authenticator app.
      twoFactorDemoUser: true,
    });
  } catch (error) {
    if (error?.code === 'EADDRINUSE') {
      console.error(`start: port ${port} is in use. Try: PORT=${port + 1} npm start`);
    } else {
      console.error('start: the demo server could not start:', error);
    }
    process.exit(1);
  }
  const stop = () => {
    server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const invoked = process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
if (invoked) await main();
