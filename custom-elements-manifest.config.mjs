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

/**
 * Reactive state declared in `static properties` (`{ state: true }`) is internal: no attribute.
 * The analyzer reads every entry of a `static properties` block as a public property with an
 * attribute; this drops the attributes of the `state: true` ones (their fields keep the privacy
 * their TypeScript modifier gives them). It also writes "privacy": "public" for the other entries,
 * where a decorated field has none: dropped, so the manifest reads the same either way.
 */
function internalStates() {
  /** Class name → names of its `state: true` entries. */
  const states = new Map();
  return {
    name: 'internal-states',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const entry of member.initializer.properties) {
          if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer)) continue;
          const isState = entry.initializer.properties.some(
            (option) => ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (!isState) continue;
          if (!states.has(node.name.getText())) states.set(node.name.getText(), new Set());
          states.get(node.name.getText()).add(entry.name.getText());
        }
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        for (const member of declaration.members ?? []) if (member.privacy === 'public') delete member.privacy;
        const names = states.get(declaration.name);
        if (!names) continue;
        declaration.attributes = declaration.attributes?.filter((attribute) => !names.has(attribute.fieldName));
        if (!declaration.attributes?.length) delete declaration.attributes;
        for (const member of declaration.members ?? []) if (names.has(member.name)) delete member.attribute;
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/internal/auth-element.ts', 'src/internal/form-element.ts', 'src/internal/account-form.ts'],
  // Each element's English words (`en.ts`) are data, not element API.
  exclude: ['**/*.test.ts', '**/*.styles.ts', '**/en.ts'],
  litelement: true,
  plugins: [internalStates(), typedEventsOnly()],
  // package.json already names custom-elements.json; never rewrite it (the --check run
  // analyzes into a scratch directory and would point package.json there).
  packagejson: false,
};
