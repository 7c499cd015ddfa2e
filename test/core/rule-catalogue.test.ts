import {
  appliedRule,
  catalogueRule,
  commandRuleCatalogue,
  developmentReport,
  type Finding,
  createRolePolicy,
  commandTypes,
  execute,
  messageCatalogue,
  ruleCatalogue,
  snapshotFromRecords,
  type DangjianError,
  type Snapshot,
} from '@dangjian/core';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandExamples, pointsAwarder, regionalSetup } from '../fixtures/command-examples.js';
import { applicant, openProcess, stepInput, stepsUpTo } from '../fixtures/development-pipeline.js';
import { inputFor } from '../fixtures/fuzz-inputs.js';
import { scopedRecords, scopedTenant } from '../fixtures/scoped-street.js';
import { deadlineTable } from './development-oracle.js';

// One rule catalogue: every rule a command applies is one entry (id, version, article, label,
// message), and `refuse` is the one way a command builds its error.

const ctx = { actor: { id: 'tester', roles: [] }, now: '2026-11-23T02:00:00.000Z' };
const m1 = scopedRecords.members[0]!;
const codes = new Set(messageCatalogue.map((message) => message.code));

function regionalStreet(): Snapshot {
  let snapshot = snapshotFromRecords(scopedTenant, 1, scopedRecords);
  for (const { type, input } of regionalSetup) {
    const result = execute(snapshot, type, input, ctx);
    if (!result.ok) throw result.error;
    snapshot = result.value.snapshot;
  }
  return snapshot;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('the rule catalogue', () => {
  it('has one entry per id, each with a version, a label in both languages and a known message', () => {
    const ids = ruleCatalogue.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of ruleCatalogue) {
      expect(rule.version, rule.id).toMatch(/\S/);
      expect(rule.label['zh-CN'], rule.id).toMatch(/\S/);
      expect(rule.label.en, rule.id).toMatch(/\S/);
      expect(codes.has(rule.message.code), rule.id).toBe(true);
      expect(catalogueRule(rule.id)).toBe(rule);
    }
  });

  it('is the only place a command names a rule: no inline rule ids in the commands', () => {
    const inline = files('packages/core/src/commands').filter((path) =>
      /rule: \{ id: '/.test(readFileSync(path, 'utf8')),
    );
    expect(inline).toEqual([]);
  });

  /** A payment of m2's dues of b1's October month (1500 fen due), for the dues rules to break. */
  const duesPayment = {
    id: 'x',
    monthId: 'dm1',
    memberId: 'm2',
    amountFen: 1500,
    paidOn: '2026-11-20',
    payer: { kind: 'self' },
    method: { kind: 'cash' },
  };

  /** m2 given 5 points for a task by hand (the default scheme's `task.assigned`, at most 5 an award). */
  const pointsAward = commandExamples['points.award'](1) as object;

  /** One command per catalogue rule that breaks it on the regional street. */
  const meeting = (kind: string, extra: object) => ({
    id: 'x',
    orgId: 'b1',
    kind,
    heldOn: '2026-11-20',
    topic: '支部党员大会',
    attendance: [],
    ...extra,
  });
  /** A ballot of b1's open 2026 round (ev1) by one rater for one subject. */
  const ballot = (raterKind: string, raterId: string, subjectId: string) => ({
    id: 'x',
    evaluationId: 'ev1',
    raterKind,
    raterId,
    marks: [{ subjectId, grade: 'qualified' }],
  });
  const vote = (kind: string, yes: number) => ({ id: 'v1', kind, motion: '表决事项', yes, no: 0 });
  const present = [{ memberId: 'm1', mode: 'onSite' }];
  const breaking: Readonly<
    Record<
      string,
      {
        readonly type: (typeof commandTypes)[number];
        readonly input: unknown;
        readonly orgId?: string;
        readonly memberId?: string;
      }
    >
  > = {
    'meetings.review.submitFromDraft': { type: 'meeting.submit', input: { meetingId: 'mt2' } },
    'meetings.review.decideSubmitted': { type: 'meeting.approve', input: { meetingId: 'mt1' } },
    'meetings.review.higherOrg': { type: 'meeting.approve', input: { meetingId: 'mt2' }, orgId: 'b1' },
    'meetings.assembly.quorum': { type: 'meeting.record', input: meeting('assembly', { decisions: ['通过'] }) },
    'meetings.committeeMeeting.quorum': {
      type: 'meeting.record',
      input: meeting('committeeMeeting', { attendance: present, decisions: ['通过'] }),
    },
    'development.admitProbationary.quorum': {
      type: 'meeting.record',
      input: meeting('assembly', { attendance: present, votes: [vote('admitProbationary', 1)] }),
    },
    'meetings.votes.withinPresent': {
      type: 'meeting.record',
      input: meeting('assembly', { attendance: present, votes: [vote('general', 2)] }),
    },
    'org.nesting': {
      type: 'org.create',
      input: { id: 'x', name: '支部下的党委', kind: 'committee', parentId: 'b1' },
    },
    'org.rootKind': { type: 'org.create', input: { id: 'x', name: '无上级党小组', kind: 'group', parentId: null } },
    'org.mergeKind': { type: 'org.merge', input: { sourceId: 'g1', targetId: 'b2' } },
    'org.acyclic': { type: 'org.move', input: { orgId: 'c1', parentId: 'g1' } },
    'org.dissolve.rehomeFirst': { type: 'org.dissolve', input: { orgId: 'b1' } },
    'org.split.fromBranch': {
      type: 'org.splitCourtyard',
      input: { sourceBranchId: 'c1', branch: { id: 'x', name: '楼院' }, memberIds: [] },
    },
    'org.split.ownGroups': {
      type: 'org.splitCourtyard',
      input: { sourceBranchId: 'b2', branch: { id: 'x', name: '楼院' }, memberIds: [], groupIds: ['g1'] },
    },
    'org.split.ownMembers': {
      type: 'org.splitCourtyard',
      input: { sourceBranchId: 'b2', branch: { id: 'x', name: '楼院' }, memberIds: ['m1'] },
    },
    'org.transitional.retainedOnly': {
      type: 'org.setUpTransitionalGroups',
      input: { retainedBranchId: 'b1', groups: [{ id: 'x', name: '过渡期党小组', memberIds: [] }] },
    },
    'org.transitional.ownMembers': {
      type: 'org.setUpTransitionalGroups',
      input: { retainedBranchId: 'v1', groups: [{ id: 'x', name: '过渡期党小组', memberIds: ['m1'] }] },
    },
    'member.uniqueIdNumber': {
      type: 'member.register',
      input: { ...(commandExamples['member.register'](1) as object), idNumber: m1.idNumber, birthDate: m1.birthDate },
    },
    'member.birthDateMatchesIdNumber': { type: 'member.update', input: { memberId: 'm2', idNumber: m1.idNumber } },
    'development.minimumAge': {
      type: 'development.open',
      input: { ...(commandExamples['development.open'](1) as object), appliedOn: '2016-06-14' },
    },
    'development.oneProcess': { type: 'development.open', input: openProcess('x', 'a2').input },
    'development.stageMatches': { type: 'development.open', input: openProcess('x', 'm1').input },
    'development.stepOrder': { type: 'development.recordStep', input: stepInput('dp1', 3) },
    'development.stepOnce': { type: 'development.recordStep', input: stepInput('dp2', 21) },
    'development.datesInOrder': { type: 'development.recordStep', input: stepInput('dp1', 2, '2026-08-31') },
    'development.contacts': { type: 'development.recordStep', input: { ...stepInput('dp3', 5), contacts: ['a1'] } },
    'development.activistTraining': {
      type: 'development.recordStep',
      input: { ...stepInput('dp4', 7, '2025-06-02'), notice: { from: '2025-05-06' } },
    },
    'development.publicNotice': {
      type: 'development.recordStep',
      input: { ...stepInput('dp4', 7), notice: { from: '2025-06-12' } },
    },
    'development.introducers': {
      type: 'development.recordStep',
      input: { ...stepInput('dp5', 9), introducers: ['m1', 'a1'] },
    },
    'development.candidateTraining': {
      type: 'development.recordStep',
      input: { ...stepInput('dp6', 11), training: { days: 2 } },
    },
    'development.probation': { type: 'development.recordStep', input: stepInput('dp2', 22, '2026-08-04') },
    'development.extension': {
      type: 'development.extendProbation',
      input: { processId: 'dp2', decidedOn: '2026-08-05', months: 3 },
    },
    'development.extensionStage': {
      type: 'development.extendProbation',
      input: { processId: 'dp1', decidedOn: '2026-08-05', months: 6 },
    },
    'dues.baseRequired': {
      type: 'dues.setStandard',
      input: { id: 'x', memberId: 'm4', category: 'employed', from: '2026-11', setOn: '2026-11-20' },
    },
    'dues.fixedAmountRange': {
      type: 'dues.setStandard',
      input: { id: 'x', memberId: 'm4', category: 'farmer', fixedFen: 500, from: '2026-11', setOn: '2026-11-20' },
    },
    'dues.branchCollects': {
      type: 'dues.openMonth',
      input: { id: 'x', orgId: 'c1', period: '2026-11', openedOn: '2026-11-01' },
    },
    'dues.oneMonthPerPeriod': {
      type: 'dues.openMonth',
      input: { id: 'x', orgId: 'b1', period: '2026-10', openedOn: '2026-11-01' },
    },
    'dues.standardRequired': {
      type: 'dues.openMonth',
      input: { id: 'x', orgId: 'b3', period: '2026-11', openedOn: '2026-11-01' },
    },
    'dues.onList': { type: 'dues.pay', input: { ...duesPayment, memberId: 'm3' } },
    'dues.paidOnce': { type: 'dues.pay', input: { ...duesPayment, memberId: 'm1', amountFen: 4000 } },
    'dues.fullAmount': { type: 'dues.pay', input: { ...duesPayment, amountFen: 1499 } },
    'dues.collecting': {
      type: 'dues.defer',
      input: { monthId: 'dm2', memberId: 'm3', reason: '外出务工', agreedOn: '2026-11-20' },
    },
    'dues.deferOwed': {
      type: 'dues.defer',
      input: { monthId: 'dm1', memberId: 'm1', reason: '外出务工', agreedOn: '2026-11-20' },
    },
    'dues.reportWhenPaid': { type: 'dues.report', input: { monthId: 'dm1', on: '2026-11-20' } },
    'dues.settleReported': { type: 'dues.settle', input: { monthId: 'dm1', on: '2026-11-20', byOrgId: 'c1' } },
    'dues.higherDecides': { type: 'dues.settle', input: { monthId: 'dm2', on: '2026-11-20', byOrgId: 'b3' } },
    'dues.reliefAmount': {
      type: 'dues.proposeRelief',
      input: { ...(commandExamples['dues.proposeRelief'](1) as object), amountFen: undefined },
    },
    'dues.reliefDecidedOnce': {
      type: 'dues.decideRelief',
      input: { reliefId: 'rel1', decision: 'reject', on: '2026-11-20', byOrgId: 'c1' },
    },
    'dues.transferPaid': {
      type: 'member.transfer',
      input: { memberId: 'm2', direction: 'out', letterNo: '转字1号', on: '2026-11-20', counterpart: '外省' },
    },
    'wish.lifecycle': { type: 'wish.confirm', input: { wishId: 'w3' } },
    'wish.expiresOnItsDay': { type: 'wish.expire', input: { wishId: 'w3' } },
    'wish.claimBeforeExpiry': {
      type: 'wish.claim',
      input: { wishId: 'w5', claimId: 'x', claimant: { kind: 'member', memberId: 'm2' } },
    },
    'wish.claimantRegistered': {
      type: 'wish.claim',
      input: { wishId: 'w3', claimId: 'x', claimant: { kind: 'member', memberId: 'm3' } },
    },
    'wish.claimForOneself': {
      type: 'wish.claim',
      input: { wishId: 'w3', claimId: 'x', claimant: { kind: 'member', memberId: 'm2' } },
      memberId: 'm1',
    },
    'post.capacity': { type: 'post.claim', input: { postId: 'ps2', memberId: 'm2' } },
    'post.claimOnce': { type: 'post.claim', input: { postId: 'ps1', memberId: 'm1' } },
    'post.releaseHeld': { type: 'post.release', input: { postId: 'ps1', memberId: 'm2' } },
    'post.eligible': { type: 'post.claim', input: { postId: 'ps1', memberId: 'm4' } },
    'post.claimForOneself': { type: 'post.claim', input: { postId: 'ps1', memberId: 'm2' }, memberId: 'm1' },
    'pledge.lifecycle': { type: 'pledge.reportFulfilment', input: { pledgeId: 'pl2', evidence: '再次报告' } },
    'pledge.evidenceBeforeAssessment': { type: 'pledge.assess', input: { pledgeId: 'pl1', outcome: 'fulfilled' } },
    'pledge.dueNotBeforeMade': {
      type: 'pledge.make',
      input: { id: 'x', memberId: 'm1', text: '承诺', dueOn: '2026-11-01' },
    },
    'pledge.onHeldPost': {
      type: 'pledge.make',
      input: { id: 'x', memberId: 'm2', postId: 'ps1', text: '承诺', dueOn: '2026-12-31' },
    },
    'service.claimantRegistered': {
      type: 'service.join',
      input: { projectId: 'sp1', claimId: 'x', claimant: { kind: 'member', memberId: 'm3' } },
    },
    'service.claimForOneself': {
      type: 'service.join',
      input: { projectId: 'sp1', claimId: 'x', claimant: { kind: 'member', memberId: 'm2' } },
      memberId: 'm1',
    },
    'service.oneClaimEach': {
      type: 'service.join',
      input: { projectId: 'sp2', claimId: 'x', claimant: { kind: 'member', memberId: 'm2' } },
    },
    'service.capacity': {
      type: 'service.join',
      input: { projectId: 'sp2', claimId: 'x', claimant: { kind: 'member', memberId: 'm1' } },
    },
    'service.withinPeriod': {
      type: 'service.join',
      input: { projectId: 'sp3', claimId: 'x', claimant: { kind: 'member', memberId: 'm2' } },
    },
    'service.leaveOwnPlace': {
      type: 'service.leave',
      input: { projectId: 'sp1', claimant: { kind: 'member', memberId: 'm2' } },
    },
    'volunteer.leaderConfirms': {
      type: 'volunteer.recordHours',
      input: { id: 'x', volunteer: { kind: 'resident', name: '张阿姨' }, teamId: 'vt1', on: '2026-11-21', minutes: 60 },
      memberId: 'm2',
    },
    'volunteer.notOwnHours': {
      type: 'volunteer.recordHours',
      input: { id: 'x', volunteer: { kind: 'member', memberId: 'm1' }, teamId: 'vt1', on: '2026-11-21', minutes: 60 },
      memberId: 'm1',
    },
    'volunteer.onTheRoster': {
      type: 'volunteer.recordHours',
      input: { id: 'x', volunteer: { kind: 'member', memberId: 'm3' }, teamId: 'vt1', on: '2026-11-21', minutes: 60 },
    },
    'volunteer.dayLimit': {
      type: 'volunteer.recordHours',
      input: { id: 'x', volunteer: { kind: 'member', memberId: 'm2' }, teamId: 'vt1', on: '2026-11-20', minutes: 1400 },
    },
    'volunteer.onceOnRoster': {
      type: 'volunteer.enrol',
      input: { teamId: 'vt1', volunteer: { kind: 'resident', name: '张阿姨' } },
    },
    'volunteer.oneWhere': {
      type: 'volunteer.recordHours',
      input: {
        id: 'x',
        volunteer: { kind: 'member', memberId: 'm2' },
        teamId: 'vt1',
        projectId: 'sp2',
        on: '2026-11-21',
        minutes: 60,
      },
    },
    'grid.placeInGridGroup': {
      type: 'grid.place',
      input: { id: 'x', memberId: 'm3', groupOrgId: 'g1', since: '2026-11-01' },
    },
    'evaluation.oneRoundPerYear': {
      type: 'evaluation.open',
      input: { id: 'x', orgId: 'b1', year: 2026, subjectKind: 'member' },
    },
    'evaluation.lifecycle': { type: 'evaluation.close', input: { evaluationId: 'ev3' } },
    'evaluation.raterKindOfScheme': { type: 'evaluation.submitRating', input: ballot('neighbours', 'n1', 'm1') },
    'evaluation.selfOnlyForSelf': { type: 'evaluation.submitRating', input: ballot('self', 'm1', 'm2') },
    'evaluation.raterTakesPart': { type: 'evaluation.submitRating', input: ballot('peer', 'm3', 'm1') },
    'evaluation.peerNotSelf': { type: 'evaluation.submitRating', input: ballot('peer', 'm2', 'm2') },
    'evaluation.ratesOnce': { type: 'evaluation.submitRating', input: ballot('masses', 'masses-1', 'm1') },
    'evaluation.subjectInRound': { type: 'evaluation.submitRating', input: ballot('masses', 'masses-2', 'm4') },
    'evaluation.probationaryNotRated': {
      type: 'evaluation.submitRating',
      input: ballot('masses', 'masses-2', 'a3'),
    },
    'evaluation.markOfScheme': {
      type: 'evaluation.submitRating',
      input: { ...ballot('masses', 'masses-2', 'm1'), marks: [{ subjectId: 'm1', score: 90 }] },
    },
    'evaluation.overrideNeedsReason': {
      type: 'evaluation.decide',
      input: { evaluationId: 'ev3', subjectId: 'm3', rating: 'qualified' },
    },
    'evaluation.followUpOfRating': {
      type: 'evaluation.recordFollowUp',
      input: { evaluationId: 'ev3', subjectId: 'm3', followUp: 'commend', doneOn: '2026-11-20' },
    },
    'evaluation.notForSelf': {
      type: 'evaluation.decide',
      input: { evaluationId: 'ev3', subjectId: 'm3', rating: 'basicallyQualified' },
      memberId: 'm3',
    },
    'points.itemKnown': { type: 'points.award', input: { ...pointsAward, itemId: 'base.orgLife' } },
    'points.withinItem': { type: 'points.award', input: { ...pointsAward, points: 6 } },
    'points.notForSelf': { type: 'points.award', input: pointsAward, memberId: 'm2' },
    // The tester holds no role the scheme names for the item.
    'points.awardedBy': { type: 'points.award', input: pointsAward },
    'points.notAhead': { type: 'points.award', input: { ...pointsAward, on: '2099-01-01' } },
    'feedback.ownRegistration': {
      type: 'member.sendFeedbackReport',
      input: { ...(commandExamples['member.sendFeedbackReport'](1) as object), memberId: 'm1' },
    },
  };

  /** Rules the policy applies, asked of it directly: a command no role of the actor grants. */
  const policyRefusals: Readonly<Record<string, () => DangjianError | undefined>> = {
    // Not the policy's, but it needs more than one command: m2 holds the most wishes allowed, then claims another.
    'wish.claimantCapacity': () => {
      const post = (id: string) => ({ type: 'wish.post' as const, input: { id, communityOrgId: 'c1', title: id } });
      const claim = (wishId: string) => ({
        type: 'wish.claim' as const,
        input: { wishId, claimId: `c-${wishId}`, claimant: { kind: 'member', memberId: 'm2' } },
      });
      const ids = ['k1', 'k2', 'k3'];
      const steps = ids.flatMap((id) => [
        post(id),
        { type: 'wish.review' as const, input: { wishId: id } },
        { type: 'wish.publish' as const, input: { wishId: id } },
      ]);
      const snapshot = [...steps, claim('k1'), claim('k2')].reduce((state, { type, input }) => {
        const result = execute(state, type, input, ctx);
        if (!result.ok) throw result.error;
        return result.value.snapshot;
      }, regionalStreet());
      // w4 (the setup's) and k1, k2 are held: a fourth is one too many.
      const result = execute(snapshot, 'wish.claim', claim('k3').input, ctx);
      return result.ok ? undefined : result.error;
    },
    // An award given, then revoked twice.
    'points.revokeOnce': () => {
      const awarded = execute(regionalStreet(), 'points.award', pointsAward, { ...ctx, actor: pointsAwarder });
      if (!awarded.ok) throw awarded.error;
      const revoke = commandExamples['points.revoke'](1);
      const once = execute(awarded.value.snapshot, 'points.revoke', revoke, ctx);
      if (!once.ok) throw once.error;
      const twice = execute(once.value.snapshot, 'points.revoke', revoke, ctx);
      return twice.ok ? undefined : twice.error;
    },
    // An award, then a revoke dated the day before it.
    'points.revokeAfterAward': () => {
      const awarded = execute(regionalStreet(), 'points.award', pointsAward, { ...ctx, actor: pointsAwarder });
      if (!awarded.ok) throw awarded.error;
      const revoke = { ...(commandExamples['points.revoke'](1) as object), on: '2026-11-19' };
      const early = execute(awarded.value.snapshot, 'points.revoke', revoke, ctx);
      return early.ok ? undefined : early.error;
    },
    'policy.noGrant': () =>
      createRolePolicy().authorize({
        ctx: { actor: { id: 'nobody', roles: [] }, now: ctx.now },
        command: 'org.rename',
        subject: { collection: 'orgs', id: 'b1' },
        input: { orgId: 'b1', name: '改名' },
        snapshot: regionalStreet(),
      }),
  };

  /** Time limits the development report applies: the finding of a process that missed one. */
  const findingUnder: Readonly<Record<string, () => Finding | undefined>> = Object.fromEntries(
    deadlineTable.map((entry) => [
      entry.rule,
      () => {
        const [person, open] = [applicant('p1', '陈'), openProcess('dp', 'p1')];
        const snapshot = [person, open, ...stepsUpTo('dp', entry.step - 1)].reduce((state, { type, input }) => {
          const result = execute(state, type, input, ctx);
          if (!result.ok) throw result.error;
          return result.value.snapshot;
        }, regionalStreet());
        return developmentReport(snapshot, '2030-01-01').findings.find((finding) => finding.rule.id === entry.rule);
      },
    ]),
  );

  it.each(Object.keys(findingUnder))('%s: a process that misses it is found naming it', (id) => {
    const entry = catalogueRule(id)!;
    const finding = findingUnder[id]!();
    expect(finding?.code).toBe(entry.message.code);
    expect(finding?.rule).toEqual(appliedRule(entry));
  });

  function refusalUnder(id: string): DangjianError | undefined {
    if (policyRefusals[id]) return policyRefusals[id]();
    const broken = breaking[id];
    expect(broken, `no breaking command written for ${id}`).toBeDefined();
    const actor = {
      ...ctx.actor,
      ...(broken!.orgId && { orgId: broken!.orgId }),
      ...(broken!.memberId && { memberId: broken!.memberId }),
    };
    const result = execute(regionalStreet(), broken!.type, broken!.input, { ...ctx, actor });
    return result.ok ? undefined : result.error;
  }

  it.each(commandRuleCatalogue.map((rule) => rule.id))('%s: a command that breaks it is refused naming it', (id) => {
    const entry = catalogueRule(id)!;
    const error = refusalUnder(id);
    expect(error).toBeDefined();
    expect(error!.code).toBe(entry.message.code);
    expect(error!.rule).toEqual({
      id,
      version: entry.version,
      ...(entry.article !== undefined && { article: entry.article }),
    });
  });

  it('names every rule a command refuses under, with the version and article of its entry (fuzzed inputs)', () => {
    const base = regionalStreet();
    const type = fc.constantFrom(...commandTypes);
    fc.assert(
      fc.property(
        type.chain((name) => fc.tuple(fc.constant(name), inputFor(name))),
        ([name, input]) => {
          const result = execute(base, name, input, ctx);
          if (result.ok) return;
          const error: DangjianError = result.error;
          expect(codes.has(error.code), error.code).toBe(true);
          if (error.kind !== 'rule') return;
          const entry = catalogueRule(error.rule?.id ?? '');
          expect(entry, `${name}: ${error.rule?.id}`).toBeDefined();
          expect(error.rule).toEqual({
            id: entry!.id,
            version: entry!.version,
            ...(entry!.article !== undefined && { article: entry!.article }),
          });
          expect(error.code).toBe(entry!.message.code);
        },
      ),
      { numRuns: 3000, seed: 20261130 },
    );
    // Most fuzzed inputs stop at the schema; every rule is reached on purpose by the tables above.
  });
});
