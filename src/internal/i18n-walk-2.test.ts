/** The i18n walk (see test-utils/i18n-walk.ts), second half of the locales, and the element list. */
import { LOCALES } from '../test-utils/i18n.js';
import { walk } from '../test-utils/i18n-walk.js';

walk(LOCALES.slice(4));
