import '@dangjian/components/provider/define';
import '@dangjian/components/post-board/define';
import type { DjPostBoard, DjPostClaimedEvent } from '@dangjian/components';
import { holdersOf, pledgeReport, type Workspace } from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { scopedMembers } from '../fixtures/scoped-street.js';
import { engagementAsOf, openEngagementWorkspace } from './support/engagement-fixture.js';
import { settle, useStrictCsp } from './support/strict-csp.js';
import { mount, text, usePage } from './support/tree.js';
import { mountProvider } from './support/workspace.js';

usePage();
const violations = useStrictCsp();

async function mountBoard(memberId?: string): Promise<{ board: DjPostBoard; workspace: Workspace }> {
  const workspace = await openEngagementWorkspace();
  const provider = await mountProvider(workspace);
  const board = document.createElement('dj-post-board');
  board.orgId = 'c1';
  board.asOf = engagementAsOf;
  if (memberId) board.memberId = memberId;
  await mount(board, provider);
  return { board, workspace };
}

const $ = (board: DjPostBoard, selector: string): HTMLElement | null =>
  board.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (board: DjPostBoard, selector: string): HTMLElement[] => [
  ...board.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

describe('<dj-post-board>', () => {
  it("shows core's pledge counts and overdue findings, each post's holders and pledges, by name only", async () => {
    const { board, workspace } = await mountBoard();
    const report = pledgeReport(workspace.snapshot, { orgId: 'c1', asOf: engagementAsOf });
    const { made, reported, assessed } = report.data.counts.byState;
    expect(text($(board, '[part="summary"]')!)).toBe(
      `截至 2026-03-20：践诺中 ${made} 项，待评议 ${reported} 项，已评议 ${assessed} 项，逾期 ${report.data.counts.overdue} 项`,
    );
    expect([made, reported, assessed, report.data.counts.overdue]).toEqual([2, 1, 0, 1]);
    expect($$(board, '[part="findings"] li').map(text)).toEqual(
      report.findings.map((finding) => finding.text['zh-CN']),
    );
    expect(text($(board, '[part="findings"] li')!)).toBe(
      '王秀英的承诺“每周清理楼道杂物”已于 2026-03-05 到期，逾期 15 天未报告践诺情况',
    );
    // Posts kind by kind (服务岗, 先锋岗, 责任区), with as many holders as the workspace has.
    const rows = $$(board, '[part="post"]');
    expect(rows.map((row) => row.dataset['post'])).toEqual(['pb2', 'pb1', 'pg1']);
    for (const row of rows) {
      const post = workspace.snapshot.posts.get(row.dataset['post']!)!;
      expect(Number(row.dataset['holders'])).toBe(holdersOf(post).length);
    }
    expect(text($(board, '[data-post="pb1"] [data-col="holders"]')!)).toBe('在岗 1/2 人');
    expect(text($(board, '[data-post="pb2"] [data-col="holders"]')!)).toBe('在岗 0 人');
    expect(text($(board, '[data-post="pg1"] [data-col="names"]')!)).toBe('李建国');
    expect(text($(board, '[data-post="pb1"] [data-pledge="pl1"]')!)).toContain(
      '王秀英：每周清理楼道杂物（2026-03-05 前）',
    );
    expect(text($(board, '[data-pledge="pl1"] [part="overdue"]')!)).toBe('逾期 15 天');
    expect(text($(board, '[part="other-pledges"] [data-pledge="pl3"]')!)).toContain('待评议');
    const page = board.shadowRoot!.textContent!;
    for (const member of scopedMembers) {
      expect(page).not.toContain(member.idNumber!);
      expect(page).not.toContain(member.phone!);
    }
    // Not connected to act for anyone: no buttons.
    expect($$(board, 'button')).toEqual([]);
  });

  it('claims a post for the acting member through the workspace, then leaves it', async () => {
    const { board, workspace } = await mountBoard('m2');
    const claimed: DjPostClaimedEvent[] = [];
    board.addEventListener('dj-post-claimed', (event) => claimed.push(event));
    await userEvent.click($(board, '[data-post="pb1"] button[data-act="claim"]')!);
    await expect.poll(() => claimed.length).toBe(1);
    expect(claimed[0]!.detail).toEqual({
      type: 'post.claim',
      postId: 'pb1',
      memberId: 'm2',
      revision: workspace.revision,
    });
    expect(workspace.snapshot.posts.get('pb1')!.holderMemberIds).toEqual(['m1', 'm2']);
    await board.updateComplete;
    expect(text($(board, '[data-post="pb1"] [data-col="holders"]')!)).toBe('在岗 2/2 人');
    expect(text($(board, '[data-post="pb1"] [data-col="names"]')!)).toBe('王秀英、李建国');
    await userEvent.click($(board, '[data-post="pb1"] button[data-act="release"]')!);
    await expect.poll(() => claimed.length).toBe(2);
    expect(workspace.snapshot.posts.get('pb1')!.holderMemberIds).toEqual(['m1']);
  });

  it("shows core's refusal when a member outside the post's org claims it, writing nothing", async () => {
    const { board, workspace } = await mountBoard('m4');
    const revision = workspace.revision;
    await userEvent.click($(board, '[data-post="pb1"] button[data-act="claim"]')!);
    await expect.poll(() => $(board, '[part="error"]')).not.toBeNull();
    expect(text($(board, '[part="error"]')!)).toBe(
      '未能完成：岗位“楼道环境先锋岗”由所在党组织的党员或到该社区报到的党员认领',
    );
    expect(workspace.revision).toBe(revision);
    expect(workspace.snapshot.posts.get('pb1')!.holderMemberIds).toEqual(['m1']);
  });

  it('renders and acts under a strict CSP without a violation', async () => {
    violations.length = 0;
    const { board } = await mountBoard('m3');
    await userEvent.click($(board, '[data-post="pb2"] button[data-act="claim"]')!);
    await expect.poll(() => $(board, '[data-post="pb2"] button[data-act="release"]')).not.toBeNull();
    await settle();
    expect(violations).toEqual([]);
  });
});
