import '@dangjian/components/member-roster/define';
import type { DjMemberRoster, DjMemberSelectEvent } from '@dangjian/components';
import type { Member, Org } from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { generateTenant } from '../../bench/generate.js';
import { memberOrgs, someMembers } from './support/members.js';
import { mountRoster } from './support/roster.js';
import { text, usePage } from './support/tree.js';

usePage();

const rowsOf = (roster: DjMemberRoster): HTMLElement[] => [
  ...roster.shadowRoot!.querySelectorAll<HTMLElement>('.body [role="row"]'),
];
const rowOf = (roster: DjMemberRoster, id: string): HTMLElement =>
  roster.shadowRoot!.querySelector<HTMLElement>(`.body [data-member-id="${id}"]`)!;
const grid = (roster: DjMemberRoster): HTMLElement => roster.shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!;
const focused = (roster: DjMemberRoster): HTMLElement | null => roster.shadowRoot!.activeElement as HTMLElement | null;
const focusedRowId = (roster: DjMemberRoster): string | undefined =>
  focused(roster)?.closest<HTMLElement>('[role="row"]')?.dataset['memberId'];
const filter = (roster: DjMemberRoster, name: string): HTMLSelectElement =>
  roster.shadowRoot!.querySelector<HTMLSelectElement>(`select[data-filter="${name}"]`)!;

async function choose(roster: DjMemberRoster, name: string, value: string): Promise<void> {
  const select = filter(roster, name);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await roster.updateComplete;
}

/** Past 200 orgs the org filter is a search box: type the name, Enter takes the first match. */
async function searchOrg(roster: DjMemberRoster, name: string): Promise<void> {
  const input = roster.shadowRoot!.querySelector<HTMLInputElement>('input[data-filter="org"]')!;
  await userEvent.fill(input, name);
  await userEvent.keyboard('{Enter}');
  await roster.updateComplete;
}

describe('<dj-member-roster> with 100,000 members', () => {
  const tenant = generateTenant(100_000);
  const members: readonly Member[] = tenant.records.members;
  const orgs: readonly Org[] = tenant.records.orgs;

  it('keeps only a window of rows in the DOM, and the grid knows the full size', async () => {
    const roster = await mountRoster((element) => {
      element.members = members;
      element.orgs = orgs;
    });
    expect(grid(roster).getAttribute('aria-rowcount')).toBe('100001');
    expect(grid(roster).getAttribute('aria-colcount')).toBe('8');
    expect(rowsOf(roster).length).toBeGreaterThan(5);
    expect(rowsOf(roster).length).toBeLessThan(60);
    expect(rowsOf(roster)[0]!.getAttribute('aria-rowindex')).toBe('2');

    grid(roster).scrollTop = 50_000 * 40;
    await expect.poll(() => rowsOf(roster).some((row) => row.getAttribute('aria-rowindex') === '50002')).toBe(true);
    expect(rowsOf(roster).length).toBeLessThan(60);
  });

  it('filters by category and org subtree, and sorts by age, over all 100,000', async () => {
    const roster = await mountRoster((element) => {
      element.members = members;
      element.orgs = orgs;
    });
    await choose(roster, 'category', 'senior');
    const seniors = roster.shownMembers;
    expect(seniors.length).toBeGreaterThan(20_000);
    expect(seniors.length).toBeLessThan(60_000);
    expect(seniors.every((member) => member.birthDate <= '1966-11-23')).toBe(true);
    expect(grid(roster).getAttribute('aria-rowcount')).toBe(String(seniors.length + 1));

    await searchOrg(roster, orgs.find((org) => org.id === 'c7')!.name);
    const inC7 = roster.shownMembers;
    expect(inC7.length).toBeGreaterThan(100);
    expect(
      inC7.every((member) => member.relationOrgId.startsWith('c7b') || member.managingOrgId.startsWith('c7b')),
    ).toBe(true);

    roster.sort = 'age';
    roster.direction = 'descending';
    await roster.updateComplete;
    const births = roster.shownMembers.map((member) => member.birthDate);
    expect(births).toEqual([...births].sort());
    expect(rowsOf(roster).length).toBeLessThan(60);
  });

  it('moves by keyboard through 100,000 rows: Ctrl+End, PageUp, Ctrl+Home', async () => {
    const roster = await mountRoster((element) => {
      element.members = members;
      element.orgs = orgs;
    });
    roster.focus();
    const first = roster.shownMembers[0]!.id;
    expect(focusedRowId(roster)).toBe(first);
    await userEvent.keyboard('{Control>}{End}{/Control}');
    const last = roster.shownMembers.at(-1)!.id;
    await expect.poll(() => focusedRowId(roster)).toBe(last);
    expect(rowOf(roster, last).getAttribute('aria-rowindex')).toBe('100001');
    expect(rowsOf(roster).length).toBeLessThan(60);
    await userEvent.keyboard('{PageUp}');
    await expect.poll(() => focusedRowId(roster)).not.toBe(last);
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    await expect.poll(() => focusedRowId(roster)).toBe(first);
  });
});

describe('<dj-member-roster>', () => {
  const mountSmall = (setup: (roster: DjMemberRoster) => void = () => {}) =>
    mountRoster((element) => {
      element.members = someMembers;
      element.orgs = memberOrgs;
      setup(element);
    });

  it('shows names in pinyin order, masked numbers, and a header row with sort state', async () => {
    const roster = await mountSmall();
    expect(rowsOf(roster).map((row) => row.dataset['memberId'])).toEqual(['m2', 'm1', 'm3', 'm4']);
    const wang = rowOf(roster, 'm1');
    expect(text(wang.querySelector('.id-number')!)).toMatch(/^320402\*{8}\d{3}[\dX]$/);
    expect(text(wang.querySelector('.phone')!)).toBe('138****5678');
    const nameHeader = roster.shadowRoot!.querySelector('[role="columnheader"]')!;
    expect(nameHeader.getAttribute('aria-sort')).toBe('ascending');
  });

  it('shows full numbers only when unmasked, after a dj-unmask-request the page may cancel', async () => {
    const roster = await mountSmall((element) => (element.allowUnmask = true));
    const button = roster.shadowRoot!.querySelector<HTMLButtonElement>('[part="unmask"]')!;
    const refuse = (event: Event) => event.preventDefault();
    roster.addEventListener('dj-unmask-request', refuse);
    button.click();
    await roster.updateComplete;
    expect(roster.unmask).toBe(false);
    roster.removeEventListener('dj-unmask-request', refuse);
    button.click();
    await roster.updateComplete;
    expect(roster.unmask).toBe(true);
    expect(text(rowOf(roster, 'm1').querySelector('.phone')!)).toBe('13812345678');
  });

  it('shows a chip reason in a tooltip on keyboard focus, described by aria-describedby', async () => {
    const roster = await mountSmall();
    roster.focus();
    await userEvent.keyboard('{ArrowDown}{End}');
    const chip = focused(roster)!;
    expect(chip.classList.contains('chip')).toBe(true);
    expect(focusedRowId(roster)).toBe('m1');
    const tip = roster.shadowRoot!.getElementById(chip.getAttribute('aria-describedby')!)!;
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(getComputedStyle(tip).display).not.toBe('none');
    expect(text(tip)).toContain('care.hardship');
    expect(text(tip)).toMatch(/版/);
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => getComputedStyle(tip).display).toBe('none');
    await userEvent.keyboard('{Home}');
    expect(text(focused(roster)!)).toBe('王秀英');
    expect(getComputedStyle(tip).display).toBe('none');
  });

  it('shows a chip reason on hover', async () => {
    const roster = await mountSmall();
    const chip = rowOf(roster, 'm4').querySelector<HTMLElement>('.chip[data-yields="student"]')!;
    const tip = roster.shadowRoot!.getElementById(chip.getAttribute('aria-describedby')!)!;
    expect(getComputedStyle(tip).display).toBe('none');
    await userEvent.hover(chip);
    await expect.poll(() => getComputedStyle(tip).display).not.toBe('none');
  });

  it('selects with Enter (dj-member-select) and sorts from the header by keyboard', async () => {
    const roster = await mountSmall();
    const selected: string[] = [];
    roster.addEventListener('dj-member-select', (event: DjMemberSelectEvent) => selected.push(event.memberId));
    roster.focus();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(selected).toEqual(['m1']);
    expect(rowOf(roster, 'm1').getAttribute('aria-selected')).toBe('true');

    await userEvent.keyboard('{ArrowUp}{ArrowUp}{ArrowRight}{ArrowRight}');
    expect(text(focused(roster)!)).toContain('年龄');
    await userEvent.keyboard('{Enter}');
    await roster.updateComplete;
    expect(roster.sort).toBe('age');
    expect(rowsOf(roster).map((row) => row.dataset['memberId'])).toEqual(['m4', 'm2', 'm3', 'm1']);
    expect(text(roster.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!)).toBe('按年龄升序排列');
  });

  it('filters by care flag and stage, and says when nothing matches', async () => {
    const roster = await mountSmall();
    await choose(roster, 'care', 'hardship');
    expect(roster.shownMembers.map((member) => member.id)).toEqual(['m1']);
    await choose(roster, 'stage', 'probationary');
    expect(text(roster.shadowRoot!.querySelector('[part="status"]')!)).toBe('没有符合筛选条件的党员');
    await choose(roster, 'care', '');
    expect(roster.shownMembers.map((member) => member.id)).toEqual(['m4']);
    expect(filter(roster, 'stage').labels[0]!.textContent).toBe('党员类别');
  });

  it('speaks English with lang="en"', async () => {
    const roster = await mountSmall((element) => element.setAttribute('lang', 'en'));
    expect(grid(roster).getAttribute('aria-label')).toBe('Member roster');
    expect(text(rowOf(roster, 'm4').querySelector('.chip')!)).toBe('Student');
  });
});
