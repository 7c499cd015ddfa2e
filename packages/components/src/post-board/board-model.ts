import {
  holdersOf,
  pledgeReport,
  postKinds,
  subtreeOf,
  type Finding,
  type PledgeCounts,
  type PledgeLine,
  type Post,
  type Snapshot,
} from '@dangjian/core';

/** The tables the board reads. */
export type PostBoardSnapshot = Pick<Snapshot, 'orgs' | 'members' | 'posts' | 'pledges'>;

/** A pledge as the board shows it: by the member's name, with core's line (state, outcome, days overdue). */
export interface PledgeRow {
  readonly line: PledgeLine;
  readonly memberName: string;
  readonly text: string;
}

export interface PostRow {
  readonly post: Post;
  readonly holders: readonly { readonly memberId: string; readonly name: string }[];
  readonly pledges: readonly PledgeRow[];
}

export interface PostBoardView {
  readonly posts: readonly PostRow[];
  /** Pledges made on no post (or on a post outside the board). */
  readonly otherPledges: readonly PledgeRow[];
  readonly counts: PledgeCounts;
  readonly findings: readonly Finding[];
  readonly asOf: string;
}

const kindOrder = (post: Post): number => postKinds.indexOf(post.kind);

/**
 * The posts of an org's subtree (kind by kind, then by name), each with its holders by name and
 * the pledges made on it, plus core's `pledgeReport` for the same subtree and day.
 */
export function postBoardView(snapshot: PostBoardSnapshot, orgId: string, asOf: string): PostBoardView {
  const report = pledgeReport(snapshot, { orgId, asOf });
  const orgIds = subtreeOf(snapshot, orgId);
  const nameOf = (memberId: string) => snapshot.members.get(memberId)?.name ?? '—';
  const posts = [...snapshot.posts.values()]
    .filter((post) => orgIds.has(post.orgId))
    .sort((a, b) => kindOrder(a) - kindOrder(b) || a.name.localeCompare(b.name, 'zh-CN'));
  const byPost = new Map<string, PledgeRow[]>();
  const otherPledges: PledgeRow[] = [];
  const shown = new Set(posts.map((post) => post.id));
  for (const line of report.data.pledges) {
    if (line.state === 'withdrawn') continue;
    const pledge = snapshot.pledges.get(line.pledgeId)!;
    const row = { line, memberName: pledge.memberName ?? nameOf(line.memberId), text: pledge.text };
    if (line.postId !== undefined && shown.has(line.postId)) {
      const list = byPost.get(line.postId);
      if (list) list.push(row);
      else byPost.set(line.postId, [row]);
    } else otherPledges.push(row);
  }
  return {
    posts: posts.map((post) => ({
      post,
      holders: holdersOf(post).map((memberId) => ({ memberId, name: nameOf(memberId) })),
      pledges: byPost.get(post.id) ?? [],
    })),
    otherPledges,
    counts: report.data.counts,
    findings: report.findings,
    asOf: report.data.asOf,
  };
}
