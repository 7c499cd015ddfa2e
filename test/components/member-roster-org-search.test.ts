import '@dangjian/components/member-roster/define';
import type { DjMemberRoster } from '@dangjian/components';
import type { Member, Org } from '@dangjian/core';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { generateTenant } from '../../bench/generate.js';
import { memberOrgs, someMembers } from './support/members.js';
import { mountRoster } from './support/roster.js';
import { usePage } from './support/tree.js';

usePage();

const searchBox = (roster: DjMemberRoster): HTMLInputElement | null =>
  roster.shadowRoot!.querySelector<HTMLInputElement>('input[data-filter="org"]');
const listbox = (roster: DjMemberRoster): HTMLElement => roster.shadowRoot!.querySelector('[role="listbox"]')!;
const options = (roster: DjMemberRoster): HTMLElement[] => [
  ...roster.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]'),
];
const activeOption = (roster: DjMemberRoster): HTMLElement | null =>
  roster.shadowRoot!.getElementById(searchBox(roster)!.getAttribute('aria-activedescendant') ?? '');

/** Every org at or below `rootId`. */
function subtreeOf(orgs: readonly Org[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  for (let grew = true; grew;) {
    grew = false;
    for (const org of orgs) {
      if (org.parentId && ids.has(org.parentId) && !ids.has(org.id)) grew = ids.add(org.id).size > 0;
    }
  }
  return ids;
}

describe('<dj-member-roster> org filter', () => {
  it('stays a native <select> for a street-sized tree', async () => {
    const roster = await mountRoster((element) => {
      element.members = someMembers;
      element.orgs = memberOrgs;
    });
    expect(roster.shadowRoot!.querySelector('select[data-filter="org"]')).not.toBeNull();
    expect(searchBox(roster)).toBeNull();
  });

  describe('over a city’s orgs', () => {
    const tenant = generateTenant(20_000);
    const members: readonly Member[] = tenant.records.members;
    const orgs: readonly Org[] = tenant.records.orgs;
    const mount = (): Promise<DjMemberRoster> =>
      mountRoster((element) => {
        element.members = members;
        element.orgs = orgs;
      });

    it('is a search box whose list holds at most 50 orgs and says how many more there are', async () => {
      expect(orgs.length).toBeGreaterThan(1_000);
      const roster = await mount();
      expect(roster.shadowRoot!.querySelector('select[data-filter="org"]')).toBeNull();
      const input = searchBox(roster)!;
      expect(input.getAttribute('role')).toBe('combobox');
      expect(input.labels![0]!.textContent).toBe('党组织（含下级）');
      expect(input.getAttribute('aria-expanded')).toBe('false');
      expect(listbox(roster).hidden).toBe(true);

      input.focus();
      await userEvent.keyboard('{ArrowDown}');
      await roster.updateComplete;
      expect(input.getAttribute('aria-expanded')).toBe('true');
      expect(listbox(roster).hidden).toBe(false);
      // "All" first, then the first 50 orgs in tree order.
      expect(options(roster)).toHaveLength(51);
      expect(options(roster)[0]!.textContent!.trim()).toBe('全部');
      expect(options(roster)[1]!.textContent).toContain(orgs[0]!.name);
      expect(listbox(roster).querySelector('.more')!.textContent).toContain(String(orgs.length - 50));
    });

    it('narrows by the typed name (or its parent’s), moves with the arrows and filters on Enter', async () => {
      const roster = await mount();
      const community = orgs.find((org) => org.name === '第3社区党委')!;
      const inside = subtreeOf(orgs, community.id);
      await userEvent.fill(searchBox(roster)!, '第3社区党委');
      await roster.updateComplete;
      const shown = options(roster).slice(1);
      expect(shown.length).toBeGreaterThan(1);
      expect(shown.every((option) => inside.has(option.dataset['value']!))).toBe(true);
      // Enter lands on the first match: the community itself, ahead of its branches in tree order.
      expect(activeOption(roster)!.dataset['value']).toBe(community.id);

      await userEvent.keyboard('{ArrowDown}');
      await roster.updateComplete;
      const branchId = activeOption(roster)!.dataset['value']!;
      expect(orgs.find((org) => org.id === branchId)!.parentId).toBe(community.id);
      await userEvent.keyboard('{Enter}');
      await roster.updateComplete;

      expect(roster.org).toBe(branchId);
      expect(searchBox(roster)!.value).toBe(orgs.find((org) => org.id === branchId)!.name);
      expect(searchBox(roster)!.getAttribute('aria-expanded')).toBe('false');
      const branch = subtreeOf(orgs, branchId);
      expect(roster.shownMembers.length).toBeGreaterThan(0);
      expect(
        roster.shownMembers.every((member) => branch.has(member.relationOrgId) || branch.has(member.managingOrgId)),
      ).toBe(true);
    });

    it('Escape closes without choosing; “all” clears the filter; a click chooses', async () => {
      const roster = await mount();
      roster.org = orgs[1]!.id;
      await roster.updateComplete;
      const filtered = roster.shownMembers.length;
      expect(filtered).toBeLessThan(members.length);

      await userEvent.fill(searchBox(roster)!, '第2');
      await userEvent.keyboard('{Escape}');
      await roster.updateComplete;
      expect(roster.org).toBe(orgs[1]!.id);
      expect(searchBox(roster)!.value).toBe(orgs[1]!.name);

      await userEvent.keyboard('{ArrowDown}{Home}{Enter}');
      await roster.updateComplete;
      expect(roster.org).toBeUndefined();
      expect(searchBox(roster)!.value).toBe('');

      await userEvent.keyboard('{ArrowDown}');
      await roster.updateComplete;
      const third = options(roster)[3]!;
      const chosen = third.dataset['value']!;
      expect(chosen).not.toBe('');
      await userEvent.click(third);
      await roster.updateComplete;
      expect(roster.org).toBe(chosen);
    });

    it('has no WCAG 2.1 A/AA violation with its list open', async () => {
      const roster = await mount();
      await userEvent.fill(searchBox(roster)!, '党支部');
      await roster.updateComplete;
      const results = await axe.run(roster, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.html}`)).toEqual([]);
    });
  });
});
