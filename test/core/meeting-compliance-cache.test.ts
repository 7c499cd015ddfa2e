import {
  complianceReport,
  defaultCadenceRules,
  layerCadenceRules,
  periodsBetween,
  snapshotFromRecords,
  wholeMonthsBetween,
  type CadenceRule,
  type CivilDate,
  type ComplianceQuery,
  type ComplianceReport,
  type Member,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// complianceReport keeps three things for speed (compliance-report.ts): the periods built once per
// cadence, the meetings grouped org by org, attendance read org by org. None may change an answer:
// the report is the same whatever order the meetings sit in the table, agrees with a count by hand,
// and a report asked after another from the same snapshot equals one asked alone.

const orgs = [
  { id: 'c1', name: '社区党委', kind: 'committee', subkind: 'community', parentId: null },
  { id: 'b1', name: '第一党支部', kind: 'branch', setting: 'residential', parentId: 'c1', committeeSize: 3 },
  { id: 'g1', name: '1号楼党小组', kind: 'group', setting: 'buildingGroup', parentId: 'b1' },
  { id: 'b2', name: '第二党支部', kind: 'branch', setting: 'residential', parentId: 'c1' },
  { id: 'c2', name: '另一社区党委', kind: 'committee', subkind: 'community', parentId: null },
  { id: 'b3', name: '另一党支部', kind: 'branch', setting: 'residential', parentId: 'c2' },
] as const;
const meetingOrgIds = ['b1', 'g1', 'b2', 'b3'] as const;
const memberIds = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'] as const;
/** Where each member's relation sits: b3 is outside c1's subtree. */
const relationOf: Record<string, string> = { m1: 'b1', m2: 'b1', m3: 'b2', m4: 'b2', m5: 'b3', m6: 'b1' };

/** A day from 2025-11-01 on, as an ISO date. */
const dayAt = (offset: number): CivilDate =>
  new Date(Date.UTC(2025, 10, 1 + offset)).toISOString().slice(0, 10) as CivilDate;
const day = fc.integer({ min: 0, max: 520 }).map(dayAt);

const meetingFacts = fc.record({
  orgId: fc.constantFrom(...meetingOrgIds),
  kind: fc.constantFrom('assembly', 'committeeMeeting', 'groupMeeting', 'lecture', 'themeDay', 'lifeMeeting'),
  heldOn: day,
  attendees: fc.subarray([...memberIds]),
  lecturer: fc.constantFrom(undefined, 'secretary', 'guest'),
  review: fc.constantFrom(undefined, 'approved', 'submitted'),
});
type MeetingFacts = typeof meetingFacts extends fc.Arbitrary<infer T> ? T : never;

const memberFacts = fc.record({
  stage: fc.constantFrom('full', 'probationary', 'applicant'),
  suspended: fc.boolean(),
  lastOrgLifeOn: fc.option(day, { nil: undefined }),
});
type MemberFacts = typeof memberFacts extends fc.Arbitrary<infer T> ? T : never;

function meetingRecord(id: string, facts: MeetingFacts) {
  return {
    id,
    orgId: facts.orgId,
    kind: facts.kind,
    heldOn: facts.heldOn,
    topic: '学习',
    attendance: facts.attendees.map((memberId) => ({ memberId, mode: 'onSite' as const })),
    absences: [],
    votes: [],
    decisions: [],
    ...(facts.kind === 'lecture' && facts.lecturer && { lecturer: { name: '讲课人', role: facts.lecturer } }),
    ...(facts.review && { review: { state: facts.review, at: '2026-01-01T00:00:00.000Z', by: 'c1' } }),
  };
}

function memberRecord(id: string, facts: MemberFacts): Member {
  return {
    id,
    name: `党员${id}`,
    gender: 'female',
    birthDate: '1970-01-01',
    stage: facts.stage,
    relationOrgId: relationOf[id]!,
    managingOrgId: relationOf[id]!,
    ...(facts.suspended && { status: 'suspended' }),
    ...(facts.lastOrgLifeOn && { lastOrgLifeOn: facts.lastOrgLifeOn }),
  } as Member;
}

/** A fresh snapshot (so no per-snapshot cache is shared) with the meetings under these ids, in this order. */
function snapshotOf(members: readonly MemberFacts[], meetings: readonly MeetingFacts[], ids: readonly string[]) {
  return snapshotFromRecords('320402', 1, {
    orgs: orgs as never,
    members: members.map((facts, index) => memberRecord(memberIds[index]!, facts)),
    meetings: meetings.map((facts, index) => meetingRecord(ids[index]!, facts)),
  });
}

const range = fc
  .record({ from: fc.integer({ min: 0, max: 400 }), days: fc.integer({ min: 0, max: 450 }) })
  .map(({ from, days }) => ({ from: dayAt(from), to: dayAt(from + days) }));
const quarterlyLectures = layerCadenceRules([{ kind: 'lecture', per: 'quarterly', min: 2, orgKinds: ['branch'] }]);
const query = fc.record({
  orgId: fc.constantFrom('c1', 'b1', 'b2'),
  range,
  asOf: day,
  rules: fc.constantFrom<readonly CadenceRule[]>(defaultCadenceRules, quarterlyLectures),
  approvedOnly: fc.boolean(),
  orgLifeMonths: fc.constantFrom(undefined, 0, 2),
});
type DrawnQuery = typeof query extends fc.Arbitrary<infer T> ? T : never;

const asQuery = ({ orgId, range, asOf, rules, approvedOnly, orgLifeMonths }: DrawnQuery): ComplianceQuery => ({
  orgId,
  ...range,
  asOf,
  rules,
  approvedOnly,
  ...(orgLifeMonths !== undefined && { orgLifeMonths }),
});

const subtree: Record<string, readonly string[]> = { c1: ['c1', 'b1', 'g1', 'b2'], b1: ['b1', 'g1'], b2: ['b2'] };

const members = fc.tuple(...memberIds.map(() => memberFacts));
const meetings = fc.array(meetingFacts, { maxLength: 14 });
/** Meeting ids drawn apart from the meetings: the same meetings land in the table in another order. */
const idsFor = (count: number) =>
  fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: count, maxLength: count });

describe('complianceReport caches nothing that changes an answer', () => {
  it('gives the same report whatever ids, and so whatever order, the meetings have in the table', () => {
    fc.assert(
      fc.property(
        members,
        meetings.chain((drawn) =>
          fc.tuple(
            fc.constant(drawn),
            idsFor(drawn.length),
            idsFor(drawn.length),
            fc.shuffledSubarray(
              drawn.map((_, i) => i),
              { minLength: drawn.length, maxLength: drawn.length },
            ),
          ),
        ),
        query,
        (people, [drawn, ids, otherIds, order], drawnQuery) => {
          const inOrder = complianceReport(snapshotOf(people, drawn, ids), asQuery(drawnQuery));
          const shuffled = order.map((index) => drawn[index]!);
          const reordered = complianceReport(
            snapshotOf(
              people,
              shuffled,
              order.map((index) => otherIds[index]!),
            ),
            asQuery(drawnQuery),
          );
          expect(reordered).toEqual(inOrder);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('counts each period and finds each shortfall as a count by hand does (oracle: dates compared by hand)', () => {
    fc.assert(
      fc.property(members, meetings, query, (people, drawn, drawnQuery) => {
        const ids = drawn.map((_, index) => `mt${index}`);
        const report = complianceReport(snapshotOf(people, drawn, ids), asQuery(drawnQuery));
        const { range, asOf, rules, approvedOnly } = drawnQuery;
        const inScope = subtree[drawnQuery.orgId]!;
        const counts = drawn.filter(
          (each) => inScope.includes(each.orgId) && (!approvedOnly || each.review === 'approved'),
        );
        const expectedRows = inScope.flatMap((orgId) => {
          const org = orgs.find((each) => each.id === orgId)!;
          return rules
            .filter(
              (rule) =>
                (rule.orgKinds as readonly string[]).includes(org.kind) &&
                (!rule.committeeOnly || 'committeeSize' in org),
            )
            .map((rule) => ({
              orgId,
              kind: rule.kind,
              per: rule.per,
              min: rule.min,
              rule: rule.rule,
              periods: periodsBetween(range.from, range.to, rule.per).map((period) => ({
                ...period,
                held: counts.filter(
                  (each) =>
                    each.orgId === orgId &&
                    each.kind === rule.kind &&
                    (rule.lecturerRole === undefined ||
                      (each.kind === 'lecture' && each.lecturer === rule.lecturerRole)) &&
                    each.heldOn >= period.start &&
                    each.heldOn <= period.end,
                ).length,
                closed: period.end <= asOf,
              })),
            }));
        });
        expect(report.data.rows).toEqual(expectedRows);
        const shortfalls = expectedRows.flatMap((row) =>
          row.periods
            .filter((period) => period.closed && period.held < row.min)
            .map((period) => ({ kind: row.kind, period: period.label, held: period.held, min: row.min })),
        );
        expect(report.findings.map((each) => each.facts)).toEqual(shortfalls);
      }),
      { numRuns: 60 },
    );
  });

  it('lists members without org life as a reading by hand does (oracle: the latest date attended or on record)', () => {
    fc.assert(
      fc.property(members, meetings, query, (people, drawn, drawnQuery) => {
        const ids = drawn.map((_, index) => `mt${index}`);
        const report = complianceReport(snapshotOf(people, drawn, ids), asQuery(drawnQuery));
        const { asOf, approvedOnly } = drawnQuery;
        const limit = drawnQuery.orgLifeMonths ?? 6;
        const inScope = subtree[drawnQuery.orgId]!;
        const counts = drawn.filter(
          (each) => inScope.includes(each.orgId) && (!approvedOnly || each.review === 'approved'),
        );
        const expected = memberIds.flatMap((memberId, index) => {
          const facts = people[index]!;
          if (!inScope.includes(relationOf[memberId]!) || facts.stage === 'applicant' || facts.suspended) return [];
          const dates = counts.filter((each) => each.attendees.includes(memberId)).map((each) => each.heldOn);
          if (facts.lastOrgLifeOn) dates.push(facts.lastOrgLifeOn);
          const lastOn = dates.sort().at(-1);
          const base = { memberId, orgId: relationOf[memberId]! };
          if (lastOn === undefined) return [base];
          if (lastOn > asOf) return [];
          const months = wholeMonthsBetween(lastOn, asOf);
          return months >= limit ? [{ ...base, lastOn, months }] : [];
        });
        const byId = (a: { memberId: string }, b: { memberId: string }) => a.memberId.localeCompare(b.memberId);
        expect([...report.data.withoutOrgLife].sort(byId)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('answers a query after others from the same snapshot as it answers that query alone', () => {
    fc.assert(
      fc.property(members, meetings, fc.array(query, { minLength: 2, maxLength: 4 }), (people, drawn, queries) => {
        const ids = drawn.map((_, index) => `mt${index}`);
        const shared = snapshotOf(people, drawn, ids);
        const inARow: ComplianceReport[] = queries.map((each) => complianceReport(shared, asQuery(each)));
        const alone = queries.map((each) => complianceReport(snapshotOf(people, drawn, ids), asQuery(each)));
        expect(inARow).toEqual(alone);
        // A cache kept across calls would agree with itself: each row's periods are also the range's own.
        inARow.forEach((report, index) => {
          const { from, to } = queries[index]!.range;
          for (const row of report.data.rows)
            expect(row.periods.map(({ start, end, label }) => ({ start, end, label }))).toEqual(
              periodsBetween(from, to, row.per),
            );
        });
      }),
      { numRuns: 40 },
    );
  });
});
