import type { ArgTypes } from '@storybook/web-components-vite';
import type {
  CustomElementsManifest,
  ManifestDeclaration,
  ManifestEntry,
} from '../scripts/custom-elements-manifest.js';

/**
 * The docs table of an element from the Custom Elements Manifest. Storybook's own reader keys
 * every row by its bare name, so a slot and a part both called `empty` collapse into one row and
 * the slot disappears; here a name already taken by another category gets the category in its
 * key (the table still shows the bare name). An attribute and the property of the same name are
 * one thing and share a row.
 */

type Category = 'properties' | 'attributes' | 'events' | 'slots' | 'css custom properties' | 'css shadow parts';

const sections: readonly { category: Category; entries: (element: ManifestDeclaration) => readonly ManifestEntry[] }[] =
  [
    { category: 'properties', entries: (element) => element.members ?? [] },
    { category: 'attributes', entries: (element) => element.attributes ?? [] },
    { category: 'events', entries: (element) => element.events ?? [] },
    { category: 'slots', entries: (element) => element.slots ?? [] },
    { category: 'css custom properties', entries: (element) => element.cssProperties ?? [] },
    { category: 'css shadow parts', entries: (element) => element.cssParts ?? [] },
  ];

/** Values a page sets: properties and attributes get controls; events, slots and styling hooks do not. */
const settable = (category: Category) => category === 'properties' || category === 'attributes';

function argTypeOf(entry: ManifestEntry, category: Category): ArgTypes[string] {
  // An event's type is its class; what a listener reads is its `detail`, so the table shows both.
  const typeText = entry.detail ? `${entry.type?.text ?? 'Event'} — detail: ${entry.detail}` : entry.type?.text;
  return {
    name: entry.name,
    description: entry.description ?? '',
    ...(settable(category) ? {} : { control: false }),
    table: {
      category,
      ...(typeText ? { type: { summary: typeText } } : {}),
      ...(entry.default !== undefined ? { defaultValue: { summary: entry.default } } : {}),
    },
  };
}

export function elementOf(manifest: CustomElementsManifest, tagName: string): ManifestDeclaration | undefined {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === tagName);
}

export function argTypesOf(element: ManifestDeclaration): ArgTypes {
  const argTypes: ArgTypes = {};
  for (const { category, entries } of sections) {
    for (const entry of entries(element)) {
      const taken = argTypes[entry.name]?.table?.category;
      const sameThing = taken === 'properties' && category === 'attributes';
      const key = taken && !sameThing ? `${entry.name} (${category})` : entry.name;
      argTypes[key] = argTypeOf(entry, category);
    }
  }
  return argTypes;
}
