import {
  cadenceCoverage,
  cadenceRuleCases,
  cadenceRulesOf,
  defaultCadenceRules,
  diffCadenceAgainstBase,
  ruleTables,
  runCadenceCases,
  type CadenceCase,
} from '@dangjian/core';
import { describe, expect, it } from 'vitest';

// The cadence cases' runner read where the shipped cases do not reach: a secretary's own 党课, an
// expectation that names a period which was not short, a layer that only adds, coverage by name.
// A branch's December 2026, judged on 5 January 2027, with every monthly and quarterly meeting held
// (worked out by hand against meetings.json's defaults).
const december = (lecturer: 'secretary' | 'committeeMember'): CadenceCase => ({
  name: `December with a lecture by the ${lecturer}`,
  asOf: '2027-01-05',
  facts: {
    orgKind: 'branch',
    committee: false,
    from: '2026-12-01',
    to: '2026-12-31',
    meetings: [
      { kind: 'assembly', heldOn: '2026-12-01' },
      { kind: 'themeDay', heldOn: '2026-12-02' },
      { kind: 'lecture', heldOn: '2026-12-10', lecturer },
      { kind: 'lifeMeeting', heldOn: '2026-12-20' },
      { kind: 'review', heldOn: '2026-12-21' },
    ],
  },
  expect: { missing: [] },
});

describe('cadence cases: what the runner reads', () => {
  it("counts the secretary's own lecture for the yearly 党课, and nobody else's", () => {
    const [bySecretary, byMember] = runCadenceCases(defaultCadenceRules, [
      december('secretary'),
      december('committeeMember'),
    ]);
    expect([bySecretary!.passed, bySecretary!.unexpected]).toEqual([true, []]);
    expect(byMember!.unexpected).toEqual([{ kind: 'lecture.secretary', period: '2026' }]);
  });

  it('fails a case whose expected short period was not short, with nothing unexpected', () => {
    const expectsTooMuch = { ...december('secretary'), expect: { missing: [{ kind: 'assembly', period: '2026-Q4' }] } };
    const [result] = runCadenceCases(defaultCadenceRules, [expectsTooMuch]);
    expect(result).toMatchObject({ passed: false, missed: [{ kind: 'assembly', period: '2026-Q4' }], unexpected: [] });
  });

  it('carries each requirement under its rule id and the table version', () => {
    const [result] = runCadenceCases(defaultCadenceRules, [december('secretary')]);
    const lecture = result!.requirements.find((each) => each.kind === 'lecture.secretary')!;
    expect([lecture.ruleId, lecture.version]).toEqual(['meetings.lecture.secretary', ruleTables.meetings.asOf]);
  });

  it('names the requirements the cases cover as well as those they miss', () => {
    const branchOnly = cadenceRuleCases.cases.filter((each) => each.facts.orgKind === 'branch');
    const { covered, uncovered } = cadenceCoverage(defaultCadenceRules, branchOnly);
    expect(covered).toContain('lecture.secretary');
    expect(covered).toContain('themeDay');
    expect(covered).not.toContain('groupMeeting');
    expect(uncovered).toContain('groupMeeting');
  });

  it('lists a case a layer only adds to, and leaves out every case it does not change', () => {
    const quarterlyLecture = cadenceRulesOf({
      ruleSetId: 'meetings.cadence',
      version: 'local.1',
      rules: [{ kind: 'lecture', per: 'quarterly', min: 2, orgKinds: ['branch'] }],
    });
    expect(diffCadenceAgainstBase(defaultCadenceRules, quarterlyLecture, [december('secretary')])).toEqual([
      {
        name: 'December with a lecture by the secretary',
        added: [{ kind: 'lecture', period: '2026-Q4' }],
        removed: [],
      },
    ]);
    expect(diffCadenceAgainstBase(defaultCadenceRules, defaultCadenceRules, cadenceRuleCases.cases)).toEqual([]);
  });
});
