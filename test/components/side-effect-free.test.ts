import { describe, expect, it } from 'vitest';

// The bases and the index register nothing: a page that only imports classes (to extend one, or
// for types) must not find tags taken. Only the `define` entries register.

const tags = [
  'dj-provider',
  'dj-org-tree',
  'dj-coverage-board',
  'dj-conference-roster',
  'dj-member-roster',
  'dj-member-card',
  'dj-contact-card',
  'dj-registration-form',
  'dj-import-dialog',
  'dj-meeting-calendar',
  'dj-attendance-sheet',
  'dj-dues-calculator',
  'dj-evaluation-form',
  'dj-dues-statement',
  'dj-pipeline',
  'dj-post-board',
  'dj-wish-board',
  'dj-volunteer-hours',
  'dj-score-ledger',
  'dj-rules-playground',
];

describe('importing without defining', () => {
  it('registers no tag from DjElement, DjEvent, memo or the index', async () => {
    await import('../../packages/components/src/shared/dj-element.js');
    await import('../../packages/components/src/shared/dj-event.js');
    await import('../../packages/components/src/shared/memo.js');
    const kit = await import('@dangjian/components');
    expect(tags.filter((tag) => customElements.get(tag) !== undefined)).toEqual([]);
    // The define entry is what registers.
    await import('@dangjian/components/org-tree/define');
    expect(customElements.get('dj-org-tree')).toBe(kit.DjOrgTree);
  });
});
