/** The i18n walk of the account forms (see test-utils/i18n-walk.ts), second half of the locales. */
import { LOCALES } from '../test-utils/i18n.js';
import { walk } from '../test-utils/i18n-walk.js';

walk(LOCALES.slice(4), { account: true });
