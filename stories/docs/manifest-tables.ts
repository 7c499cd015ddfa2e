import { createElement as h, type ReactElement } from 'react';
import manifest from 'virtual:dangjian/custom-elements-manifest';
import type { ManifestDeclaration, ManifestEntry } from '../../scripts/custom-elements-manifest.js';

/**
 * Tables for the Theming page, generated from the Custom Elements Manifest (the elements' JSDoc):
 * the `--dj-*` tokens every element reads, each element's own custom properties, and its parts.
 */

const elements: readonly ManifestDeclaration[] = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && (declaration.cssProperties ?? []).length > 0)
  .sort((a, b) => String(a.tagName).localeCompare(String(b.tagName)));

/** Tokens every styled element reads: set them once on `:root` or a wrapper. */
function sharedTokens(): ManifestEntry[] {
  const [first, ...rest] = elements;
  if (!first) return [];
  return (first.cssProperties ?? []).filter((token) =>
    rest.every((element) => (element.cssProperties ?? []).some((other) => other.name === token.name)),
  );
}

function entriesTable(entries: readonly ManifestEntry[], heading: string): ReactElement {
  return h(
    'table',
    null,
    h('thead', null, h('tr', null, h('th', null, heading), h('th', null, 'what it sets'))),
    h(
      'tbody',
      null,
      entries.map((entry) =>
        h(
          'tr',
          { key: entry.name },
          h('td', null, h('code', null, entry.name)),
          h('td', null, entry.description ?? ''),
        ),
      ),
    ),
  );
}

export function SharedTokens(): ReactElement {
  return entriesTable(sharedTokens(), 'token');
}

/** Per element: the custom properties only it reads, and its `::part` names. */
export function ElementStyling(): ReactElement {
  const shared = new Set(sharedTokens().map((token) => token.name));
  return h(
    'div',
    null,
    elements.map((element) =>
      h(
        'section',
        { key: element.tagName },
        h('h3', null, h('code', null, `<${element.tagName}>`)),
        (element.cssProperties ?? []).some((token) => !shared.has(token.name))
          ? entriesTable(
              (element.cssProperties ?? []).filter((token) => !shared.has(token.name)),
              'custom property',
            )
          : null,
        entriesTable(element.cssParts ?? [], '::part'),
      ),
    ),
  );
}
