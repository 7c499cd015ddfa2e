import '@dangjian/components/provider/define';
import '@dangjian/components/wish-board/define';
import type { DjWishBoard, DjWishSteppedEvent } from '@dangjian/components';
import { wishReport, wishStates, type Workspace } from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { engagementAsOf, openEngagementWorkspace } from './support/engagement-fixture.js';
import { settle, useStrictCsp } from './support/strict-csp.js';
import { mount, text, usePage } from './support/tree.js';
import { mountProvider } from './support/workspace.js';

usePage();
const violations = useStrictCsp();

async function mountBoard(memberId?: string): Promise<{ board: DjWishBoard; workspace: Workspace }> {
  const workspace = await openEngagementWorkspace();
  const provider = await mountProvider(workspace);
  const board = document.createElement('dj-wish-board');
  board.orgId = 'c1';
  board.asOf = engagementAsOf;
  if (memberId) board.memberId = memberId;
  await mount(board, provider);
  return { board, workspace };
}

const $ = (board: DjWishBoard, selector: string): HTMLElement | null =>
  board.shadowRoot!.querySelector<HTMLElement>(selector);
const column = (board: DjWishBoard, state: string): string[] =>
  [...board.shadowRoot!.querySelectorAll<HTMLElement>(`[part="column"][data-state="${state}"] [part="card"]`)].map(
    (card) => card.dataset['wish']!,
  );
const button = (board: DjWishBoard, wishId: string, act: string): HTMLElement =>
  $(board, `[data-wish="${wishId}"] button[data-act="${act}"]`)!;

/** The wishes of each state in the workspace, as core stores them. */
const byState = (workspace: Workspace) =>
  Object.fromEntries(
    wishStates.map((state) => [
      state,
      workspace.snapshot.wishes
        .toArray()
        .filter((wish) => wish.state === state)
        .map((wish) => wish.id)
        .sort(),
    ]),
  );
const shownByState = (board: DjWishBoard) =>
  Object.fromEntries(wishStates.map((state) => [state, column(board, state).sort()]));

describe('<dj-wish-board>', () => {
  it("shows one column per state holding the workspace's wishes, and core's counts for the year", async () => {
    const { board, workspace } = await mountBoard();
    expect(shownByState(board)).toEqual(byState(workspace));
    expect(shownByState(board)).toMatchObject({ posted: ['w1'], reviewed: ['w2'], open: ['w3'], claimed: ['w4'] });
    expect(text($(board, '[data-state="claimed"] .column-heading')!)).toBe('已认领（1）');
    const [counts] = wishReport(workspace.snapshot, { orgId: 'c1', from: '2026-01-01', to: '2027-01-01' }).data
      .communities;
    expect(text($(board, '[part="summary"]')!)).toBe(
      `2026-01-01 至 2027-01-01：发布 ${counts!.posted} 个，认领 ${counts!.claimed} 个，兑现 ${counts!.fulfilled} 个，帮助居民 ${counts!.residentsHelped} 人`,
    );
    expect(text($(board, '[data-wish="w4"]')!)).toContain('认领人：李建国');
    // Without an acting member there is nothing to claim with.
    expect($(board, 'button[data-act="claim"]')).toBeNull();
  });

  it('reviews, publishes, claims and confirms through the workspace, columns following', async () => {
    const { board, workspace } = await mountBoard('m2');
    const stepped: DjWishSteppedEvent[] = [];
    board.addEventListener('dj-wish-stepped', (event) => stepped.push(event));
    await userEvent.click(button(board, 'w3', 'claim'));
    await expect.poll(() => stepped.length).toBe(1);
    expect(stepped[0]!.detail).toEqual({
      wishId: 'w3',
      type: 'wish.claim',
      state: 'claimed',
      revision: workspace.revision,
    });
    await board.updateComplete;
    expect(column(board, 'claimed').sort()).toEqual(['w3', 'w4']);
    await userEvent.click(button(board, 'w4', 'confirm'));
    await expect.poll(() => workspace.snapshot.wishes.get('w4')!.state).toBe('fulfilled');
    await userEvent.click(button(board, 'w1', 'review'));
    await expect.poll(() => workspace.snapshot.wishes.get('w1')!.state).toBe('reviewed');
    await userEvent.click(button(board, 'w2', 'publish'));
    await expect.poll(() => workspace.snapshot.wishes.get('w2')!.state).toBe('open');
    await board.updateComplete;
    expect(shownByState(board)).toEqual(byState(workspace));
  });

  it("shows core's refusal when a member who did not report to the community claims, writing nothing", async () => {
    const { board, workspace } = await mountBoard('m4');
    const revision = workspace.revision;
    await userEvent.click(button(board, 'w3', 'claim'));
    await expect.poll(() => $(board, '[part="error"]')).not.toBeNull();
    expect(text($(board, '[part="error"]')!)).toBe('未能完成：认领人未到社区报到（双报到），不能认领本社区的心愿');
    expect(workspace.revision).toBe(revision);
    expect(workspace.snapshot.wishes.get('w3')!.state).toBe('open');
  });

  it('speaks English under lang="en", the state names still core\'s', async () => {
    const { board } = await mountBoard('m2');
    board.setAttribute('lang', 'en');
    // The locale follows `lang` through a MutationObserver: the re-render comes a task later.
    await expect.poll(() => text($(board, '[data-state="claimed"] .column-heading')!)).toBe('claimed (1)');
    expect(text(button(board, 'w3', 'claim'))).toBe('Claim');
    expect(text($(board, '[part="summary"]')!)).toMatch(/^2026-01-01 to 2027-01-01: \d+ posted/);
  });

  it('renders and acts under a strict CSP without a violation', async () => {
    violations.length = 0;
    const { board } = await mountBoard('m2');
    await userEvent.click(button(board, 'w3', 'claim'));
    await expect.poll(() => column(board, 'claimed').length).toBe(2);
    await settle();
    expect(violations).toEqual([]);
  });
});
