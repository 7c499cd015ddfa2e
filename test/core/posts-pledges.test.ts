import {
  createRolePolicy,
  execute,
  ForbiddenError,
  pledgeReport,
  PostSchema,
  snapshotFromRecords,
  ReadView,
  type Pledge,
  type Snapshot,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scopedMembers, scopedRecords, scopedTenant } from '../fixtures/scoped-street.js';
import scenario from '../fixtures/scenarios/regional-street.json';
import { regionalStreet } from '../fixtures/tenants/regional-street.js';
import { policyVerdict } from './fixtures.js';

// 设岗定责 / 依岗承诺: members claim posts within their capacity, once, if the post is their org's
// or their reported community's; pledges go made → reported → assessed; the pledge report finds
// the overdue ones and lists the public ones (亮身份) by name, post and text only.

const at = (day: string) => `${day}T02:00:00.000Z`;
const as = (actorId: string, now = at('2026-03-01'), memberId?: string) => ({
  actor: { id: actorId, roles: [], ...(memberId && { memberId }) },
  now,
});

function run(snapshot: Snapshot, type: string, input: unknown, ctx = as('staff')): Snapshot {
  const result = execute(snapshot, type, input, ctx);
  if (!result.ok) throw result.error;
  return result.value.snapshot;
}

/**
 * The scoped street (c1 ⊃ b1 ⊃ g1, c1 ⊃ b2, c2 ⊃ b3) with m3 (of b2) reported to c1 and three
 * posts: pb1 in b1 for two, pg1 in g1 for one, pb3 in b3 for three.
 */
function street(): Snapshot {
  let snapshot = snapshotFromRecords(scopedTenant, 1, scopedRecords);
  snapshot = run(snapshot, 'member.registerInCommunity', {
    id: 'r-m3',
    memberId: 'm3',
    communityOrgId: 'c1',
    registeredOn: '2026-01-05',
  });
  const posts = [
    { id: 'pb1', name: '楼道先锋岗', kind: 'pioneer', orgId: 'b1', capacity: 2 },
    { id: 'pg1', name: '1号楼责任区', kind: 'responsibilityArea', orgId: 'g1', capacity: 1, area: '紫云苑1号楼' },
    { id: 'pb3', name: '丽华便民服务岗', kind: 'service', orgId: 'b3', capacity: 3 },
  ];
  for (const post of posts) snapshot = run(snapshot, 'post.create', post);
  return snapshot;
}

/**
 * Who may hold which post, written by hand from the tree: b1's post takes b1's members (m1, and m2
 * managed in g1 under it) and m3, who reported to c1; g1's takes m2 and m3; b3's takes m4 only.
 */
const eligible: Readonly<Record<string, readonly string[]>> = {
  pb1: ['m1', 'm2', 'm3'],
  pg1: ['m2', 'm3'],
  pb3: ['m4'],
};
const regionalFigures = scenario.street;
const capacity: Readonly<Record<string, number>> = { pb1: 2, pg1: 1, pb3: 3 };

describe('posts (设岗定责)', () => {
  it('keep data stored before capacity and areas existed', () => {
    const old = { id: 'p', name: '老岗位', kind: 'service', orgId: 'b1', holderMemberIds: ['m1'] };
    expect(PostSchema.parse(old)).toEqual(old);
    // The regional street's 26 先锋岗 and 责任区 were set up with no capacity: they still parse and
    // report, with no pledges yet.
    const regional = regionalStreet();
    const pioneer = regional.posts.toArray().filter((post) => post.kind !== 'volunteerTeam');
    expect(pioneer.map((post) => PostSchema.parse(post))).toHaveLength(
      regionalFigures.pioneerPostsAndResponsibilityAreas,
    );
    expect(pioneer.every((post) => post.capacity === undefined)).toBe(true);
    expect(pledgeReport(regional, { orgId: 'community', asOf: '2026-11-23' }).data.counts.byState).toEqual({
      made: 0,
      reported: 0,
      assessed: 0,
      withdrawn: 0,
    });
  });

  it('are not claimed through a registration before its day (review: registeredOn was ignored)', () => {
    const snapshot = run(street(), 'member.registerInCommunity', {
      id: 'r-m4',
      memberId: 'm4',
      communityOrgId: 'c1',
      registeredOn: '2026-12-01',
    });
    const early = execute(snapshot, 'post.claim', { postId: 'pb1', memberId: 'm4' }, as('staff', at('2026-03-02')));
    expect(!early.ok && early.error.rule?.id).toBe('post.eligible');
    expect(execute(snapshot, 'post.claim', { postId: 'pb1', memberId: 'm4' }, as('staff', at('2026-12-01'))).ok).toBe(
      true,
    );
  });

  it('are claimed within capacity, once, by members of the org or who reported to its community', () => {
    let snapshot = run(street(), 'post.claim', { postId: 'pg1', memberId: 'm2' });
    expect(snapshot.posts.get('pg1')!.holderMemberIds).toEqual(['m2']);
    const full = execute(snapshot, 'post.claim', { postId: 'pg1', memberId: 'm3' }, as('staff'));
    expect(!full.ok && full.error.rule?.id).toBe('post.capacity');
    const twice = execute(snapshot, 'post.claim', { postId: 'pg1', memberId: 'm2' }, as('staff'));
    expect(!twice.ok && twice.error.rule?.id).toBe('post.claimOnce');
    const stranger = execute(snapshot, 'post.claim', { postId: 'pb1', memberId: 'm4' }, as('staff'));
    expect(!stranger.ok && stranger.error).toMatchObject({ rule: { id: 'post.eligible' }, field: 'memberId' });
    // m3 is b2's, but reported to c1 (双报到): c1's posts are open to them.
    snapshot = run(snapshot, 'post.claim', { postId: 'pb1', memberId: 'm3' });
    const result = execute(
      snapshot,
      'post.release',
      { postId: 'pg1', memberId: 'm2' },
      as('a', at('2026-03-02'), 'm2'),
    );
    expect(result.ok && result.value.events).toEqual([
      expect.objectContaining({ type: 'post.released', data: { postId: 'pg1', memberId: 'm2', on: '2026-03-02' } }),
    ]);
    const forOther = execute(
      snapshot,
      'post.claim',
      { postId: 'pb1', memberId: 'm1' },
      as('a', at('2026-03-02'), 'm2'),
    );
    expect(!forOther.ok && forOther.error.rule?.id).toBe('post.claimForOneself');
  });

  it('never exceed capacity nor hold a member twice, under any sequence of claims and releases (property)', () => {
    const base = street();
    const action = fc.record({
      type: fc.constantFrom('post.claim', 'post.release'),
      postId: fc.constantFrom('pb1', 'pg1', 'pb3'),
      memberId: fc.constantFrom('m1', 'm2', 'm3', 'm4'),
    });
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        let snapshot = base;
        // The oracle: the holders each post should have, kept by hand from the rules as written.
        const model = new Map<string, string[]>([
          ['pb1', []],
          ['pg1', []],
          ['pb3', []],
        ]);
        for (const { type, postId, memberId } of actions) {
          const holders = model.get(postId)!;
          const held = holders.includes(memberId);
          const expected =
            type === 'post.release'
              ? held
              : !held && eligible[postId]!.includes(memberId) && holders.length < capacity[postId]!;
          const result = execute(snapshot, type, { postId, memberId }, as('staff'));
          expect(result.ok).toBe(expected);
          if (!result.ok) continue;
          snapshot = result.value.snapshot;
          model.set(postId, type === 'post.claim' ? [...holders, memberId] : holders.filter((id) => id !== memberId));
        }
        for (const [postId, holders] of model) {
          const stored = snapshot.posts.get(postId)!.holderMemberIds ?? [];
          expect(stored).toEqual(holders);
          expect(new Set(stored).size).toBe(stored.length);
          expect(stored.length).toBeLessThanOrEqual(capacity[postId]!);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('pledges (依岗承诺)', () => {
  it('go made → fulfilment reported → assessed, the assessment carrying what points read', () => {
    let snapshot = run(street(), 'post.claim', { postId: 'pb1', memberId: 'm1' });
    snapshot = run(
      snapshot,
      'pledge.make',
      { id: 'pl', memberId: 'm1', postId: 'pb1', text: '每周清理楼道杂物', dueOn: '2026-06-30' },
      as('m1-account', at('2026-03-01'), 'm1'),
    );
    expect(snapshot.pledges.get('pl')).toMatchObject({ orgId: 'b1', madeOn: '2026-03-01', state: 'made' });
    snapshot = run(
      snapshot,
      'pledge.reportFulfilment',
      { pledgeId: 'pl', evidence: '清理 12 次', links: ['https://example.org/a.jpg'] },
      as('m1-account', at('2026-06-20'), 'm1'),
    );
    const assessed = execute(
      snapshot,
      'pledge.assess',
      { pledgeId: 'pl', outcome: 'fulfilled', comment: '按期践诺' },
      as('b1-secretary', at('2026-07-02')),
    );
    expect(assessed.ok && assessed.value.events.map((event) => [event.type, event.data])).toEqual([
      ['pledge.assessed', { pledgeId: 'pl', memberId: 'm1', outcome: 'fulfilled', assessedOn: '2026-07-02' }],
    ]);
    const stored = assessed.ok ? assessed.value.snapshot.pledges.get('pl')! : undefined;
    expect(stored).toMatchObject({
      state: 'assessed',
      fulfilment: { reportedOn: '2026-06-20', evidence: '清理 12 次' },
      assessment: { outcome: 'fulfilled', assessedOn: '2026-07-02', assessedBy: 'b1-secretary', comment: '按期践诺' },
    });
    const again = execute(
      assessed.ok ? assessed.value.snapshot : snapshot,
      'pledge.withdraw',
      { pledgeId: 'pl' },
      as('staff'),
    );
    expect(!again.ok && again.error.rule?.id).toBe('pledge.lifecycle');
  });

  it('are made only on a post held and not due before made; unreported ones are assessed only as not kept', () => {
    const snapshot = street();
    const offPost = execute(
      snapshot,
      'pledge.make',
      { id: 'x', memberId: 'm1', postId: 'pb1', text: '承诺', dueOn: '2026-06-30' },
      as('staff'),
    );
    expect(!offPost.ok && offPost.error.rule?.id).toBe('pledge.onHeldPost');
    const early = execute(
      snapshot,
      'pledge.make',
      { id: 'x', memberId: 'm1', text: '承诺', dueOn: '2026-02-28' },
      as('staff'),
    );
    expect(!early.ok && early.error).toMatchObject({ rule: { id: 'pledge.dueNotBeforeMade' }, field: 'dueOn' });
    const made = run(snapshot, 'pledge.make', {
      id: 'p',
      memberId: 'm4',
      text: '帮扶一户困难群众',
      dueOn: '2026-03-31',
    });
    expect(made.pledges.get('p')!.orgId).toBe('b3');
    const kept = execute(made, 'pledge.assess', { pledgeId: 'p', outcome: 'partly' }, as('staff', at('2026-04-02')));
    expect(!kept.ok && kept.error.rule?.id).toBe('pledge.evidenceBeforeAssessment');
    const notKept = run(made, 'pledge.assess', { pledgeId: 'p', outcome: 'not' }, as('staff', at('2026-04-02')));
    expect(notKept.pledges.get('p')!.assessment!.outcome).toBe('not');
  });
});

/** Days from `from` to `to`, counted by stepping one calendar day at a time (the oracle's own way). */
function daysFrom(from: string, to: string): number {
  let days = 0;
  for (let day = new Date(`${from}T00:00:00Z`); day.toISOString().slice(0, 10) < to; days++) {
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return days;
}

const dayOf = (offset: number): string => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);

/** A pledge with its steps on arbitrary days early in 2026, the stored state its latest step. */
const pledgeArbitrary = fc
  .record({
    // Days close together, so the day judged on often falls on a due, report or assess day.
    made: fc.nat({ max: 40 }),
    due: fc.nat({ max: 10 }),
    report: fc.option(fc.nat({ max: 15 }), { nil: undefined }),
    assess: fc.option(fc.nat({ max: 10 }), { nil: undefined }),
    withdraw: fc.option(fc.nat({ max: 15 }), { nil: undefined }),
    memberId: fc.constantFrom('m1', 'm2', 'm3', 'm4'),
  })
  .map(({ made, due, report, assess, withdraw, memberId }): Omit<Pledge, 'id'> => {
    const reportedOn = report === undefined ? undefined : dayOf(made + report);
    const assessedOn = assess === undefined ? undefined : dayOf(made + (report ?? 0) + assess);
    const withdrawnOn = assessedOn === undefined && withdraw !== undefined ? dayOf(made + withdraw) : undefined;
    return {
      memberId,
      orgId: memberId === 'm4' ? 'b3' : 'b1',
      text: `承诺${made}`,
      madeOn: dayOf(made),
      dueOn: dayOf(made + due),
      state: withdrawnOn ? 'withdrawn' : assessedOn ? 'assessed' : reportedOn ? 'reported' : 'made',
      ...(reportedOn && { fulfilment: { reportedOn, evidence: '已完成', links: [] } }),
      ...(assessedOn && {
        assessment: { outcome: reportedOn ? 'fulfilled' : 'not', assessedOn, assessedBy: 'secretary' },
      }),
      ...(withdrawnOn && { withdrawnOn }),
    } as Omit<Pledge, 'id'>;
  });

describe('the pledge report', () => {
  it('finds a pledge overdue exactly when its day passed with nothing reported, assessed or withdrawn (property)', () => {
    fc.assert(
      fc.property(fc.array(pledgeArbitrary, { maxLength: 12 }), fc.nat({ max: 80 }), (drafts, asOfOffset) => {
        const pledges = drafts.map((draft, index) => ({ ...draft, id: `p${String(index).padStart(2, '0')}` }));
        const snapshot = snapshotFromRecords(scopedTenant, 1, { ...scopedRecords, pledges });
        const asOf = dayOf(asOfOffset);
        const report = pledgeReport(snapshot, { orgId: 'street', asOf });
        const done = (day: string | undefined) => day !== undefined && day <= asOf;
        const overdue = pledges.filter(
          (pledge) =>
            pledge.madeOn <= asOf &&
            pledge.dueOn < asOf &&
            !done(pledge.fulfilment?.reportedOn) &&
            !done(pledge.assessment?.assessedOn) &&
            !done(pledge.withdrawnOn),
        );
        expect(report.findings.map((finding) => finding.subject.id)).toEqual(overdue.map((pledge) => pledge.id));
        for (const [index, finding] of report.findings.entries()) {
          const pledge = overdue[index]!;
          expect(finding).toMatchObject({
            code: 'pledge.overdue',
            severity: 'warning',
            rule: { id: 'pledge.overdue' },
            facts: { dueOn: pledge.dueOn, daysOverdue: daysFrom(pledge.dueOn, asOf) },
          });
        }
        expect(report.data.counts.overdue).toBe(overdue.length);
        // Each pledge made by the day is counted once, in the state it stood in then.
        const made = pledges.filter((pledge) => pledge.madeOn <= asOf).length;
        expect(Object.values(report.data.counts.byState).reduce((sum, count) => sum + count, 0)).toBe(made);
      }),
      { numRuns: 300 },
    );
  });

  it('shows pledges publicly by name, post and text — never an ID number or a phone — and scopes them by org', () => {
    let snapshot = run(street(), 'post.claim', { postId: 'pb1', memberId: 'm1' });
    snapshot = run(snapshot, 'pledge.make', {
      id: 'a',
      memberId: 'm1',
      postId: 'pb1',
      text: '每周清理楼道杂物',
      dueOn: '2026-03-31',
    });
    snapshot = run(snapshot, 'pledge.make', { id: 'b', memberId: 'm4', text: '帮扶一户困难群众', dueOn: '2026-03-10' });
    snapshot = run(snapshot, 'pledge.make', { id: 'c', memberId: 'm2', text: '撤回的承诺', dueOn: '2026-03-10' });
    snapshot = run(snapshot, 'pledge.withdraw', { pledgeId: 'c', reason: '调整' });
    const report = pledgeReport(snapshot, { orgId: 'street', asOf: '2026-04-02' });
    expect(report.data.publicPledges).toEqual([
      { pledgeId: 'b', memberName: '孙志强', text: '帮扶一户困难群众', dueOn: '2026-03-10', state: 'made' },
      {
        pledgeId: 'a',
        memberName: '王秀英',
        postName: '楼道先锋岗',
        postKind: 'pioneer',
        text: '每周清理楼道杂物',
        dueOn: '2026-03-31',
        state: 'made',
      },
    ]);
    const shown = JSON.stringify(report.data.publicPledges);
    for (const member of scopedMembers) {
      expect(shown).not.toContain(member.idNumber!);
      expect(shown).not.toContain(member.phone!);
      expect(shown).not.toContain(`"${member.id}"`);
    }
    expect(report.findings.map((finding) => [finding.subject.id, finding.facts['daysOverdue']])).toEqual([
      ['a', 2],
      ['b', 23],
    ]);
    expect(report.findings[1]!.text['zh-CN']).toBe(
      '孙志强的承诺“帮扶一户困难群众”已于 2026-03-10 到期，逾期 23 天未报告践诺情况',
    );
    // c1's subtree holds a and c; b is b3's, under c2.
    const c1 = pledgeReport(snapshot, { orgId: 'c1', asOf: '2026-04-02' }).data;
    expect(c1.pledges.map((line) => line.pledgeId)).toEqual(['a', 'c']);
    expect(c1.counts.byState).toEqual({ made: 1, reported: 0, assessed: 0, withdrawn: 1 });
  });
});

describe('who may act on posts and pledges (default roles)', () => {
  const policy = createRolePolicy();
  const verdict = (snapshot: Snapshot, type: string, input: unknown, actor: Record<string, unknown>) =>
    policyVerdict(policy, snapshot, type, input, { actor: { roles: [], ...actor } as never, now: at('2026-03-02') });
  const member = (memberId: string) => ({ id: `${memberId}-account`, roles: ['member'], memberId });
  const secretary = (orgId: string) => ({ id: `${orgId}-secretary`, roles: ['branchSecretary'], orgId });
  const resident = { id: 'resident-1', roles: ['resident'] };
  const pledge = (memberId: string) => ({ id: `pl-${memberId}`, memberId, text: '承诺', dueOn: '2026-06-30' });

  it('lets a member claim posts and make and report their own pledges, never assess them', () => {
    const snapshot = street();
    expect(verdict(snapshot, 'post.claim', { postId: 'pb1', memberId: 'm1' }, member('m1'))).toBeUndefined();
    expect(verdict(snapshot, 'pledge.make', pledge('m1'), member('m1'))).toBeUndefined();
    expect(verdict(snapshot, 'pledge.make', pledge('m2'), member('m1'))).toBeInstanceOf(ForbiddenError);
    const made = run(snapshot, 'pledge.make', pledge('m1'));
    const report = { pledgeId: 'pl-m1', evidence: '已完成' };
    expect(verdict(made, 'pledge.reportFulfilment', report, member('m1'))).toBeUndefined();
    expect(verdict(made, 'pledge.reportFulfilment', report, member('m2'))).toBeInstanceOf(ForbiddenError);
    const assess = { pledgeId: 'pl-m1', outcome: 'not' };
    expect(verdict(made, 'pledge.assess', assess, member('m1'))).toBeInstanceOf(ForbiddenError);
  });

  it("lets a branch secretary assess their branch's pledges only, and residents read them only", () => {
    const made = run(run(street(), 'pledge.make', pledge('m2')), 'pledge.make', pledge('m4'));
    expect(verdict(made, 'pledge.assess', { pledgeId: 'pl-m2', outcome: 'not' }, secretary('b1'))).toBeUndefined();
    expect(verdict(made, 'pledge.assess', { pledgeId: 'pl-m4', outcome: 'not' }, secretary('b1'))).toBeInstanceOf(
      ForbiddenError,
    );
    expect(verdict(made, 'pledge.make', pledge('m1'), resident)).toBeInstanceOf(ForbiddenError);
    expect(verdict(made, 'pledge.assess', { pledgeId: 'pl-m2', outcome: 'not' }, resident)).toBeInstanceOf(
      ForbiddenError,
    );
    expect(policy.canRead(resident, made, 'pledges', made.pledges.get('pl-m2'))).toBe(true);
    expect(policy.canRead(resident, made, 'members', made.members.get('m2'))).toBe(false);
  });

  it('shows a resident the pledges by name (亮身份) from what they may read, with no member record', () => {
    const made = run(run(street(), 'pledge.make', pledge('m2')), 'pledge.make', pledge('m4'));
    const seen = new ReadView(policy, resident, made).records();
    expect(seen.members).toEqual([]);
    const residentSide = snapshotFromRecords(scopedTenant, made.revision, seen);
    const shown = pledgeReport(residentSide, { orgId: 'street', asOf: '2026-03-02' }).data.publicPledges;
    const names = Object.fromEntries(scopedMembers.map((member) => [member.id, member.name]));
    expect(shown.map((entry) => [entry.pledgeId, entry.memberName])).toEqual([
      ['pl-m2', names['m2']],
      ['pl-m4', names['m4']],
    ]);
  });
});
