import {
  cadenceCoverage,
  cadenceRuleCases,
  defaultCadenceRules,
  diffCadenceAgainstBase,
  layerCadenceRules,
  runCadenceCases,
  type CadenceCase,
  type CadenceRule,
} from '@dangjian/core';
import { describe, expect, it } from 'vitest';

// The edges of the cadence cases (compliance/cadence-cases.ts) the playground tests step over: the
// 党课's lecturer carried into the case's meetings, each requirement's rule version, a case that
// fails on a missed expectation alone, what the coverage calls covered, a layer that only adds.

const year2026 = { orgKind: 'branch' as const, committee: false, from: '2026-12-01', to: '2026-12-31' };
/** Every requirement of a branch held in December 2026, except the 党课s the case adds. */
const heldOtherwise = [
  { kind: 'assembly' as const, heldOn: '2026-12-01' },
  { kind: 'themeDay' as const, heldOn: '2026-12-02' },
  { kind: 'lifeMeeting' as const, heldOn: '2026-12-20' },
  { kind: 'review' as const, heldOn: '2026-12-21' },
];
const lectureBy = (lecturer?: 'secretary' | 'guest'): CadenceCase => ({
  name: `A 党课 given by ${lecturer ?? 'nobody named'}`,
  asOf: '2027-01-05',
  facts: {
    ...year2026,
    meetings: [...heldOtherwise, { kind: 'lecture', heldOn: '2026-12-10', ...(lecturer && { lecturer }) }],
  },
  expect: { missing: [] },
});

const secretaryLecture = (result: ReturnType<typeof runCadenceCases>[number]) =>
  result.requirements.find((each) => each.kind === 'lecture.secretary')!.periods;

describe('cadence cases: the 党课’s lecturer', () => {
  it('counts a 党课 the secretary gave toward the secretary’s yearly one, and passes the case', () => {
    const [result] = runCadenceCases(defaultCadenceRules, [lectureBy('secretary')]);
    expect(secretaryLecture(result!)).toEqual([{ period: '2026', held: 1, min: 1, closed: true, passed: true }]);
    expect(result).toMatchObject({ passed: true, missed: [], unexpected: [] });
  });

  it('does not count one a guest gave, nor one without a lecturer', () => {
    for (const each of [lectureBy('guest'), lectureBy()]) {
      const [result] = runCadenceCases(defaultCadenceRules, [each]);
      expect(secretaryLecture(result!)).toEqual([{ period: '2026', held: 0, min: 1, closed: true, passed: false }]);
      expect(result!.unexpected).toEqual([{ kind: 'lecture.secretary', period: '2026' }]);
    }
  });
});

describe('cadence cases: what a run reports', () => {
  it('names each requirement’s rule and version, and an empty version for a rule without one', () => {
    const [result] = runCadenceCases(defaultCadenceRules, [lectureBy('secretary')]);
    expect(result!.requirements.map(({ kind, per, ruleId, version }) => ({ kind, per, ruleId, version }))).toEqual(
      defaultCadenceRules
        .filter((rule) => rule.orgKinds.includes('branch') && !rule.committeeOnly)
        .map((rule) => ({
          kind: rule.rule.id.replace('meetings.', ''),
          per: rule.per,
          ruleId: rule.rule.id,
          version: rule.rule.version,
        })),
    );
    const unversioned: CadenceRule = {
      kind: 'assembly',
      per: 'quarterly',
      min: 1,
      orgKinds: ['branch'],
      rule: { id: 'meetings.assembly', confirmed: false },
    };
    const [bare] = runCadenceCases([unversioned], [lectureBy('secretary')]);
    expect(bare!.requirements).toEqual([
      {
        kind: 'assembly',
        per: 'quarterly',
        ruleId: 'meetings.assembly',
        version: '',
        periods: [{ period: '2026-Q4', held: 1, min: 1, closed: true, passed: true }],
      },
    ]);
  });

  it('fails a case whose expected shortfall did not happen, though nothing unexpected was short', () => {
    const expectsTooMuch = {
      ...lectureBy('secretary'),
      expect: { missing: [{ kind: 'assembly', period: '2026-Q4' }] },
    };
    const [result] = runCadenceCases(defaultCadenceRules, [expectsTooMuch]);
    expect(result).toMatchObject({ passed: false, missed: [{ kind: 'assembly', period: '2026-Q4' }], unexpected: [] });
  });

  it('calls covered exactly the requirements that apply in some case', () => {
    const branchesOnly = cadenceRuleCases.cases.filter((each) => each.facts.orgKind === 'branch');
    const coverage = cadenceCoverage(defaultCadenceRules, branchesOnly);
    expect(coverage.uncovered).toEqual(['groupMeeting']);
    expect(coverage.covered.sort()).toEqual(
      ['assembly', 'committeeMeeting', 'lecture.secretary', 'lifeMeeting', 'review', 'themeDay'].sort(),
    );
  });

  it('lists a case a layer only adds shortfalls to, and leaves out every case it does not change', () => {
    const layered = layerCadenceRules([{ kind: 'themeDay', per: 'monthly', min: 2, orgKinds: ['branch'] }]);
    const unchanged = { ...lectureBy('secretary'), name: 'No theme day at all', facts: { ...year2026, meetings: [] } };
    const changes = diffCadenceAgainstBase(defaultCadenceRules, layered, [lectureBy('secretary'), unchanged]);
    expect(changes).toEqual([
      { name: 'A 党课 given by secretary', added: [{ kind: 'themeDay', period: '2026-12' }], removed: [] },
    ]);
  });
});
