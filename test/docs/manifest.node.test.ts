import { describe, expect, it } from 'vitest';
import {
  customElementsOf,
  generateCustomElementsManifest,
  publicApiOf,
  publicProperties,
  type CustomElementsManifest,
  type ManifestDeclaration,
} from '../../scripts/custom-elements-manifest.js';

/**
 * Storybook's tables and editors' hovers read the Custom Elements Manifest: every public
 * attribute, property, event, slot, CSS part and CSS custom property of every element needs a
 * description in its JSDoc, or it shows up blank.
 */

/** `dj-x attributes expand-depth` for each public entry of an element without a description. */
function undocumented(element: ManifestDeclaration): string[] {
  const lists = {
    description: [{ name: '(element)', description: element.description }],
    attributes: element.attributes ?? [],
    properties: publicProperties(element),
    events: element.events ?? [],
    slots: element.slots ?? [],
    cssParts: element.cssParts ?? [],
    cssProperties: element.cssProperties ?? [],
  };
  return Object.entries(lists).flatMap(([list, entries]) =>
    entries
      .filter((entry) => !entry.description?.trim())
      .map((entry) => `${element.tagName} ${list} ${entry.name || '(nameless)'}`),
  );
}

const manifest: CustomElementsManifest = generateCustomElementsManifest();
const elements = customElementsOf(manifest);

describe('the Custom Elements Manifest', () => {
  it('declares every element the package registers', () => {
    expect(elements.map((element) => element.tagName).sort()).toEqual([
      'dj-attendance-sheet',
      'dj-conference-roster',
      'dj-contact-card',
      'dj-coverage-board',
      'dj-dues-calculator',
      'dj-dues-statement',
      'dj-evaluation-form',
      'dj-import-dialog',
      'dj-meeting-calendar',
      'dj-member-card',
      'dj-member-roster',
      'dj-org-tree',
      'dj-pipeline',
      'dj-post-board',
      'dj-provider',
      'dj-registration-form',
      'dj-rules-playground',
      'dj-score-ledger',
      'dj-volunteer-hours',
      'dj-wish-board',
    ]);
  });

  it('describes every public attribute, property, event, slot, part and custom property', () => {
    expect(elements.flatMap(undocumented)).toEqual([]);
  });

  it('catches a missing description (the check itself)', () => {
    const tree = elements.find((element) => element.tagName === 'dj-org-tree')!;
    const stripped: ManifestDeclaration = {
      ...tree,
      events: tree.events?.map((event, index) => (index === 0 ? { ...event, description: '' } : event)),
      cssParts: tree.cssParts?.map((part) => (part.name === 'search' ? { ...part, description: undefined } : part)),
    };
    expect(undocumented(stripped)).toEqual(['dj-org-tree events dj-org-select', 'dj-org-tree cssParts search']);
  });

  it('names every event (a nameless one cannot be listened for)', () => {
    for (const element of elements) {
      for (const event of element.events ?? []) expect(event.name).toMatch(/^dj-[a-z]+(-[a-z]+)*$/);
    }
  });

  it("gives every event's detail a type (the docs table shows it)", () => {
    const events = customElementsOf(publicApiOf(manifest)).flatMap((element) =>
      (element.events ?? []).map((event) => [`${element.tagName} ${event.name}`, event.detail] as const),
    );
    expect(events.length).toBeGreaterThan(10);
    expect(events.filter(([, detail]) => !detail?.startsWith('{ '))).toEqual([]);
    expect(Object.fromEntries(events)['dj-org-tree dj-org-select']).toBe('{ orgId: string; org: Org }');
  });
});
