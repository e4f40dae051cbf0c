// The Vue example app (demo/vue) in headless Chromium: build it first (npm run test:frameworks).
import { fileURLToPath } from 'node:url';
import { appFlows } from './app-flows.mjs';

appFlows('Vue', fileURLToPath(new URL('../../demo/vue/dist', import.meta.url)));
