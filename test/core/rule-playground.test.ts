import {
  classificationRuleCases,
  duesRuleCases,
  officialDuesSchedule,
  compileRuleSet,
  defaultClassificationRules,
  diffAgainstBase,
  explainRuleSet,
  failedConditions,
  layerRules,
  RuleCasesSchema,
  ruleCoverage,
  RuleOverridesSchema,
  runRuleCases,
  type Facts,
  type RuleCase,
  cadenceCoverage,
  CadenceCasesSchema,
  CadenceLayerSchema,
  cadenceRuleCases,
  cadenceRulesOf,
  defaultCadenceRules,
  defaultScoreScheme,
  diffCadenceAgainstBase,
  diffPointsAgainstBase,
  PointsCasesSchema,
  pointsCoverage,
  pointsRuleCases,
  runCadenceCases,
  runPointsCases,
  ScoreSchemeSchema,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const base = defaultClassificationRules;
const cases = classificationRuleCases.cases;
const senior: RuleCase = {
  name: 'A member of 59 is senior (wrong on purpose)',
  asOf: '2026-11-30',
  facts: { employment: 'retired', age: 59 },
  expect: { yields: ['retired', 'senior'] },
};

describe('rule playground: cases as data, explained', () => {
  it('passes every case shipped beside the classification rules (so npm test runs them)', () => {
    expect(cases.length).toBeGreaterThan(5);
    const failing = runRuleCases(base, cases).filter((result) => !result.passed);
    expect(failing.map(({ name, missing, unexpected }) => ({ name, missing, unexpected }))).toEqual([]);
  });

  it('fails a broken expectation, naming the condition that did not hold and the fact it read', () => {
    const [result] = runRuleCases(base, [senior]);
    expect(result!.passed).toBe(false);
    expect(result!.missing).toEqual(['senior']);
    const rule = result!.explanation.rules.find((each) => each.ruleId === 'category.senior')!;
    expect(rule.fired).toBe(false);
    expect(failedConditions(rule.condition)).toEqual([
      { op: 'range', passed: false, fact: 'age', actual: 59, expected: { min: 60 } },
    ]);
  });

  it('explains a rule that held through a not: the inner leaf that passed is why `not` failed', () => {
    const explanation = explainRuleSet(base, { outflowSince: '2026-10-01' }, '2026-11-30');
    const mobile = explanation.rules.find((rule) => rule.ruleId === 'category.mobile')!;
    expect(mobile.fired).toBe(false);
    expect(failedConditions(mobile.condition)).toEqual([
      { op: 'withinMonths', passed: true, fact: 'outflowSince', actual: '2026-10-01', expected: { months: 6 } },
    ]);
    expect(mobile.condition.parts![0]).toMatchObject({ op: 'exists', passed: true, fact: 'outflowSince' });
  });

  it('lists the rules no case makes fire', () => {
    const coverage = ruleCoverage(base, cases);
    expect(coverage.uncovered).toEqual([]);
    const withoutStudent = cases.filter((each) => !each.expect.yields.includes('student'));
    expect(ruleCoverage(base, withoutStudent).uncovered).toEqual(['category.student']);
  });

  it('tells which outcomes a local layer changed against the national base', () => {
    const local = layerRules(
      base,
      RuleOverridesSchema.parse({
        version: 'local.1',
        rules: [
          { ...base.rules.find((rule) => rule.id === 'category.senior')!, when: { op: 'range', fact: 'age', min: 55 } },
        ],
        disable: ['category.skilled'],
      }),
    );
    const inputs = cases.map(({ name, asOf, facts }) => ({ name, asOf, facts: facts as Facts }));
    const changes = diffAgainstBase(base, local, [...inputs, { name: '57', asOf: '2026-11-30', facts: { age: 57 } }]);
    expect(changes).toEqual([
      { name: 'A member of 59 is not senior', added: ['senior'], removed: [] },
      { name: 'An unemployed member with skills, jobless and in hardship', added: [], removed: ['skilled'] },
      { name: '57', added: ['senior'], removed: [] },
    ]);
  });

  it('marks a later rule of a firstHit set as shadowed by the one that fired first', () => {
    const bands = {
      ...base,
      id: 'bands',
      policy: 'firstHit' as const,
      rules: [
        { ...base.rules[0]!, id: 'low', yields: 'low', when: { op: 'range' as const, fact: 'x', max: 10 } },
        { ...base.rules[0]!, id: 'any', yields: 'any', when: { op: 'exists' as const, fact: 'x' } },
      ],
    };
    const explanation = explainRuleSet(bands, { x: 5 }, '2026-11-30');
    expect(explanation.rules.map(({ held, fired, shadowedBy }) => ({ held, fired, shadowedBy }))).toEqual([
      { held: true, fired: true, shadowedBy: undefined },
      { held: true, fired: false, shadowedBy: 'low' },
    ]);
  });

  it('refuses a malformed cases file with the path of the bad field', () => {
    const parsed = RuleCasesSchema.safeParse({
      ruleSetId: 'x',
      cases: [{ name: 'n', asOf: '30/11/2026', facts: {}, expect: { yields: [] } }],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(['cases', 0, 'asOf']);
  });

  const factsArbitrary = fc.record(
    {
      employment: fc.constantFrom('employed', 'retired', 'unemployed', 'student', 'farmer', 'other'),
      employerKind: fc.constantFrom('privateEnterprise', 'socialOrganisation', 'stateOwned'),
      age: fc.integer({ min: 0, max: 110 }),
      outflowSince: fc.constantFrom('2025-01-01', '2026-05-30', '2026-06-01', '2026-11-29'),
      lastContactOn: fc.constantFrom('2025-01-01', '2026-06-01', '2026-11-01'),
      lostContactSince: fc.constant('2026-01-01'),
      relocation: fc.constantFrom('inTransition', 'resettled', 'none'),
      directlyManaged: fc.boolean(),
      skills: fc.array(fc.constantFrom('welding', 'law'), { maxLength: 2 }),
      care: fc.subarray(['hardship', 'jobless', 'ill', 'disabledOrSubsistence', 'emptyNest', 'other']),
    },
    { requiredKeys: [] },
  );

  it('fires exactly the rules the compiled set yields, for any facts (oracle: compileRuleSet.evaluate)', () => {
    const compiled = compileRuleSet(base);
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        const explained = explainRuleSet(base, facts as Facts, '2026-11-30');
        const fired = explained.rules.filter((rule) => rule.fired).map((rule) => rule.ruleId);
        expect(fired).toEqual(compiled.evaluate(facts as Facts, '2026-11-30').map((result) => result.ruleId));
      }),
    );
  });

  it('reads each leaf as written, for any facts (oracle: the comparison by hand)', () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        const rules = explainRuleSet(base, facts as Facts, '2026-11-30').rules;
        const leaf = (id: string) => rules.find((rule) => rule.ruleId === id)!.condition;
        expect(leaf('category.retired')).toMatchObject({ fact: 'employment', actual: facts.employment ?? null });
        expect(leaf('category.retired').passed).toBe(facts.employment === 'retired');
        expect(leaf('category.senior').passed).toBe(facts.age !== undefined && facts.age >= 60);
        expect(leaf('category.skilled').passed).toBe((facts.skills ?? []).length > 0);
        expect(leaf('care.ill').passed).toBe((facts.care ?? []).includes('ill'));
      }),
    );
  });
});

describe('rule playground: the dues rate tables ship their cases too', () => {
  it('passes every band-edge case of each rate table and leaves no band uncovered', () => {
    expect(duesRuleCases.map((file) => file.ruleSetId)).toEqual(['dues.rate.inService', 'dues.rate.retired']);
    for (const file of duesRuleCases) {
      const group = file.ruleSetId.replace('dues.rate.', '') as keyof typeof officialDuesSchedule.rates;
      const ruleSet = officialDuesSchedule.rates[group].ruleSet;
      expect(ruleSet.id).toBe(file.ruleSetId);
      const failing = runRuleCases(ruleSet, file.cases).filter((result) => !result.passed);
      expect(failing.map(({ name, missing, unexpected }) => ({ name, missing, unexpected }))).toEqual([]);
      expect(ruleCoverage(ruleSet, file.cases).uncovered).toEqual([]);
    }
  });

  it('shows a band that held but was shadowed by the first hit', () => {
    const ruleSet = officialDuesSchedule.rates.inService.ruleSet;
    const broken = { ...duesRuleCases[0]!.cases[1]!, expect: { yields: ['100'] } };
    const [result] = runRuleCases(ruleSet, [broken]);
    expect(result).toMatchObject({ passed: false, missing: ['100'], unexpected: ['50'] });
    const band = result!.explanation.rules[1]!;
    expect(failedConditions(band.condition)).toEqual([
      {
        op: 'range',
        passed: false,
        fact: 'baseFen',
        actual: 300000,
        expected: { min: 300000, minExclusive: true, max: 500000 },
      },
    ]);
  });
});

describe('rule playground: meeting cadence cases, judged by complianceReport', () => {
  const cadenceCases = cadenceRuleCases.cases;

  it('passes every cadence case shipped beside the rules and leaves no requirement uncovered', () => {
    expect(cadenceCases.length).toBeGreaterThan(5);
    const failing = runCadenceCases(defaultCadenceRules, cadenceCases).filter((result) => !result.passed);
    expect(failing.map(({ name, missed, unexpected }) => ({ name, missed, unexpected }))).toEqual([]);
    expect(cadenceCoverage(defaultCadenceRules, cadenceCases).uncovered).toEqual([]);
  });

  it('fails a broken expectation, naming the period and the held count against the minimum', () => {
    const theme = cadenceCases.find((each) => each.name.includes('theme day in May'))!;
    const broken = { ...theme, expect: { missing: [{ kind: 'themeDay', period: '2026-06' }] } };
    const [result] = runCadenceCases(defaultCadenceRules, [broken]);
    expect(result).toMatchObject({
      passed: false,
      missed: [{ kind: 'themeDay', period: '2026-06' }],
      unexpected: [{ kind: 'themeDay', period: '2026-05' }],
    });
    const themeDay = result!.requirements.find((each) => each.kind === 'themeDay')!;
    expect(themeDay.periods).toEqual([
      { period: '2026-04', held: 1, min: 1, closed: true, passed: true },
      { period: '2026-05', held: 0, min: 1, closed: true, passed: false },
      { period: '2026-06', held: 1, min: 1, closed: true, passed: true },
    ]);
    // No committee: the 支委会 does not apply, so it is not listed.
    expect(result!.requirements.map((each) => each.kind)).not.toContain('committeeMeeting');
  });

  it('lists a requirement that applies in no case', () => {
    const withoutGroups = cadenceCases.filter((each) => each.facts.orgKind !== 'group');
    expect(cadenceCoverage(defaultCadenceRules, withoutGroups).uncovered).toEqual(['groupMeeting']);
  });

  it('tells which short periods a portal layer adds and removes against the national base', () => {
    const layered = cadenceRulesOf(
      CadenceLayerSchema.parse({
        ruleSetId: 'meetings.cadence',
        version: 'local.1',
        rules: [
          { kind: 'lecture', per: 'quarterly', min: 1, orgKinds: ['branch'] },
          { kind: 'themeDay', per: 'quarterly', min: 2, orgKinds: ['branch'] },
        ],
      }),
    );
    const changes = diffCadenceAgainstBase(defaultCadenceRules, layered, cadenceCases);
    const byName = Object.fromEntries(changes.map((change) => [change.name, change]));
    expect(byName['A branch without a theme day in May is short for 2026-05']).toEqual({
      name: 'A branch without a theme day in May is short for 2026-05',
      added: [{ kind: 'lecture', period: '2026-Q2' }],
      removed: [{ kind: 'themeDay', period: '2026-05' }],
    });
    expect(byName['A group that skipped its May group meeting']).toBeUndefined();
  });

  it('refuses a malformed cadence case with its path', () => {
    const parsed = CadenceCasesSchema.safeParse({
      ruleSetId: 'x',
      cases: [
        {
          name: 'n',
          asOf: '2026-07-01',
          facts: { orgKind: 'club', from: '2026-01-01', to: '2026-02-01', meetings: [] },
          expect: { missing: [] },
        },
      ],
    });
    expect(parsed.error!.issues[0]!.path).toEqual(['cases', 0, 'facts', 'orgKind']);
  });

  it('counts the meetings in each closed period as a hand count does (oracle: dates compared by hand)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 20 }), (months) => {
        const meetings = months.map((month) => ({
          kind: 'themeDay' as const,
          heldOn: `2026-${String(month).padStart(2, '0')}-15`,
        }));
        const facts = { orgKind: 'branch' as const, committee: false, from: '2026-01-01', to: '2026-12-31', meetings };
        const [result] = runCadenceCases(defaultCadenceRules, [
          { name: 'p', asOf: '2027-01-01', facts, expect: { missing: [] } },
        ]);
        const themeDay = result!.requirements.find((each) => each.kind === 'themeDay')!;
        for (const period of themeDay.periods) {
          const month = Number(period.period.slice(5));
          expect(period.held).toBe(months.filter((each) => each === month).length);
          expect(period.passed).toBe(months.includes(month));
        }
      }),
    );
  });
});

describe('rule playground: points cases, judged by scoreLedger', () => {
  const pointsCases = pointsRuleCases.cases;

  it('passes every points case shipped beside the example scheme and leaves no item, veto or exclusion uncovered', () => {
    expect(pointsCases.length).toBeGreaterThan(5);
    const failing = runPointsCases(defaultScoreScheme, pointsCases).filter((result) => !result.passed);
    expect(failing.map(({ name, mismatches }) => ({ name, mismatches }))).toEqual([]);
    expect(pointsCoverage(defaultScoreScheme, pointsCases).uncovered).toEqual([]);
  });

  it('fails a broken expectation naming the item, with the capped lines that explain it', () => {
    const orgLife = pointsCases[0]!;
    const broken = { ...orgLife, expect: { total: 11, items: { 'base.orgLife': 8 } } };
    const [result] = runPointsCases(defaultScoreScheme, [broken]);
    expect(result!.passed).toBe(false);
    expect(result!.mismatches).toEqual([
      { what: 'total', expected: 11, actual: 9 },
      { what: 'item', id: 'base.orgLife', expected: 8, actual: 6 },
    ]);
    const capped = result!.lines.filter((line) => line.capped);
    expect(
      capped.map(({ on, itemId, rawPoints, points, capped }) => ({ on, itemId, rawPoints, points, capped })),
    ).toEqual([
      { on: '2026-03-20', itemId: 'base.orgLife', rawPoints: 2, points: 0, capped: { period: '2026-03', max: 6 } },
    ]);
  });

  it('shows the veto that zeroed lines, with the condition and the fact it read', () => {
    const suspended = pointsCases.find((each) => each.name.startsWith('Under Party discipline'))!;
    const [result] = runPointsCases(defaultScoreScheme, [suspended]);
    expect(result!.lines.every((line) => line.vetoedBy === 'veto.suspended' && line.points === 0)).toBe(true);
    expect(result!.vetoes.find((veto) => veto.id === 'veto.suspended')!.condition).toMatchObject({
      passed: true,
      fact: 'status',
      actual: 'suspended',
    });
  });

  it('names the events outside the year and those no item counts', () => {
    const late = pointsCases.find((each) => each.name.startsWith('Only the year'))!;
    const [result] = runPointsCases(defaultScoreScheme, [late]);
    expect(result!.outsideYear).toEqual([0, 2]);
    // An award naming an item the scheme does not have: no item counts it.
    const award = { source: 'manualAward' as const, on: '2026-06-01', quantity: 5, itemId: 'task.none' };
    const noItem = { ...late, facts: { ...late.facts, events: [award] }, expect: { total: 0 } };
    expect(runPointsCases(defaultScoreScheme, [noItem])[0]!.unmatched).toEqual([0]);
  });

  it('lists an item no case gives a line for', () => {
    const withoutVolunteering = pointsCases.filter(
      (each) => !each.facts.events.some((event) => event.source === 'volunteerHours'),
    );
    expect(pointsCoverage(defaultScoreScheme, withoutVolunteering).uncovered).toEqual(['task.volunteer']);
  });

  it('gives each case’s total under the base scheme and the edited one', () => {
    const edited = ScoreSchemeSchema.parse({
      ...defaultScoreScheme,
      items: defaultScoreScheme.items.map((item) =>
        item.id === 'base.orgLife' ? { ...item, capPerPeriod: { period: 'month', max: 8 } } : item,
      ),
    });
    expect(diffPointsAgainstBase(defaultScoreScheme, edited, pointsCases)).toEqual([
      { name: pointsCases[0]!.name, before: 9, after: 11 },
    ]);
  });

  it('refuses a malformed points case with its path', () => {
    const parsed = PointsCasesSchema.safeParse({
      ruleSetId: 'x',
      cases: [
        {
          name: 'n',
          asOf: '2026-07-01',
          facts: { events: [{ source: 'gifts', on: '2026-01-01', quantity: 1 }] },
          expect: { total: 0 },
        },
      ],
    });
    expect(parsed.error!.issues[0]!.path).toEqual(['cases', 0, 'facts', 'events', 0, 'source']);
  });
});
