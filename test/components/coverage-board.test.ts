import '@dangjian/components/provider/define';
import '@dangjian/components/coverage-board/define';
import { DjUnitSelectEvent, type DjCoverageBoard } from '@dangjian/components';
import { coverageReport, newSectorKinds, registerUnit } from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { regionalStreet } from '../fixtures/tenants/regional-street.js';
import { mount, text, usePage } from './support/tree.js';
import { provideSnapshot } from './support/workspace.js';

usePage();

const street = regionalStreet();

async function mountBoard(setup: (board: DjCoverageBoard) => void, parent?: HTMLElement): Promise<DjCoverageBoard> {
  const board = document.createElement('dj-coverage-board');
  setup(board);
  return mount(board, parent);
}

const sections = (board: DjCoverageBoard): HTMLElement[] => [
  ...board.shadowRoot!.querySelectorAll<HTMLElement>('section[part~="section"]'),
];
/**
 * Text content with whitespace collapsed: units are laid out lazily (`content-visibility: auto`),
 * so `innerText` of one off screen is empty though its content is there for every reader.
 */
const content = (element: Element): string => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
const headingOf = (section: HTMLElement): string => text(section.querySelector('[role="heading"]')!);
const unitsIn = (section: HTMLElement): HTMLElement[] => [...section.querySelectorAll<HTMLElement>('[role="option"]')];
const unitIdsIn = (section: HTMLElement): (string | undefined)[] =>
  unitsIn(section).map((unit) => unit.dataset['unitId']);
const totals = (board: DjCoverageBoard): string[] =>
  [...board.shadowRoot!.querySelectorAll('.total')].map((total) => text(total));
const filter = (board: DjCoverageBoard, formation: string): HTMLButtonElement =>
  board.shadowRoot!.querySelector(`button[data-formation="${formation}"]`)!;
const focusedUnit = (board: DjCoverageBoard): string | undefined =>
  (board.shadowRoot!.activeElement as HTMLElement | null)?.dataset['unitId'];

describe('<dj-coverage-board>', () => {
  it('shows the 28 firms of the regional street: no blank spots, 19 by instructor, 9 by an org', async () => {
    const board = await mountBoard((element) => {
      element.snapshot = street;
      element.setAttribute('kinds', 'privateEnterprise socialOrganisation');
    });
    expect(board.kinds).toEqual(newSectorKinds);
    expect(totals(board)).toEqual(['空白点 0', '工作覆盖 19', '组织覆盖 9', '单位总数 28']);

    const [blank, work, organisation] = sections(board);
    expect([blank, work, organisation].map((section) => headingOf(section!))).toEqual([
      '空白点 0',
      '工作覆盖 19',
      '组织覆盖 9',
    ]);
    expect(text(blank!.querySelector('[part="empty"]')!)).toBe('没有空白点：每个单位都已实现组织覆盖或工作覆盖');
    // Sorted by name with numbers in numeric order.
    expect(unitIdsIn(work!).slice(0, 3)).toEqual(['firm10', 'firm11', 'firm12']);
    expect(unitIdsIn(organisation!)).toEqual([
      'firm1',
      'firm2',
      'firm3',
      'firm4',
      'firm5',
      'firm6',
      'firm7',
      'firm8',
      'firm9',
    ]);
    expect(content(unitsIn(work!)[0]!)).toBe(
      '非公企业10 非公企业 派建 已选派党建指导员党建指导员10（派建），实现工作覆盖',
    );
    expect(content(unitsIn(organisation!)[6]!)).toBe(
      '非公企业7 非公企业 联建 由联合党支部“商圈联合党支部”覆盖（联建）',
    );
  });

  it('puts blank spots first, with their reason', async () => {
    // All 43 units: the 15 resident units have no org and no instructor recorded.
    const board = await mountBoard((element) => (element.snapshot = street));
    const [blank] = sections(board);
    expect(headingOf(blank!)).toBe('空白点 15');
    expect(blank!.getAttribute('part')).toBe('section section-none');
    expect(content(unitsIn(blank!)[0]!)).toBe('驻区单位1 机关 未覆盖 空白点：既没有党组织，也没有选派党建指导员');
    expect(totals(board)[0]).toBe('空白点 15');
  });

  it('filters by formation with toggle buttons', async () => {
    const board = await mountBoard((element) => {
      element.snapshot = street;
      element.kinds = newSectorKinds;
    });
    const counts = [...board.shadowRoot!.querySelectorAll('button[part="filter"]')].map((button) => text(button));
    expect(counts).toEqual(['全部 28', '单建 6', '联建 3', '挂建 0', '派建 19', '未覆盖 0']);
    expect(board.shadowRoot!.querySelector('[role="group"]')!.getAttribute('aria-label')).toBe('按覆盖方式筛选');

    await userEvent.click(filter(board, 'joint'));
    await expect.poll(() => filter(board, 'joint').getAttribute('aria-pressed')).toBe('true');
    expect(board.getAttribute('formations')).toBe('joint');
    const [, work, organisation] = sections(board);
    expect(unitIdsIn(work!)).toEqual([]);
    expect(unitIdsIn(organisation!)).toEqual(['firm7', 'firm8', 'firm9']);
    expect(text(work!.querySelector('[part="empty"]')!)).toBe('无（已按覆盖方式筛选）');

    // Keyboard: Space on a focused toggle presses it too.
    filter(board, 'instructor').focus();
    await userEvent.keyboard(' ');
    await expect.poll(() => unitIdsIn(sections(board)[1]!).length).toBe(19);
    expect(unitIdsIn(sections(board)[2]!)).toEqual(['firm7', 'firm8', 'firm9']);

    await userEvent.click(board.shadowRoot!.querySelector<HTMLElement>('button[part="filter"]:not([data-formation])')!);
    await expect.poll(() => unitIdsIn(sections(board)[2]!).length).toBe(9);
    expect(filter(board, 'joint').getAttribute('aria-pressed')).toBe('false');
  });

  it('moves through a list with the arrow keys and selects with Enter', async () => {
    const board = await mountBoard((element) => {
      element.snapshot = street;
      element.kinds = newSectorKinds;
    });
    const selections: DjUnitSelectEvent[] = [];
    board.addEventListener('dj-unit-select', (event) => selections.push(event));
    const organisation = sections(board)[2]!;
    // One tab stop per list.
    expect(unitsIn(organisation).map((unit) => unit.tabIndex)).toEqual([0, -1, -1, -1, -1, -1, -1, -1, -1]);

    unitsIn(organisation)[0]!.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect.poll(() => focusedUnit(board)).toBe('firm3');
    await userEvent.keyboard('{End}');
    await expect.poll(() => focusedUnit(board)).toBe('firm9');
    await userEvent.keyboard('{ArrowDown}');
    expect(focusedUnit(board)).toBe('firm9');
    await userEvent.keyboard('{Home}{ArrowDown}{Enter}');
    await expect.poll(() => board.selected).toBe('firm2');
    expect(selections).toHaveLength(1);
    expect(selections[0]).toBeInstanceOf(DjUnitSelectEvent);
    expect(selections[0]!.unitId).toBe('firm2');
    expect(selections[0]!.detail.coverage.coverage).toBe('organisation');
    expect(selections[0]!.detail.unit?.name).toBe('非公企业2');
    const selected = unitsIn(sections(board)[2]!)[1]!;
    expect(selected.getAttribute('aria-selected')).toBe('true');
    expect(selected.getAttribute('part')).toBe('unit unit-selected');
  });

  it('takes a report computed elsewhere, with its units for names', async () => {
    const report = coverageReport(street, { kinds: newSectorKinds });
    const board = await mountBoard((element) => {
      element.report = report;
      element.units = street.units.toArray();
      element.lang = 'en';
    });
    expect(totals(board)).toEqual(['Blank spots 0', 'Work coverage 19', 'Organisation coverage 9', 'Units 28']);
    expect(content(unitsIn(sections(board)[2]!)[0]!)).toBe(
      '非公企业1 private enterprise standalone Covered by its own org "非公企业1党支部" (standalone)',
    );
  });

  it('follows the workspace: a new unit without coverage shows up as a blank spot', async () => {
    const { workspace, provider } = await provideSnapshot(street);
    const board = await mountBoard((element) => (element.kinds = newSectorKinds), provider);
    expect(headingOf(sections(board)[0]!)).toBe('空白点 0');

    const result = await workspace.run(registerUnit, {
      id: 'firm29',
      name: '新开业科技公司',
      kind: 'privateEnterprise',
      communityOrgId: 'community',
    });
    expect(result.ok).toBe(true);
    await expect.poll(() => headingOf(sections(board)[0]!)).toBe('空白点 1');
    expect(unitIdsIn(sections(board)[0]!)).toEqual(['firm29']);
    expect(totals(board)).toEqual(['空白点 1', '工作覆盖 19', '组织覆盖 9', '单位总数 29']);
  });
});
