// The Angular example app (demo/angular) in headless Chromium: build it first (npm run test:frameworks).
import { fileURLToPath } from 'node:url';
import { appFlows } from './app-flows.mjs';

appFlows('Angular', fileURLToPath(new URL('../../demo/angular/dist', import.meta.url)));
