import '@dangjian/components/member-roster/define';
import type { DjMemberRoster } from '@dangjian/components';
import { createClassifier, type Classifier } from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { generateTenant } from '../../bench/generate.js';
import { rosterAsOf } from './support/members.js';
import { mount, usePage } from './support/tree.js';

usePage();

const nextFrame = (): Promise<unknown> => new Promise(requestAnimationFrame);

let reads = 0;

/** `record`, counting every read of `field`: how many records a render goes over. */
const counted = <T extends object>(record: T, field: keyof T): T =>
  new Proxy(record, {
    get: (target, key, receiver) => {
      if (key === field) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });

// Measured in Chromium (bench components.roster.scroll, 2026-12-01): at 100,000 members a scroll
// frame took 400–650 ms, because every render went over every member twice: the shown rows
// were built again (a new filter object each time missed the memo: a Map of every member's
// position) and so was the chips column's width (a new array of loaded rows each time).
describe('<dj-member-roster> scrolling', () => {
  it('re-renders the rows in view without going over every member again', async () => {
    const { members, orgs } = generateTenant(2_000).records;
    const rules = createClassifier();
    const classifier: Classifier = {
      ruleSet: rules.ruleSet,
      classify: (member, asOf) => counted(rules.classify(member, asOf), 'categories'),
    };
    const roster = document.createElement('dj-member-roster') as DjMemberRoster;
    roster.asOf = rosterAsOf;
    roster.orgs = orgs;
    roster.classifier = classifier;
    roster.members = members.map((member) => counted(member, 'id'));
    await mount(roster);
    await nextFrame();
    await roster.updateComplete;
    const grid = roster.shadowRoot!.querySelector<HTMLElement>('.grid')!;
    const rowHeight = roster.shadowRoot!.querySelector<HTMLElement>('.body [role="row"]')!.offsetHeight;

    reads = 0;
    for (const row of [400, 800, 1_200]) {
      grid.scrollTop = row * rowHeight;
      await nextFrame();
      await roster.updateComplete;
    }

    const shown = [...roster.shadowRoot!.querySelectorAll<HTMLElement>('.body [role="row"]')];
    expect(shown.some((row) => row.getAttribute('aria-rowindex') === String(1_200 + 2))).toBe(true);
    // Three screens of about 30 rows each read their members; 2,000 reads would be every member once.
    expect(reads).toBeLessThan(members.length / 2);
  });
});
