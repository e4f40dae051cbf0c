/**
 * Module singletons (the default store, the page-wide strings, the one-time "no store"
 * warning) are reset after every test of every file that uses the test utilities, so no test
 * depends on another's order. Imported for its side effect by the other test utilities.
 */
import { resetDefaultStore } from '../core/store.js';
import { resetStoreWarning } from '../internal/store-controller.js';
import { setAuthStrings } from '../internal/strings.js';

/** Puts every module singleton of the kit back to its initial state. */
export function resetAuthSingletons(): void {
  resetDefaultStore();
  resetStoreWarning();
  setAuthStrings({});
}

// A root-level hook (registered while the test file loads): runs after each test of the file.
if (typeof afterEach === 'function') afterEach(resetAuthSingletons);
