// The demo with the seed tutorial's mock authProvider (`npm run start:mock`).
import { configureAuth } from '../src/index.js';
import { authProvider } from './mock-auth-provider.js';
import { defineDemoElements } from './shared.js';

configureAuth({ authProvider });
defineDemoElements();
