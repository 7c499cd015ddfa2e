/**
 * Custom Elements Manifest settings. The CLI flags in package.json's build script (`--litelement`,
 * the globs) still apply; this file adds what the analyzer cannot see on its own.
 */

/**
 * Tags are registered through `defineElement('dj-x', DjX)` (it warns instead of throwing on a
 * taken tag), not `customElements.define`, so the analyzer would find no tag names. This records
 * each call as a `custom-element-definition` export of its `define` module and links the class
 * to its tag.
 */
function defineElementCalls() {
  const definitions = [];
  return {
    name: 'dangjian:define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
      const definition = { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text } };
      moduleDoc.exports = [...(moduleDoc.exports ?? []), definition];
      definitions.push(definition);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const definition of definitions) {
        for (const module of customElementsManifest.modules) {
          const element = module.declarations?.find(
            (declaration) => declaration.kind === 'class' && declaration.name === definition.declaration.name,
          );
          if (!element) continue;
          definition.declaration.module = module.path;
          element.tagName ??= definition.name;
          element.customElement = true;
        }
      }
    },
  };
}

/**
 * `this.dispatchEvent(new DjOrgToggleEvent(…))` shows up as an event without a name (the name is
 * inside the event class). The `@event` JSDoc tags document every event by name; drop the
 * nameless duplicates.
 */
function namelessEvents() {
  return {
    name: 'dangjian:drop-nameless-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        }
      }
    },
  };
}

export default {
  litelement: true,
  plugins: [defineElementCalls(), namelessEvents()],
};
