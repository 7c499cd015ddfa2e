import '@dangjian/components/member-roster/define';
import '@dangjian/components/org-tree/define';
import type { DjMemberRoster } from '@dangjian/components';
import type { Member, Org } from '@dangjian/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { generateTenant } from '../../bench/generate.js';
import { largeTree } from '../../stories/data/large-tree.js';
import { memberOrgs, rosterAsOf, someMembers } from './support/members.js';
import { mount, mountTree, usePage } from './support/tree.js';

usePage();

// Lit warns once per page, so every warning of this file is kept from its first line on.
const warnings: string[] = [];
const warn = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
  warnings.push(args.map(String).join(' '));
});
afterAll(() => warn.mockRestore());

/** A member with many chips, in an org with a long name: what the field data holds. */
const busy: Member = {
  ...someMembers[0]!,
  id: 'm9',
  name: '欧阳秀兰',
  birthDate: '1938-01-02',
  managingOrgId: 'qlbq',
  relationOrgId: 'qlbq',
  care: ['hardship', 'emptyNest', 'ill', 'disabledOrSubsistence'],
  relocation: 'inTransition',
};
const orgs: Org[] = [
  ...memberOrgs,
  { id: 'qlbq', name: '青龙苑北区过渡安置点党支部', kind: 'branch', parentId: 'qly' },
];

async function settle(element: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  await element.updateComplete;
  await new Promise(requestAnimationFrame);
  await element.updateComplete;
}

async function mountRoster(members: readonly Member[], rosterOrgs: readonly Org[] = orgs): Promise<DjMemberRoster> {
  const roster = document.createElement('dj-member-roster');
  roster.asOf = rosterAsOf;
  roster.members = members;
  roster.orgs = rosterOrgs;
  await mount(roster);
  await settle(roster);
  return roster;
}

const all = (roster: DjMemberRoster, selector: string): HTMLElement[] => [
  ...roster.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const grid = (roster: DjMemberRoster): HTMLElement => roster.shadowRoot!.querySelector<HTMLElement>('.grid')!;
const focused = (roster: DjMemberRoster): HTMLElement => roster.shadowRoot!.activeElement as HTMLElement;

/** `inner` lies inside `outer` (half a pixel for rounding). */
function inside(inner: DOMRect, outer: { left: number; top: number; right: number; bottom: number }): boolean {
  return (
    inner.left >= outer.left - 0.5 &&
    inner.top >= outer.top - 0.5 &&
    inner.right <= outer.right + 0.5 &&
    inner.bottom <= outer.bottom + 0.5
  );
}

/** What of the grid is on screen: its box without scrollbars, cut by the window. */
function visibleGrid(roster: DjMemberRoster): DOMRect {
  const box = grid(roster);
  const rect = box.getBoundingClientRect();
  const right = Math.min(window.innerWidth, rect.left + box.clientLeft + box.clientWidth);
  const bottom = Math.min(window.innerHeight, rect.top + box.clientTop + box.clientHeight);
  return new DOMRect(rect.left, rect.top, right - rect.left, bottom - rect.top);
}

describe('<dj-member-roster> and <dj-org-tree> render once per change', () => {
  it('log no "scheduled an update after an update completed" while loading and scrolling', async () => {
    const tenant = generateTenant(2000);
    const roster = await mountRoster(tenant.records.members, tenant.records.orgs);
    grid(roster).scrollTop = 500 * 40;
    await settle(roster);
    const tree = await mountTree((element) => {
      element.style.setProperty('--dj-org-tree-max-height', '360px');
      element.orgs = largeTree();
    });
    tree.expandAll();
    await settle(tree);

    expect(all(roster, '.body [role="row"]').length).toBeGreaterThan(5);
    expect(warnings.filter((text) => text.includes('after an update completed'))).toEqual([]);
  });
});

for (const width of [960, 1920]) {
  describe(`<dj-member-roster> at ${width}px`, () => {
    beforeAll(async () => {
      await page.viewport(width, 800);
    });

    it('shows every header in full, in Chinese and in English, sorted or not', async () => {
      const roster = await mountRoster([...someMembers, busy]);
      const headers = (): HTMLElement[] => all(roster, '[role="columnheader"]');
      expect(headers().map((cell) => cell.textContent!.replace(/\s+/g, ''))).toContain('年龄');
      for (const lang of ['', 'en']) {
        roster.lang = lang;
        await settle(roster);
        for (const cell of headers()) expect(cell.scrollWidth, cell.textContent!).toBeLessThanOrEqual(cell.clientWidth);
        // Sorting adds an arrow: still in full.
        all(roster, '[data-sort="age"]')[0]!.click();
        await settle(roster);
        for (const cell of headers()) expect(cell.scrollWidth, cell.textContent!).toBeLessThanOrEqual(cell.clientWidth);
      }
    });

    it('cuts no chip off, and gives every text cut short its whole text as a tooltip', async () => {
      const roster = await mountRoster([...someMembers, busy]);
      const chips = all(roster, '.chip');
      expect(chips.length).toBeGreaterThan(10);
      for (const chip of chips) {
        const cell = chip.closest<HTMLElement>('.cell')!;
        const row = chip.closest<HTMLElement>('[role="row"]')!;
        expect(inside(chip.getBoundingClientRect(), cell.getBoundingClientRect()), chip.textContent!).toBe(true);
        expect(inside(cell.getBoundingClientRect(), row.getBoundingClientRect()), chip.textContent!).toBe(true);
      }
      if (width === 1920) expect(grid(roster).scrollWidth).toBeLessThanOrEqual(grid(roster).clientWidth);

      const cut = all(roster, '.body .cell:not(.categories)').filter((cell) => cell.scrollWidth > cell.clientWidth);
      if (width === 960) expect(cut.map((cell) => cell.textContent!.trim())).toContain('青龙苑北区过渡安置点党支部');
      for (const cell of cut) expect(cell.title).toBe(cell.textContent!.trim());
    });

    it('keeps the reason of a chip in the last row inside the grid and the window', async () => {
      const roster = await mountRoster([...someMembers, busy]);
      roster.focus();
      await userEvent.keyboard('{Control>}{End}{/Control}{End}');
      const chip = focused(roster);
      expect(chip.classList.contains('chip')).toBe(true);
      expect(chip.closest('[role="row"]')!.getAttribute('aria-rowindex')).toBe('6');
      const tip = roster.shadowRoot!.getElementById(chip.getAttribute('aria-describedby')!)!;
      await expect.poll(() => tip.getBoundingClientRect().height).toBeGreaterThan(0);
      await expect.poll(() => inside(tip.getBoundingClientRect(), visibleGrid(roster))).toBe(true);
      expect(grid(roster).scrollTop).toBe(0);

      // By pointer too, on the last chip of a row with many.
      await userEvent.hover(all(roster, `.body [data-member-id="m9"] .chip`).at(-1)!);
      const hovered = all(roster, '.tip').find((each) => each.getBoundingClientRect().height > 0 && each !== tip);
      expect(hovered).toBeDefined();
      await expect.poll(() => inside(hovered!.getBoundingClientRect(), visibleGrid(roster))).toBe(true);
    });

    it('keeps the focused cell in view on Space, and the sort button’s ring inside its header', async () => {
      const tenant = generateTenant(500);
      const roster = await mountRoster(tenant.records.members, tenant.records.orgs);
      roster.focus();
      await userEvent.keyboard('{ArrowDown}{ArrowDown}');
      const cell = focused(roster);
      const scrolled = grid(roster).scrollTop;
      await userEvent.keyboard(' ');
      await new Promise(requestAnimationFrame);
      expect(grid(roster).scrollTop).toBe(scrolled);
      expect(focused(roster)).toBe(cell);
      expect(inside(cell.getBoundingClientRect(), visibleGrid(roster))).toBe(true);

      await userEvent.keyboard('{Control>}{Home}{/Control}{ArrowUp}');
      const button = focused(roster);
      expect(button.classList.contains('sort')).toBe(true);
      const style = getComputedStyle(button);
      expect(style.outlineStyle).toBe('solid');
      const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      const box = button.getBoundingClientRect();
      const around = new DOMRect(box.left - ring, box.top - ring, box.width + 2 * ring, box.height + 2 * ring);
      expect(inside(around, button.closest('[role="columnheader"]')!.getBoundingClientRect())).toBe(true);
    });
  });
}

describe('<dj-member-roster> sorting', () => {
  it('sorts numbers inside names and ids by value', async () => {
    const base = someMembers[1]!;
    const numbered = ['党员10', '党员2', '党员1'].map((name, at) => ({ ...base, id: `n${at}`, name }));
    const sameName = ['m10', 'm2', 'm1'].map((id) => ({ ...base, id, name: '同名' }));
    const roster = await mountRoster([...numbered, ...sameName]);
    expect(roster.shownMembers.map((member) => member.name).slice(0, 3)).toEqual(['党员1', '党员2', '党员10']);
    expect(roster.shownMembers.filter((member) => member.name === '同名').map((member) => member.id)).toEqual([
      'm1',
      'm2',
      'm10',
    ]);
  });
});
