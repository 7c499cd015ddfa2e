import {
  createRolePolicy,
  defaultEvaluationSchemes,
  ForbiddenError,
  evaluationReport,
  execute,
  parseEvaluationScheme,
  ReadView,
  snapshotFromRecords,
  type Evaluation,
  type EvaluationBallot,
  type EvaluationScheme,
  type Rating,
  type Snapshot,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regionalSetup } from '../fixtures/command-examples.js';
import { scopedRecords, scopedTenant } from '../fixtures/scoped-street.js';
import { policyVerdict } from './fixtures.js';

// 民主评议 and 多向度考评: the weighted score against a hand computation, 优秀 past the scheme's
// share found exactly when it is passed (and never capped), probationary members never rated,
// schemes refused with the path of what is wrong, commands all or nothing.

const now = '2026-11-23T02:00:00.000Z';
const staff = { actor: { id: 'staff', roles: [] }, now };
const ratingsList: readonly Rating[] = ['excellent', 'qualified', 'basicallyQualified', 'unqualified'];

function run(snapshot: Snapshot, type: string, input: unknown, ctx = staff): Snapshot {
  const result = execute(snapshot, type, input, ctx);
  if (!result.ok) throw result.error;
  return result.value.snapshot;
}

/** The scoped street with command-examples' setup: b1's round ev1 open, b2's 2025 round ev3 closed. */
function regionalStreet(): Snapshot {
  return regionalSetup.reduce(
    (snapshot, { type, input }) => run(snapshot, type, input),
    snapshotFromRecords(scopedTenant, 1, scopedRecords),
  );
}

const grades = (raterKind: string, raterId: string, marks: Record<string, Rating>, id = `${raterKind}-${raterId}`) => ({
  id,
  evaluationId: 'ev1',
  raterKind,
  raterId,
  marks: Object.entries(marks).map(([subjectId, grade]) => ({ subjectId, grade })),
});

/** A round built straight from records, for properties that need many shapes quickly. */
function roundSnapshot(round: Partial<Evaluation>, ballots: readonly EvaluationBallot[] = []): Snapshot {
  const evaluation: Evaluation = {
    id: 'r',
    orgId: 'b1',
    year: 2026,
    scheme: defaultEvaluationSchemes.member,
    state: 'closed',
    openedAt: now,
    closedAt: now,
    participants: [],
    decisions: [],
    followUps: [],
    ...round,
  };
  return snapshotFromRecords(scopedTenant, 1, {
    ...scopedRecords,
    evaluations: [evaluation],
    evaluationBallots: [...ballots],
  });
}

describe('民主评议: the weighted score, line by line', () => {
  it('weighs self 10, peers 40, masses 20 and the organisation 30 as the default scheme says', () => {
    let snapshot = regionalStreet();
    // The setup has m1's self-rating (优秀 = 100) and one masses' ballot (合格 = 80).
    snapshot = run(snapshot, 'evaluation.submitRating', grades('peer', 'm2', { m1: 'qualified' }));
    snapshot = run(snapshot, 'evaluation.submitRating', grades('masses', 'masses-2', { m1: 'basicallyQualified' }));
    snapshot = run(snapshot, 'evaluation.submitRating', grades('organisation', 'b1', { m1: 'excellent' }));
    const m1 = evaluationReport(snapshot, 'ev1')!.data.rows.find((row) => row.subjectId === 'm1')!;
    // 0.1 × 100 + 0.4 × 80 + 0.2 × (80 + 60) / 2 + 0.3 × 100 = 10 + 32 + 14 + 30 = 86 → 合格 (70 ≤ 86 < 90).
    expect(m1.lines).toEqual([
      {
        raterKind: 'self',
        weight: 10,
        count: 1,
        points: 100,
        meanHundredths: 10000,
        contributionHundredths: 1000,
        votes: votes({ excellent: 1 }),
      },
      {
        raterKind: 'peer',
        weight: 40,
        count: 1,
        points: 80,
        meanHundredths: 8000,
        contributionHundredths: 3200,
        votes: votes({ qualified: 1 }),
      },
      {
        raterKind: 'masses',
        weight: 20,
        count: 2,
        points: 140,
        meanHundredths: 7000,
        contributionHundredths: 1400,
        votes: votes({ qualified: 1, basicallyQualified: 1 }),
      },
      {
        raterKind: 'organisation',
        weight: 30,
        count: 1,
        points: 100,
        meanHundredths: 10000,
        contributionHundredths: 3000,
        votes: votes({ excellent: 1 }),
      },
    ]);
    expect(m1).toMatchObject({ scoreHundredths: 8600, computed: 'qualified', rating: 'qualified', missingKinds: [] });
  });

  it('leaves out kinds nobody marked, names them, and finds them', () => {
    const report = evaluationReport(regionalStreet(), 'ev1')!;
    const m2 = report.data.rows.find((row) => row.subjectId === 'm2')!;
    // Only the masses' 合格: the score is that kind's mean, weighed alone.
    expect(m2).toMatchObject({
      scoreHundredths: 8000,
      computed: 'qualified',
      missingKinds: ['self', 'peer', 'organisation'],
    });
    const missing = report.findings.find((f) => f.rule.id === 'evaluation.raterKindsMissing' && f.subject.id === 'm2');
    expect(missing).toMatchObject({ severity: 'info', facts: { missingKinds: ['self', 'peer', 'organisation'] } });
    expect(missing!.text['zh-CN']).toContain('自评、互评、组织评价');
  });

  it('scores any marks as a hand computation in integers does (多向度考评, scores out of 100)', () => {
    const scheme = defaultEvaluationSchemes.org;
    const kinds = scheme.raters.map((rater) => rater.kind);
    const marks = fc.tuple(...kinds.map(() => fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 4 })));
    fc.assert(
      fc.property(marks, (perKind) => {
        const ballots: EvaluationBallot[] = perKind.flatMap((scores, k) =>
          scores.map((score, i) => ({
            id: `b-${k}-${i}`,
            evaluationId: 'r',
            raterKind: kinds[k]!,
            raterId: `rater-${k}-${i}`,
            marks: [{ subjectId: 'b2', score }],
            submittedAt: now,
          })),
        );
        const snapshot = roundSnapshot({ scheme, orgId: 'c1', participants: [{ id: 'b2', rated: true }] }, ballots);
        const row = evaluationReport(snapshot, 'r')!.data.rows[0]!;
        // Oracle: Σ wₖ·Sₖ·(12/nₖ) over 12·Σ wₖ (12 is a multiple of every count 1–4), in integers.
        const present = perKind
          .map((scores, k) => ({ scores, w: scheme.raters[k]!.weight }))
          .filter((p) => p.scores.length);
        const weights = present.reduce((sum, p) => sum + p.w, 0);
        if (weights === 0) {
          // Nobody marked (fast-check reads a returned value as the verdict, so no `return expect…`).
          expect(row.computed).toBeUndefined();
          return;
        }
        const num = present.reduce(
          (sum, p) => sum + p.w * p.scores.reduce((a, b) => a + b, 0) * (12 / p.scores.length),
          0,
        );
        const den = 12 * weights;
        const whole = Math.floor((num * 100) / den);
        const expected = 2 * (num * 100 - whole * den) >= den ? whole + 1 : whole;
        const band =
          num >= 90 * den
            ? 'excellent'
            : num >= 75 * den
              ? 'qualified'
              : num >= 60 * den
                ? 'basicallyQualified'
                : 'unqualified';
        expect(row.scoreHundredths).toBe(expected);
        expect(row.computed).toBe(band);
        const lines = row.lines!.reduce((sum, line) => sum + line.contributionHundredths, 0);
        expect(Math.abs(lines - expected)).toBeLessThanOrEqual(present.length);
      }),
      // Always try the round where nobody marked, which random runs reach only now and then.
      { numRuns: 300, examples: [[[[], [], [], [], []]]] },
    );
  });

  it('rates 不合格 when more than half of the weighted votes say so, whatever the score', () => {
    let snapshot = regionalStreet();
    snapshot = run(snapshot, 'evaluation.submitRating', grades('peer', 'm1', { m2: 'unqualified' }));
    snapshot = run(snapshot, 'evaluation.submitRating', grades('organisation', 'b1', { m2: 'unqualified' }));
    // Votes 不合格: peer 40 and organisation 30 of the 90 weight present → 70/90 > 1/2.
    const m2 = evaluationReport(snapshot, 'ev1')!.data.rows.find((row) => row.subjectId === 'm2')!;
    expect(m2.computed).toBe('unqualified');
  });
});

function votes(some: Partial<Record<Rating, number>>): Record<Rating, number> {
  return { excellent: 0, qualified: 0, basicallyQualified: 0, unqualified: 0, ...some };
}

describe('优秀 at most a share of those rated: a finding, never a cap', () => {
  const cap = fc
    .integer({ min: 1, max: 12 })
    .chain((den) => fc.record({ num: fc.integer({ min: 0, max: den }), den: fc.constant(den), strict: fc.boolean() }));
  const decided = fc.array(fc.constantFrom(...ratingsList), { maxLength: 30 });

  it('is reported exactly when the count passes the share, and every decided rating stands', () => {
    fc.assert(
      fc.property(cap, decided, fc.constantFrom(...ratingsList), (fraction, decisions, probationaryRating) => {
        const scheme: EvaluationScheme = {
          ...defaultEvaluationSchemes.member,
          excellentCap: { ...fraction, confirmed: false },
        };
        const participants = [
          ...decisions.map((_, i) => ({ id: `s${i}`, stage: 'full' as const, rated: true })),
          { id: 'p0', stage: 'probationary' as const, rated: false },
        ];
        const entries = [
          ...decisions.map((rating, i) => [`s${i}`, rating] as const),
          ['p0', probationaryRating] as const,
        ];
        const report = evaluationReport(
          roundSnapshot({
            scheme,
            participants,
            decisions: entries.map(([subjectId, rating]) => ({ subjectId, rating, decidedAt: now, decidedBy: 'x' })),
          }),
          'r',
        )!;
        // Oracle: the most 优秀 allowed, in integers — ⌊num·rated/den⌋, or below the share when strict.
        const rated = decisions.length;
        const excellent = decisions.filter((rating) => rating === 'excellent').length;
        const allowed = fraction.strict
          ? Math.max(0, Math.ceil((fraction.num * rated) / fraction.den) - 1)
          : Math.floor((fraction.num * rated) / fraction.den);
        const found = report.findings.filter((f) => f.rule.id === 'evaluation.excellentShare');
        expect(found.length).toBe(excellent > allowed ? 1 : 0);
        expect(report.data.excellent).toEqual({ count: excellent, rated, over: excellent > allowed });
        // Nothing is capped: every rating stands as decided, the probationary one found instead.
        expect(report.data.rows.map((row) => row.rating)).toEqual(entries.map(([, rating]) => rating));
        expect(
          report.findings.filter((f) => f.rule.id === 'evaluation.notRatedGiven').map((f) => f.subject.id),
        ).toEqual(['p0']);
      }),
      { numRuns: 400 },
    );
  });

  it('names the scheme version and its unconfirmed figure on the finding', () => {
    const decisions = ['s1', 's2', 's3'].map((subjectId, i) => ({
      subjectId,
      rating: (i < 2 ? 'excellent' : 'qualified') as Rating,
      decidedAt: now,
      decidedBy: 'x',
    }));
    const participants = decisions.map(({ subjectId }) => ({ id: subjectId, rated: true }));
    const [found] = evaluationReport(roundSnapshot({ participants, decisions }), 'r')!.findings;
    expect(found).toMatchObject({
      code: 'evaluation.excellentOver',
      rule: { id: 'evaluation.excellentShare', version: defaultEvaluationSchemes.member.version, confirmed: false },
      facts: { excellent: 2, rated: 3, num: 1, den: 3 },
      text: { 'zh-CN': '优秀 2 名，占评定等次的 3 名，超过 1/3' },
    });
  });
});

describe('probationary members take part but are not rated', () => {
  it('never get a mark, a computed band or a decided rating, whatever ballots come in', () => {
    const rater = fc.constantFrom<readonly [string, string]>(
      ['peer', 'm1'],
      ['peer', 'm2'],
      ['peer', 'a3'],
      ['masses', 'q1'],
      ['organisation', 'b1'],
    );
    const ballot = fc.record({
      rater,
      marks: fc.uniqueArray(fc.tuple(fc.constantFrom('m1', 'm2', 'a3'), fc.constantFrom(...ratingsList)), {
        minLength: 1,
        maxLength: 3,
        selector: ([subject]) => subject,
      }),
    });
    const base = regionalStreet();
    fc.assert(
      fc.property(fc.array(ballot, { maxLength: 6 }), (ballots) => {
        let snapshot = base;
        ballots.forEach(({ rater: [raterKind, raterId], marks }, n) => {
          const input = { ...grades(raterKind, raterId, Object.fromEntries(marks), `p-${n}`) };
          const result = execute(snapshot, 'evaluation.submitRating', input, staff);
          if (result.ok) snapshot = result.value.snapshot;
          else if (marks.some(([subject]) => subject === 'a3')) {
            // A ballot marking a3 is refused whole, and nothing else of it is written.
            expect(result.error.rule?.id).toMatch(/^evaluation\./);
          }
        });
        for (const stored of snapshot.evaluationBallots.values())
          expect(stored.marks.some((mark) => mark.subjectId === 'a3')).toBe(false);
        const closed = run(snapshot, 'evaluation.close', { evaluationId: 'ev1' });
        const round = closed.evaluations.get('ev1')!;
        expect(round.participants.find((p) => p.id === 'a3')).toEqual({
          id: 'a3',
          stage: 'probationary',
          rated: false,
        });
        expect(round.decisions.some((decision) => decision.subjectId === 'a3')).toBe(false);
        const a3 = evaluationReport(closed, 'ev1')!.data.rows.find((row) => row.subjectId === 'a3')!;
        expect(a3.rated).toBe(false);
        expect(a3.computed ?? a3.rating ?? a3.scoreHundredths).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });

  it('a3 rates peers but cannot be marked, and the org cannot decide a rating for them', () => {
    let snapshot = regionalStreet();
    snapshot = run(snapshot, 'evaluation.submitRating', grades('peer', 'a3', { m1: 'excellent', m2: 'qualified' }));
    const marked = execute(
      snapshot,
      'evaluation.submitRating',
      grades('masses', 'q', { m1: 'qualified', a3: 'excellent' }),
      staff,
    );
    expect(marked.ok || marked.error).toMatchObject({
      kind: 'rule',
      rule: { id: 'evaluation.probationaryNotRated' },
      field: 'marks.1.subjectId',
    });
    snapshot = run(snapshot, 'evaluation.close', { evaluationId: 'ev1' });
    const decided = execute(
      snapshot,
      'evaluation.decide',
      { evaluationId: 'ev1', subjectId: 'a3', rating: 'qualified', reason: '试' },
      staff,
    );
    expect(decided.ok || decided.error.rule?.id).toBe('evaluation.probationaryNotRated');
  });
});

describe('the round: open, ballots, close, decide, follow up', () => {
  it('fixes who takes part when it opens, in id order: the Party members of b1, not its applicants', () => {
    const round = regionalStreet().evaluations.get('ev1')!;
    expect(round.participants).toEqual([
      { id: 'a3', stage: 'probationary', rated: false },
      { id: 'm1', stage: 'full', rated: true },
      { id: 'm2', stage: 'full', rated: true },
    ]);
    const org = regionalStreet().evaluations.get('ev2')!;
    expect(org.participants.map((p) => p.id).sort()).toEqual(['b1', 'b2']);
  });

  it('refuses a whole ballot for one bad mark and writes nothing', () => {
    const snapshot = regionalStreet();
    const input = grades('masses', 'masses-9', { m2: 'qualified', m1: 'excellent' });
    const twice = { ...input, marks: [...input.marks, { subjectId: 'm2', grade: 'unqualified' }] };
    const result = execute(snapshot, 'evaluation.submitRating', twice, staff);
    expect(result.ok || result.error).toMatchObject({
      rule: { id: 'evaluation.ratesOnce' },
      field: 'marks.2.subjectId',
    });
    expect([...snapshot.evaluationBallots.keys()]).not.toContain(input.id);
  });

  it('a member rates in their own name; staff enter paper ballots for anyone (the role rules)', () => {
    const snapshot = regionalStreet();
    const verdict = (input: unknown, actor: { id: string; roles: string[]; memberId?: string; orgId?: string }) =>
      policyVerdict(createRolePolicy(), snapshot, 'evaluation.submitRating', input, { actor, now });
    const m1 = { id: 'm1-account', roles: ['member'], memberId: 'm1' };
    expect(verdict(grades('peer', 'm1', { m2: 'excellent' }), m1)).toBeUndefined();
    expect(verdict(grades('peer', 'm2', { m1: 'excellent' }), m1)).toBeInstanceOf(ForbiddenError);
    // A member never enters the masses' or the organisation's ballot, even one that would be valid.
    expect(verdict(grades('masses', 'masses-7', { m2: 'excellent' }), m1)).toBeInstanceOf(ForbiddenError);
    const secretary = { id: 'b1-secretary', roles: ['branchSecretary'], orgId: 'b1', memberId: 'm1' };
    expect(verdict(grades('peer', 'm2', { m1: 'excellent' }), secretary)).toBeUndefined();
    expect(verdict(grades('masses', 'masses-7', { m2: 'excellent' }), secretary)).toBeUndefined();
    expect(snapshot.evaluationBallots.get('bal-self-m1')!.memberId).toBe('m1');
    expect(snapshot.evaluationBallots.get('bal-masses-1')!.memberId).toBeUndefined();
  });

  it('decides with a reason where it differs, and lists the follow-ups each rating calls for', () => {
    let snapshot = regionalStreet();
    // ev3 closed with m3 at 基本合格 (the org's mark alone): the talk and agreed improvement is due.
    let report = evaluationReport(snapshot, 'ev3')!;
    expect(report.data.rows[0]).toMatchObject({ decided: 'basicallyQualified', computed: 'basicallyQualified' });
    expect(report.findings.filter((f) => f.rule.id === 'evaluation.followUpDue')).toMatchObject([
      { facts: { followUp: 'improvementPlan' }, rule: { confirmed: false }, severity: 'warning' },
    ]);
    snapshot = run(snapshot, 'evaluation.decide', {
      evaluationId: 'ev3',
      subjectId: 'm3',
      rating: 'unqualified',
      reason: '长期不参加组织生活',
    });
    report = evaluationReport(snapshot, 'ev3')!;
    expect(report.data.rows[0]).toMatchObject({
      decided: 'unqualified',
      computed: 'basicallyQualified',
      reason: '长期不参加组织生活',
    });
    // 党章 第九条: education and a deadline to correct first; persuasion to leave and removal only if needed.
    expect(report.data.rows[0]!.followUps.map(({ id, required }) => [id, required])).toEqual([
      ['educateAndCorrect', true],
      ['persuadeToLeave', false],
      ['removal', false],
    ]);
    const due = report.findings.filter((f) => f.rule.id === 'evaluation.followUpDue');
    expect(due).toMatchObject([
      { facts: { followUp: 'educateAndCorrect', article: '第九条' }, rule: { article: '第九条', confirmed: true } },
    ]);
    snapshot = run(snapshot, 'evaluation.recordFollowUp', {
      evaluationId: 'ev3',
      subjectId: 'm3',
      followUp: 'educateAndCorrect',
      doneOn: '2026-12-01',
    });
    expect(evaluationReport(snapshot, 'ev3')!.findings.filter((f) => f.rule.id === 'evaluation.followUpDue')).toEqual(
      [],
    );
  });

  it('a secretary who is also rated never decides their own rating', () => {
    const snapshot = run(regionalStreet(), 'evaluation.close', { evaluationId: 'ev1' });
    const secretary = { id: 'b1-secretary', roles: ['branchSecretary'], orgId: 'b1', memberId: 'm1' };
    const decide = (subjectId: string) =>
      execute(
        snapshot,
        'evaluation.decide',
        { evaluationId: 'ev1', subjectId, rating: 'excellent', reason: '表现突出' },
        {
          actor: secretary,
          now,
        },
      );
    const own = decide('m1');
    expect(own.ok || own.error).toMatchObject({ rule: { id: 'evaluation.notForSelf' }, field: 'subjectId' });
    expect(decide('m2').ok).toBe(true);
  });

  it('opens one round a year per org and kind, under the scheme the portal gives', () => {
    const scheme = { ...defaultEvaluationSchemes.member, id: 'local', version: 'local-1', excellentCap: undefined };
    const snapshot = run(regionalStreet(), 'evaluation.open', {
      id: 'ev9',
      orgId: 'b2',
      year: 2026,
      subjectKind: 'member',
      scheme,
    });
    expect(snapshot.evaluations.get('ev9')!.scheme).toMatchObject({ id: 'local', version: 'local-1' });
    const again = execute(
      snapshot,
      'evaluation.open',
      { id: 'ev10', orgId: 'b2', year: 2026, subjectKind: 'member' },
      staff,
    );
    expect(again.ok || again.error.rule?.id).toBe('evaluation.oneRoundPerYear');
    const wrongKind = execute(
      snapshot,
      'evaluation.open',
      { id: 'ev11', orgId: 'c2', year: 2026, subjectKind: 'org', scheme },
      staff,
    );
    expect(wrongKind.ok || wrongKind.error).toMatchObject({ kind: 'validation', field: 'scheme.subjectKind' });
  });
});

describe('a decided rating is not open to other members', () => {
  it('a member reads the round (scheme, who takes part) but not the ratings, reasons or follow-ups', () => {
    let snapshot = run(regionalStreet(), 'evaluation.decide', {
      evaluationId: 'ev3',
      subjectId: 'm3',
      rating: 'unqualified',
      reason: '长期不参加组织生活',
    });
    snapshot = run(snapshot, 'evaluation.recordFollowUp', {
      evaluationId: 'ev3',
      subjectId: 'm3',
      followUp: 'educateAndCorrect',
      doneOn: '2026-12-01',
    });
    const m1 = { id: 'm1-account', roles: ['member'], memberId: 'm1' };
    const seen = new ReadView(createRolePolicy(), m1, snapshot).records().evaluations ?? [];
    const round = seen.find((each) => each.id === 'ev3')!;
    expect(round).toMatchObject({ orgId: 'b2', state: 'closed', participants: [{ id: 'm3' }] });
    expect(round.scheme.id).toBe(snapshot.evaluations.get('ev3')!.scheme.id);
    expect(round).not.toHaveProperty('decisions');
    expect(round).not.toHaveProperty('followUps');
    expect(JSON.stringify(seen)).not.toContain('长期不参加组织生活');
    // Staff over b2 still read the whole record.
    const b2 = { id: 'b2-secretary', roles: ['branchSecretary'], orgId: 'b2' };
    const staffView = new ReadView(createRolePolicy(), b2, snapshot).records().evaluations ?? [];
    expect(staffView.find((each) => each.id === 'ev3')!.decisions).toMatchObject([{ reason: '长期不参加组织生活' }]);
  });
});

describe('多向度考评: the same mechanism rates orgs', () => {
  const scores = (raterKind: string, raterId: string, marks: Record<string, number>) => ({
    id: `${raterKind}-${raterId}`,
    evaluationId: 'ev2',
    raterKind,
    raterId,
    marks: Object.entries(marks).map(([subjectId, score]) => ({ subjectId, score })),
  });

  it('weighs self, peers, assessors, members and residents; an org rates itself only as self and others as a peer', () => {
    let snapshot = regionalStreet();
    snapshot = run(snapshot, 'evaluation.submitRating', scores('self', 'b1', { b1: 90 }));
    snapshot = run(snapshot, 'evaluation.submitRating', scores('peer', 'b2', { b1: 80 }));
    snapshot = run(snapshot, 'evaluation.submitRating', scores('assessor', 'team-1', { b1: 70, b2: 70 }));
    snapshot = run(snapshot, 'evaluation.submitRating', scores('members', 'mb-1', { b1: 60 }));
    const b1 = evaluationReport(snapshot, 'ev2')!.data.rows.find((row) => row.subjectId === 'b1')!;
    // No residents' marks: (20·90 + 20·80 + 30·70 + 15·60) / 85 = 6400 / 85 = 75.29 → 合格 (75 ≤ score < 90).
    expect(b1).toMatchObject({ name: '紫云苑第一党支部', scoreHundredths: 7529, computed: 'qualified' });
    expect(b1.missingKinds).toEqual(['residents']);
    expect(
      b1.lines!.map((line) => [line.raterKind, line.count, line.meanHundredths, line.contributionHundredths]),
    ).toEqual([
      ['self', 1, 9000, 2118],
      ['peer', 1, 8000, 1882],
      ['assessor', 1, 7000, 2471],
      ['members', 1, 6000, 1059],
      ['residents', 0, undefined, 0],
    ]);
    const refused = (input: unknown) => {
      const result = execute(snapshot, 'evaluation.submitRating', input, staff);
      return result.ok ? undefined : result.error.rule?.id;
    };
    expect(refused(scores('self', 'b1', { b2: 90 }))).toBe('evaluation.selfOnlyForSelf');
    expect(refused({ ...scores('peer', 'b1', { b1: 90 }), id: 'p' })).toBe('evaluation.peerNotSelf');
    expect(refused({ ...grades('assessor', 'team-2', { b1: 'excellent' }), evaluationId: 'ev2' })).toBe(
      'evaluation.markOfScheme',
    );
  });
});

describe('多向度考评: a rated org enters its own self and peer ballots', () => {
  const scores = (raterKind: string, raterId: string, marks: Record<string, number>) => ({
    id: `${raterKind}-${raterId}`,
    evaluationId: 'ev2',
    raterKind,
    raterId,
    marks: Object.entries(marks).map(([subjectId, score]) => ({ subjectId, score })),
  });

  it("b1's secretary rates b1 as self and b2 as a peer, never in b2's name nor as an assessor", () => {
    const snapshot = regionalStreet();
    const b1 = { id: 'b1-secretary', roles: ['branchSecretary'], orgId: 'b1' };
    const verdict = (input: unknown) =>
      policyVerdict(createRolePolicy(), snapshot, 'evaluation.submitRating', input, { actor: b1, now });
    expect(verdict(scores('self', 'b1', { b1: 95 }))).toBeUndefined();
    expect(verdict(scores('peer', 'b1', { b2: 60 }))).toBeUndefined();
    expect(verdict(scores('self', 'b2', { b2: 95 }))).toBeInstanceOf(ForbiddenError);
    expect(verdict(scores('peer', 'b2', { b1: 60 }))).toBeInstanceOf(ForbiddenError);
    expect(verdict(scores('assessor', 'team-1', { b1: 90 }))).toBeInstanceOf(ForbiddenError);
    const stored = run(snapshot, 'evaluation.submitRating', scores('peer', 'b1', { b2: 60 }));
    expect(stored.evaluationBallots.get('peer-b1')!.raterOrgId).toBe('b1');
  });
});

describe('a scheme is data a portal edits: refused with the path of what is wrong', () => {
  const member = defaultEvaluationSchemes.member;
  const cases: readonly [string, unknown, string, string][] = [
    [
      'weights not adding to 100',
      { ...member, raters: member.raters.map((r) => ({ ...r, weight: 20 })) },
      'scheme.raters',
      'evaluationScheme.weightsNotHundred',
    ],
    [
      'a last band with a condition',
      { ...member, bands: member.bands.slice(0, -1) },
      'scheme.bands.3',
      'evaluationScheme.lastBandCatchesAll',
    ],
    [
      'a vote share on scores',
      { ...defaultEvaluationSchemes.org, bands: [member.bands[0], ...defaultEvaluationSchemes.org.bands] },
      'scheme.bands.0.share',
      'evaluationScheme.shareNeedsGrades',
    ],
    [
      'a rated stage not taking part',
      { ...member, participants: { ...member.participants, ratedStages: ['candidate'] } },
      'scheme.participants.ratedStages.0',
      'evaluationScheme.ratedTakePart',
    ],
    [
      'a cap over one',
      { ...member, excellentCap: { num: 4, den: 3, strict: false, confirmed: false } },
      'scheme.excellentCap',
      'evaluationScheme.fractionOverOne',
    ],
    [
      'a rater weight of 101',
      { ...member, raters: [{ ...member.raters[0]!, weight: 101 }, ...member.raters.slice(1)] },
      'scheme.raters.0.weight',
      '',
    ],
  ];
  it.each(cases)('%s', (_, scheme, field, code) => {
    const result = parseEvaluationScheme(scheme);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ kind: 'validation', field });
    const issues = (result.error.details as { issues: { field: string; code: string }[] }).issues;
    if (code) expect(issues.map((issue) => issue.code)).toContain(code);
  });

  it('takes the defaults as they ship', () => {
    expect(parseEvaluationScheme(defaultEvaluationSchemes.member).ok).toBe(true);
    expect(parseEvaluationScheme(defaultEvaluationSchemes.org).ok).toBe(true);
  });
});
