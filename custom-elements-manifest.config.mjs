// Config of `npm run analyze` (custom-elements-manifest analyzer): documents every element's
// properties, attributes, events, slots, CSS parts and custom properties from its JSDoc.

/**
 * Tidies the manifest: a stable module order, and the typed events only. The analyzer guesses an event's name from the first constructor argument of anything passed
 * to `dispatchEvent`; our typed event classes take a detail instead, so those guesses are
 * wrong. The `@fires` tags are the source of truth: keep only `auth-*` events.
 */
function typedEventsOnly() {
  return {
    name: 'typed-events-only',
    packageLinkPhase({ customElementsManifest }) {
      // The file system lists files in no fixed order; the committed manifest must not depend
      // on it (the build compares it byte for byte).
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          // The abstract bases are classes others extend, not elements of their own.
          if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
          if (!declaration.events) continue;
          declaration.events = declaration.events.filter((event) => event.name?.startsWith('auth-'));
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/internal/auth-element.ts', 'src/internal/form-element.ts', 'src/internal/account-form.ts'],
  // Each element's English words (`en.ts`) are data, not element API.
  exclude: ['**/*.test.ts', '**/*.styles.ts', '**/en.ts'],
  litelement: true,
  plugins: [typedEventsOnly()],
  // package.json already names custom-elements.json; never rewrite it (the --check run
  // analyzes into a scratch directory and would point package.json there).
  packagejson: false,
};
