import '@dangjian/components/score-ledger/define';
import type { DjScoreLedger, DjScoreMemberSelectEvent } from '@dangjian/components';
import { awardPoints, defaultScoreScheme, scoreLedgerReport, type Workspace } from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { openPointsWorkspace, pointsAsOf } from './support/points-fixture.js';
import { settle, useStrictCsp } from './support/strict-csp.js';
import { mount, text, usePage } from './support/tree.js';

usePage();
// A portal's strict CSP: the ledger sets no inline style anywhere.
const violations = useStrictCsp();

const shadow = (ledger: DjScoreLedger): ShadowRoot => ledger.shadowRoot!;
const cell = (row: Element, col: string): string => text(row.querySelector(`[data-col="${col}"]`)!);

async function mountLedger(workspace: Workspace, setup: (ledger: DjScoreLedger) => void): Promise<DjScoreLedger> {
  const ledger = document.createElement('dj-score-ledger');
  ledger.workspace = workspace;
  ledger.asOf = pointsAsOf;
  setup(ledger);
  return mount(ledger);
}

const coreReport = (workspace: Workspace, scope: { memberIds: string[] } | { orgId: string }) =>
  scoreLedgerReport(workspace.snapshot, defaultScoreScheme, { ...scope, year: 2026, asOf: pointsAsOf }).data;

/** A member's lines and totals as the page shows them. */
function shownLedger(ledger: DjScoreLedger) {
  const lines = [...shadow(ledger).querySelectorAll('tbody tr')].map((row) => ({
    itemId: (row as HTMLElement).dataset['item'],
    on: cell(row, 'on'),
    rawPoints: Number(cell(row, 'raw')),
    points: Number(cell(row, 'points')),
  }));
  const foot = (selector: string) => Number(cell(shadow(ledger).querySelector(`tfoot ${selector}`)!, 'points'));
  return {
    lines,
    parts: { base: foot('[data-part="base"]'), task: foot('[data-part="task"]'), reward: foot('[data-part="reward"]') },
    total: foot('[data-total]'),
  };
}

function shownRankings(ledger: DjScoreLedger) {
  return [...shadow(ledger).querySelectorAll('table[part="ranking"]')].map((table) => ({
    orgId: (table as HTMLElement).dataset['org'],
    members: [...table.querySelectorAll('tbody tr')].map((row) => ({
      memberId: (row as HTMLElement).dataset['member'],
      rank: Number(cell(row, 'rank')),
      total: Number(cell(row, 'points')),
    })),
  }));
}

describe('<dj-score-ledger>', () => {
  it("shows a member's lines, part totals and total exactly as core's scoreLedgerReport, and why a line counts 0", async () => {
    const workspace = await openPointsWorkspace();
    const ledger = await mountLedger(workspace, (element) => (element.memberId = 'm2'));
    const core = coreReport(workspace, { memberIds: ['m2'] }).members[0]!;
    expect(shownLedger(ledger)).toEqual({
      lines: core.lines.map(({ itemId, on, rawPoints, points }) => ({ itemId, on, rawPoints, points })),
      parts: core.parts,
      total: core.total,
    });
    expect(shownLedger(ledger)).toMatchObject({ parts: { base: 5, task: 5, reward: 0 }, total: 10 });
    const capped = shadow(ledger).querySelector('tbody tr[data-reduced="true"]')!;
    expect(cell(capped, 'note')).toBe('2026-03 已达上限 3 分');
    expect(cell(capped, 'source')).toBe('组织生活 · 主题党日 2026-03-20');
    const award = shadow(ledger).querySelector('tbody tr[data-item="task.assigned"]')!;
    expect(cell(award, 'source')).toBe('人工加分 · 协助社区完成人口普查入户登记');
    await settle();
    expect(violations).toEqual([]);
  });

  it('ranks each branch as core does, leaving out a member over 70, and follows a new award', async () => {
    const workspace = await openPointsWorkspace();
    const ledger = await mountLedger(workspace, (element) => (element.orgId = 'lj'));
    const rankings = () =>
      coreReport(workspace, { orgId: 'lj' }).rankings.map((ranking) => ({
        orgId: ranking.orgId,
        members: ranking.members.map(({ memberId, rank, total }) => ({ memberId, rank, total })),
      }));
    expect(shownRankings(ledger)).toEqual(rankings());
    expect(shownRankings(ledger)).toEqual([
      {
        orgId: 'lj-b1',
        members: [
          { memberId: 'm2', rank: 1, total: 10 },
          { memberId: 'm3', rank: 2, total: 5 },
        ],
      },
    ]);
    // Another 5 for 张桂兰 ties her with 李建国: one rank, listed by name (李 lǐ before 张 zhāng).
    const input = {
      id: 'pa-2',
      memberId: 'm3',
      itemId: 'task.assigned',
      points: 5,
      reason: '义务巡逻',
      on: '2026-07-01',
    };
    const result = await workspace.run(awardPoints, input);
    expect(result.ok).toBe(true);
    await ledger.updateComplete;
    expect(shownRankings(ledger)[0]!.members).toEqual([
      { memberId: 'm2', rank: 1, total: 10 },
      { memberId: 'm3', rank: 1, total: 10 },
    ]);
    expect(shownRankings(ledger)).toEqual(rankings());
  });

  it('opens a member from the ranking (a cancelable dj-score-member-select) and goes back', async () => {
    const workspace = await openPointsWorkspace();
    const ledger = await mountLedger(workspace, (element) => (element.orgId = 'lj'));
    const chosen: string[] = [];
    ledger.addEventListener('dj-score-member-select', (event: DjScoreMemberSelectEvent) => chosen.push(event.memberId));
    await userEvent.click(shadow(ledger).querySelector<HTMLButtonElement>('tr[data-member="m3"] button')!);
    await ledger.updateComplete;
    expect(chosen).toEqual(['m3']);
    expect(text(shadow(ledger).querySelector('[part="title"]')!)).toBe('张桂兰 2026 年度积分');
    await userEvent.click(shadow(ledger).querySelector<HTMLButtonElement>('[part="back"]')!);
    await ledger.updateComplete;
    expect(shadow(ledger).querySelectorAll('table[part="ranking"]')).toHaveLength(1);

    ledger.addEventListener('dj-score-member-select', (event) => event.preventDefault());
    await userEvent.click(shadow(ledger).querySelector<HTMLButtonElement>('tr[data-member="m2"] button')!);
    await ledger.updateComplete;
    expect(ledger.memberId).toBeUndefined();
  });

  it('says why a member over 70 is not ranked, in English when the page is', async () => {
    const workspace = await openPointsWorkspace();
    const ledger = await mountLedger(workspace, (element) => {
      element.memberId = 'm1';
      element.lang = 'en';
    });
    expect(text(shadow(ledger).querySelector('[part="excluded"]')!)).toBe(
      'Not ranked: members aged 70 or over take part if they wish',
    );
    expect(shownLedger(ledger).total).toBe(3);
  });
});
