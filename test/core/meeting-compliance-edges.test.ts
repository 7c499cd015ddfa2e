import {
  complianceReport,
  defaultCadenceRules,
  layerCadenceRules,
  snapshotFromRecords,
  type Meeting,
  type Member,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// The edges of 三会一课 compliance the broader tests step over: a period on its last day, a 党课
// with a lecturer under a portal's layer, the latest of several meetings attended in any order, the
// date on record against the meetings, and who is not a member to list.

const member = (id: string, extra: Partial<Member> = {}): Member => ({
  id,
  name: `党员${id}`,
  gender: 'female',
  birthDate: '1970-01-01',
  stage: 'full',
  relationOrgId: 'b1',
  managingOrgId: 'b1',
  ...extra,
});

const meeting = (id: string, kind: Meeting['kind'], heldOn: string, attendees: string[] = [], extra = {}) => ({
  id,
  orgId: 'b1',
  kind,
  heldOn,
  topic: '学习',
  attendance: attendees.map((memberId) => ({ memberId, mode: 'onSite' as const })),
  absences: [],
  votes: [],
  decisions: [],
  ...extra,
});

const street = (members: Member[], meetings: ReturnType<typeof meeting>[]) =>
  snapshotFromRecords('320402', 1, {
    orgs: [
      { id: 'c1', name: '社区党委', kind: 'committee', subkind: 'community', parentId: null },
      { id: 'b1', name: '第一党支部', kind: 'branch', setting: 'residential', parentId: 'c1' },
    ],
    members,
    meetings,
  });

const year2026 = { orgId: 'c1', from: '2026-01-01', to: '2026-12-31' };

describe('compliance periods', () => {
  it('closes a period on its last day (on or before asOf), so a quarter without an assembly is reported that day', () => {
    const onLastDay = complianceReport(street([], []), { ...year2026, asOf: '2026-03-31' });
    const row = onLastDay.data.rows.find((each) => each.kind === 'assembly')!;
    expect(row.periods.map((period) => [period.label, period.closed])).toEqual([
      ['2026-Q1', true],
      ['2026-Q2', false],
      ['2026-Q3', false],
      ['2026-Q4', false],
    ]);
    expect(onLastDay.findings.filter((each) => each.facts['kind'] === 'assembly').map((each) => each.facts)).toEqual([
      { kind: 'assembly', period: '2026-Q1', held: 0, min: 1 },
    ]);
    const dayBefore = complianceReport(street([], []), { ...year2026, asOf: '2026-03-30' });
    expect(dayBefore.findings.some((each) => each.facts['kind'] === 'assembly')).toBe(false);
  });

  it('counts a meeting on a period’s last day in that period', () => {
    const snapshot = street(
      [],
      [meeting('q1-last', 'assembly', '2026-03-31'), meeting('q2-first', 'assembly', '2026-04-01')],
    );
    const row = complianceReport(snapshot, { ...year2026, asOf: '2026-12-31' }).data.rows.find(
      (each) => each.kind === 'assembly',
    )!;
    expect(row.periods.map((period) => period.held)).toEqual([1, 1, 0, 0]);
  });

  it('counts a 党课 with a lecturer toward a portal’s branch 党课 as well as toward the secretary’s own', () => {
    const rules = layerCadenceRules([{ kind: 'lecture', per: 'quarterly', min: 1, orgKinds: ['branch'] }]);
    const lecturer = { name: '书记', role: 'secretary' };
    const snapshot = street([], [meeting('l1', 'lecture', '2026-02-01', [], { lecturer })]);
    const report = complianceReport(snapshot, { ...year2026, asOf: '2026-12-31', rules });
    const held = (id: string) =>
      report.data.rows.find((row) => row.rule.id === id)!.periods.map((period) => [period.label, period.held]);
    expect(held('meetings.lecture')).toEqual([
      ['2026-Q1', 1],
      ['2026-Q2', 0],
      ['2026-Q3', 0],
      ['2026-Q4', 0],
    ]);
    expect(held('meetings.lecture.secretary')).toEqual([['2026', 1]]);
  });

  it('a layer replaces the default of its own kind only, and names its rule as a local version', () => {
    const rules = layerCadenceRules([{ kind: 'assembly', per: 'monthly', min: 1, orgKinds: ['branch'] }]);
    expect(rules.map((rule) => rule.rule.id)).toEqual([
      ...defaultCadenceRules.filter((rule) => rule.kind !== 'assembly').map((rule) => rule.rule.id),
      'meetings.assembly',
    ]);
    const local = rules.at(-1)!;
    expect(local).toMatchObject({ kind: 'assembly', per: 'monthly', rule: { confirmed: false } });
    expect(local.rule.version).toMatch(/^\d{4}-\d{2}-\d{2}\+local$/);
    const secretary = layerCadenceRules([
      { kind: 'lecture', per: 'yearly', min: 2, orgKinds: ['branch'], lecturerRole: 'secretary' },
    ]);
    expect(secretary.filter((rule) => rule.rule.id === 'meetings.lecture.secretary')).toHaveLength(1);
    expect(secretary.find((rule) => rule.rule.id === 'meetings.lecture.secretary')!.min).toBe(2);
  });

  it('takes a layer for several org kinds, and refuses one for none, naming the field', () => {
    const both = layerCadenceRules([
      { kind: 'themeDay', per: 'monthly', min: 1, orgKinds: ['branch', 'generalBranch'] },
    ]);
    expect(both.at(-1)!.orgKinds).toEqual(['branch', 'generalBranch']);
    expect(() => layerCadenceRules([{ kind: 'themeDay', per: 'monthly', min: 1, orgKinds: [] }])).toThrow(
      expect.objectContaining({ field: 'cadence.0.orgKinds' }),
    );
  });

  it('cites each national default with its article and source, as meetings.json has them', () => {
    const assembly = defaultCadenceRules.find((rule) => rule.kind === 'assembly')!;
    expect(assembly.rule).toEqual({
      id: 'meetings.assembly',
      version: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      article: '第十一条',
      source: expect.stringContaining('中国共产党支部工作条例'),
      confirmed: true,
    });
    const committee = defaultCadenceRules.find((rule) => rule.kind === 'committeeMeeting')!;
    expect(committee).toMatchObject({ orgKinds: ['branch', 'generalBranch'], committeeOnly: true });
  });
});

describe('members without org life', () => {
  const asOf = '2026-11-23';
  const listed = (members: Member[], meetings: ReturnType<typeof meeting>[], orgLifeMonths?: number) =>
    complianceReport(street(members, meetings), {
      ...year2026,
      asOf,
      ...(orgLifeMonths !== undefined && { orgLifeMonths }),
    }).data.withoutOrgLife;

  // Ids in the opposite order to the dates: in insertion or in id order, the later comes first once.
  it('takes the latest meeting attended, whatever order the meetings come in', () => {
    const later = meeting('a-late', 'themeDay', '2026-06-01', ['m1']);
    const earlier = meeting('b-early', 'themeDay', '2026-01-10', ['m1']);
    for (const meetings of [
      [later, earlier],
      [earlier, later],
    ]) {
      expect(listed([member('m1')], meetings, 5)).toEqual([
        { memberId: 'm1', orgId: 'b1', lastOn: '2026-06-01', months: 5 },
      ]);
    }
  });

  it('takes the latest of any meetings attended (property, oracle: the largest date)', () => {
    const day = fc
      .integer({ min: 0, max: 300 })
      .map((offset) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10));
    const attended = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z]{1,8}$/), heldOn: day }), {
      minLength: 1,
      maxLength: 8,
      selector: (each) => each.id,
    });
    fc.assert(
      fc.property(attended, (drawn) => {
        const meetings = drawn.map(({ id, heldOn }) => meeting(id, 'themeDay', heldOn, ['m1']));
        const latest = drawn
          .map((each) => each.heldOn)
          .sort()
          .at(-1);
        expect(listed([member('m1')], meetings, 0)[0]!.lastOn).toBe(latest);
      }),
      { numRuns: 50 },
    );
  });

  it('takes the later of the meetings attended and the date on record', () => {
    const attended = [meeting('t1', 'themeDay', '2026-03-01', ['m1', 'm2'])];
    const members = [member('m1', { lastOrgLifeOn: '2026-01-05' }), member('m2', { lastOrgLifeOn: '2026-05-20' })];
    expect(listed(members, attended, 1)).toEqual([
      { memberId: 'm1', orgId: 'b1', lastOn: '2026-03-01', months: 8 },
      { memberId: 'm2', orgId: 'b1', lastOn: '2026-05-20', months: 6 },
    ]);
  });

  it('lists only active Party members: not an applicant or activist, not a suspended member', () => {
    const members = [
      member('full'),
      member('probationary', { stage: 'probationary' }),
      member('applicant', { stage: 'applicant' }),
      member('activist', { stage: 'activist' }),
      member('suspended', { status: 'suspended' }),
    ];
    expect(
      listed(members, [])
        .map((row) => row.memberId)
        .sort(),
    ).toEqual(['full', 'probationary']);
  });

  it('with no minimum lists every date up to today, and not a date after it', () => {
    const members = [
      member('today', { lastOrgLifeOn: asOf }),
      member('tomorrow', { lastOrgLifeOn: '2026-11-24' }),
      member('lastMonth', { lastOrgLifeOn: '2026-10-23' }),
    ];
    const byId = (a: { memberId: string }, b: { memberId: string }) => a.memberId.localeCompare(b.memberId);
    expect([...listed(members, [], 0)].sort(byId)).toEqual([
      { memberId: 'lastMonth', orgId: 'b1', lastOn: '2026-10-23', months: 1 },
      { memberId: 'today', orgId: 'b1', lastOn: asOf, months: 0 },
    ]);
  });
});
