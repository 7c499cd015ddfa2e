import '@dangjian/components/member-card/define';
import '@dangjian/components/member-roster/define';
import type { DjMemberCard, DjMemberRoster } from '@dangjian/components';
import { createClassifier, type RuleOverrides } from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { memberOrgs, rosterAsOf, someMembers } from './support/members.js';
import { mountRoster } from './support/roster.js';
import { mount, text, usePage } from './support/tree.js';

usePage();

// Elements only render labels: the kit's come from its classification rules, a portal's own
// rule brings its own name, and a rule with no label shows the category's id.

const retiredIsVolunteer = {
  op: 'compare',
  fact: 'employment',
  cmp: 'eq',
  value: 'retired',
} as const;

const overrides: RuleOverrides = {
  version: 'local.1',
  rules: [
    {
      id: 'local.volunteer',
      yields: 'volunteer',
      label: { 'zh-CN': '志愿服务骨干', en: 'Volunteer lead' },
      when: retiredIsVolunteer,
      reason: { 'zh-CN': '离退休党员志愿服务', en: 'Retired member volunteering' },
    },
    {
      id: 'local.unnamed',
      yields: 'unnamedCategory',
      when: retiredIsVolunteer,
      reason: { 'zh-CN': '未命名', en: 'Unnamed' },
    },
  ],
};

const mountCommunityRoster = (setup: (roster: DjMemberRoster) => void): Promise<DjMemberRoster> =>
  mountRoster((roster) => {
    roster.members = someMembers;
    roster.orgs = memberOrgs;
    setup(roster);
  });

const chipTexts = (root: ShadowRoot, memberId: string): string[] =>
  [...root.querySelectorAll<HTMLElement>(`.body [data-member-id="${memberId}"] .chip.category`)].map(text);

describe('category labels', () => {
  it('shows the kit’s categories by the names their rules give, in either locale', async () => {
    const roster = await mountCommunityRoster(() => {});
    expect(chipTexts(roster.shadowRoot!, 'm1')).toContain('离退休');
    const option = roster.shadowRoot!.querySelector<HTMLOptionElement>(
      'select[data-filter="category"] option[value="retired"]',
    );
    expect(text(option!)).toBe('离退休');
    roster.setAttribute('lang', 'en');
    await expect.poll(() => chipTexts(roster.shadowRoot!, 'm1')).toContain('Retired');
  });

  it('shows a portal’s own rule by its own name on the roster chip and the member card', async () => {
    const classifier = createClassifier(overrides);
    const roster = await mountCommunityRoster((element) => (element.classifier = classifier));
    const chips = chipTexts(roster.shadowRoot!, 'm1');
    expect(chips).toContain('志愿服务骨干');
    expect(chips).not.toContain('volunteer');
    // A rule that gives no label: its id, rather than nothing.
    expect(chips).toContain('unnamedCategory');
    // The category filter offers it by its name, and filters by it.
    const select = roster.shadowRoot!.querySelector<HTMLSelectElement>('select[data-filter="category"]')!;
    const option = select.querySelector<HTMLOptionElement>('option[value="volunteer"]');
    expect(text(option!)).toBe('志愿服务骨干');
    select.value = 'volunteer';
    select.dispatchEvent(new Event('change'));
    await roster.updateComplete;
    expect(roster.shownMembers.map((member) => member.id)).toEqual(['m1']);

    const card = document.createElement('dj-member-card') as DjMemberCard;
    card.asOf = rosterAsOf;
    card.member = someMembers[0]!;
    card.orgs = memberOrgs;
    card.classifier = classifier;
    card.setAttribute('lang', 'en');
    await mount(card);
    const volunteer = card.shadowRoot!.querySelector<HTMLElement>('[data-kind="category"] [data-yields="volunteer"]');
    expect(text(volunteer!)).toContain('Volunteer lead');
  });
});
