import {
  complianceReport,
  conferenceScheduleReport,
  coverageReport,
  defaultEvaluationSchemes,
  evaluationReport,
  developmentDeadlineRules,
  dualReportRules,
  gridRules,
  duesReportRules,
  engineRuleCatalogue,
  pointsReportRules,
  layerCadenceRules,
  pledgeReport,
  projectReport,
  snapshotFromRecords,
  statusReport,
  structureReport,
  type EntityRecords,
  type Finding,
  type Member,
  type Org,
} from '@dangjian/core';
import { describe, expect, it } from 'vitest';

// Every rule an engine reports under is produced by a test, on a small street built for it, with
// the rule's own message: a rule no test can reach is a rule nobody checks.

const branch = (id: string, extra: Partial<Org> = {}): Org => ({
  id,
  name: `${id}支部`,
  kind: 'branch',
  setting: 'residential',
  parentId: 'c1',
  ...extra,
});

let serial = 0;
const members = (orgId: string, count: number, extra: Partial<Member> = {}): Member[] =>
  Array.from({ length: count }, () => ({
    id: `m${++serial}`,
    name: `党员${serial}`,
    gender: 'female',
    birthDate: '1970-01-01',
    stage: 'full',
    relationOrgId: orgId,
    managingOrgId: orgId,
    ...extra,
  }));

const orgs: Org[] = [
  { id: 'street', name: '街道党工委', kind: 'committee', subkind: 'working', parentId: null },
  { id: 'c1', name: '社区党委', kind: 'committee', subkind: 'community', parentId: 'street' },
  branch('big'),
  { id: 'gb', name: '小党总支', kind: 'generalBranch', parentId: 'c1' },
  branch('noCommittee'),
  branch('wideCommittee', { committeeSize: 9 }),
  branch('smallWithCommittee', { committeeSize: 5 }),
  branch('joint', { setting: 'joint' }),
  { id: 'grp', name: '一组', kind: 'group', parentId: 'smallWithCommittee' },
  branch('tiny'),
  { id: 'c2', name: '无项目社区党委', kind: 'committee', subkind: 'community', parentId: 'street' },
];

const records: EntityRecords = {
  orgs,
  members: [
    ...members('big', 60),
    ...members('gb', 10),
    ...members('noCommittee', 8),
    ...members('wideCommittee', 8),
    ...members('smallWithCommittee', 3),
    ...members('joint', 2, { lostContactSince: '2026-01-10' }),
    ...members('tiny', 2, { lastOrgLifeOn: '2026-01-05' }),
  ],
  units: [
    {
      id: 'u-instr',
      name: '派建企业',
      kind: 'privateEnterprise',
      fullMembers: 3,
      formation: 'instructor',
      instructor: { name: '张指导员' },
    },
    ...Array.from({ length: 6 }, (_, index) => ({
      id: `u-joint-${index}`,
      name: `联建企业${index}`,
      kind: 'privateEnterprise' as const,
      fullMembers: 1,
      formation: 'joint' as const,
      orgId: 'joint',
    })),
  ],
  projects: [{ id: 'p1', name: '书记项目', ownerOrgId: 'c1', year: 2025 }],
  conferences: [
    {
      id: 'conf',
      name: '联席会议',
      hostOrgId: 'c1',
      memberUnitIds: ['u-joint-0', 'u-joint-1'],
      cadence: 'quarterly',
      startsOn: '2026-01-01',
      chairRotation: ['u-joint-0', 'u-joint-1'],
    },
  ],
  conferenceSessions: [{ id: 's1', conferenceId: 'conf', heldOn: '2026-02-01', chairUnitId: 'u-joint-1' }],
  // A pledge due in March with no fulfilment reported.
  pledges: [
    {
      id: 'pl',
      memberId: 'm1',
      orgId: 'big',
      text: '帮扶困难党员',
      madeOn: '2026-01-05',
      dueOn: '2026-03-31',
      state: 'made',
    },
  ],
  // A closed 民主评议 of branch big with no ballots: two 优秀 of three rated, a probationary member
  // given a rating, 不合格 without its follow-up, and no rater kind heard for anyone.
  evaluations: [
    {
      id: 'ev',
      orgId: 'big',
      year: 2025,
      scheme: defaultEvaluationSchemes.member,
      state: 'closed',
      openedAt: '2025-12-01T02:00:00.000Z',
      closedAt: '2025-12-20T02:00:00.000Z',
      participants: [
        { id: 'e1', stage: 'full', rated: true },
        { id: 'e2', stage: 'full', rated: true },
        { id: 'e3', stage: 'full', rated: true },
        { id: 'ep', stage: 'probationary', rated: false },
      ],
      decisions: (
        [
          ['e1', 'excellent'],
          ['e2', 'excellent'],
          ['e3', 'unqualified'],
          ['ep', 'qualified'],
        ] as const
      ).map(([subjectId, rating]) => ({
        subjectId,
        rating,
        reason: '支部大会评定',
        decidedAt: '2025-12-20T02:00:00.000Z',
        decidedBy: 'secretary',
      })),
      followUps: [],
    },
  ],
};

const street = snapshotFromRecords('320402', 1, records);
const asOf = '2026-11-23T10:00:00+08:00';

// Computed inside the test: an engine that throws must fail a test, not the file's loading.
const allFindings = (): readonly Finding[] => [
  ...structureReport(street).findings,
  ...coverageReport(street).findings,
  ...statusReport(street, asOf).findings,
  ...projectReport(street, 2025, asOf).findings,
  ...conferenceScheduleReport(street, 'conf', asOf).findings,
  ...pledgeReport(street, { orgId: 'street', asOf }).findings,
  ...evaluationReport(street, 'ev')!.findings,
  ...complianceReport(street, { orgId: 'street', from: '2025-01-01', to: '2025-12-31', asOf }).findings,
  // A branch 党课 has no national frequency: only a portal's layer (quarterly, say) makes one.
  ...complianceReport(street, {
    orgId: 'street',
    from: '2025-01-01',
    to: '2025-12-31',
    asOf,
    rules: layerCadenceRules([{ kind: 'lecture', per: 'quarterly', min: 1, orgKinds: ['branch'] }]),
  }).findings,
];

/**
 * Pinned where their data is built step by step: the development report's time limits in
 * rule-catalogue.test.ts, the dues reports' findings in dues-cycle.test.ts, the grid placements in
 * scenario-zhangzhou.test.ts, the yearly 双报告 in service.test.ts, and the points ledger's caps,
 * vetoes and exclusions in points.test.ts.
 */
const pinnedElsewhere = new Set(
  [
    ...Object.values(developmentDeadlineRules),
    ...Object.values(duesReportRules),
    ...Object.values(dualReportRules),
    gridRules.notPlaced,
    gridRules.placedTwice,
    ...Object.values(pointsReportRules),
  ].map((rule) => rule.id),
);

describe('the engine rules', () => {
  it.each(engineRuleCatalogue.map((rule) => rule.id).filter((id) => !pinnedElsewhere.has(id)))(
    '%s is reported, with its own message',
    (id) => {
      const entry = engineRuleCatalogue.find((rule) => rule.id === id)!;
      // Computed again in each test, not cached: StrykerJS credits a computation to the first test
      // that runs it, and a mutant is only run against the tests credited with reaching it.
      const under = allFindings().filter((finding) => finding.rule.id === id);
      expect(under.length, `no finding under ${id}`).toBeGreaterThan(0);
      for (const finding of under) {
        expect(finding.code).toBe(entry.message.code);
        expect(finding.rule).toMatchObject({ id, confirmed: entry.confirmed });
        if (entry.article) expect(finding.rule.article).toBe(entry.article);
      }
    },
  );
});

describe('the structure and coverage rules cite their regulation', () => {
  // As org-thresholds.json has them: the regulation with its year, the article, and whether the
  // figure was confirmed (the 50/100 figures and the committee chapter are not, for communities).
  const branch2018 = '中国共产党支部工作条例（试行）（2018）';
  const agencies2019 = '中国共产党党和国家机关基层组织工作条例（2019）';
  const chapter6 = '第六章（党支部委员会和党支部书记）';
  const cited: Record<string, [boolean, string, string]> = {
    'org.branch.generalMaxMembers': [true, branch2018, '第四条'],
    'org.generalBranch.range': [false, agencies2019, '第六条'],
    'org.committee.minMembers': [false, agencies2019, '第五条'],
    'org.branchCommittee.required': [false, branch2018, chapter6],
    'org.branchCommittee.size': [false, branch2018, chapter6],
    'org.branchCommittee.notNeeded': [false, branch2018, chapter6],
    'org.unit.formOwnBranch': [true, branch2018, '第四条'],
    'org.jointBranch.maxUnits': [false, branch2018, '第五条'],
  };
  it.each(Object.entries(cited))('%s', (id, [confirmed, source, article]) => {
    const rule = engineRuleCatalogue.find((entry) => entry.id === id)!;
    expect({ confirmed: rule.confirmed, source: rule.source, article: rule.article }).toEqual({
      confirmed,
      source,
      article,
    });
    expect(rule.label['zh-CN']).toMatch(/\S/);
    expect(rule.label.en).toMatch(/\S/);
  });
});
