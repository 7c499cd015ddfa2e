import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as core from '@dangjian/core';
import {
  branchFundingReport,
  catalogueRule,
  classificationReport,
  collectionNames,
  complianceReport,
  conferenceScheduleReport,
  coverageReport,
  developmentReport,
  duesMonthReport,
  duesStatementReport,
  duesTotalsReport,
  wishReport,
  pledgeReport,
  gridReport,
  volunteerReport,
  yearlyServiceReport,
  evaluationReport,
  defaultScoreScheme,
  scoreLedgerReport,
  dualManagementReport,
  execute,
  snapshotFromRecords,
  layerReport,
  projectReport,
  statusReport,
  structureReport,
  type EngineReport,
  type Snapshot,
} from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { kangleAsOf, kangleCommunity } from '../fixtures/tenants/kangle-community.js';
import { qinglongAsOf, qinglongStreet } from '../fixtures/tenants/qinglong-street.js';
import { regionalAsOf, regionalStreet } from '../fixtures/tenants/regional-street.js';
import { regionalSetup } from '../fixtures/command-examples.js';
import { scopedRecords, scopedTenant } from '../fixtures/scoped-street.js';

// Every engine, run on the scenario where it has something to report. A new engine goes in this
// list (engines/README.md); the last test fails for an engine export that is not here.
const regional = regionalStreet();
const qinglong = qinglongStreet();
const kangle = kangleCommunity();
const year2026 = { from: '2026-01-01', to: '2026-12-31' };

/** The scoped street with the regional entities and applicants at every stage (command-examples' setup). */
function withApplicants(): Snapshot {
  let snapshot = snapshotFromRecords(scopedTenant, 1, scopedRecords);
  for (const { type, input } of regionalSetup) {
    const result = execute(snapshot, type, input, {
      actor: { id: 'setup', roles: [] },
      now: '2026-11-23T02:00:00.000Z',
    });
    if (!result.ok) throw result.error;
    snapshot = result.value.snapshot;
  }
  return snapshot;
}
const applicants = withApplicants();

const engines = {
  developmentReport: () => [applicants, developmentReport(applicants, '2030-01-01')],
  duesMonthReport: () => [applicants, duesMonthReport(applicants, 'dm1', '2026-11-23T02:00:00.000Z')!],
  duesStatementReport: () => [applicants, duesStatementReport(applicants, 'm2', 2026, '2027-01-15T02:00:00.000Z')],
  wishReport: () => [applicants, wishReport(applicants, { orgId: 'street', from: '2026-01-01', to: '2027-01-01' })],
  // The setup's pledge pl1 was due on 31 December 2026 and nobody reported on it.
  pledgeReport: () => [applicants, pledgeReport(applicants, { orgId: 'street', asOf: '2027-01-15' })],
  volunteerReport: () => [
    applicants,
    volunteerReport(applicants, { orgId: 'street', from: '2026-01-01', to: '2027-01-01' }),
  ],
  // After 31 January 2027 with no 2026 report sent: every registered member is found.
  yearlyServiceReport: () => [
    applicants,
    yearlyServiceReport(applicants, { orgId: 'street', year: 2026, asOf: '2027-02-15T02:00:00.000Z' }),
  ],
  // The street has one grid group and nobody in it: every member is found unplaced.
  gridReport: () => [applicants, gridReport(applicants, 'street')],
  evaluationReport: () => [applicants, evaluationReport(applicants, 'ev1')!],
  duesTotalsReport: () => [applicants, duesTotalsReport(applicants, { orgId: 'c1', from: '2026-01', to: '2026-12' })],
  structureReport: () => [regional, structureReport(regional)],
  coverageReport: () => [regional, coverageReport(regional)],
  conferenceScheduleReport: () => [regional, conferenceScheduleReport(regional, 'conf', regionalAsOf)],
  projectReport: () => [regional, projectReport(regional, 2026, regionalAsOf)],
  complianceReport: () => [kangle, complianceReport(kangle, { orgId: 'kangle', ...year2026, asOf: kangleAsOf })],
  // Six months after the last org life the kangle scenario records (15 October 2026).
  statusReport: () => [kangle, statusReport(kangle, '2027-04-15')],
  dualManagementReport: () => [qinglong, dualManagementReport(qinglong)],
  scoreLedgerReport: () => [
    kangle,
    scoreLedgerReport(kangle, defaultScoreScheme, { orgId: 'kangle', year: 2026, asOf: kangleAsOf }),
  ],
  classificationReport: () => [qinglong, classificationReport(qinglong, qinglongAsOf)],
  layerReport: () => [kangle, layerReport(kangle, 'kangle', kangleAsOf)],
  branchFundingReport: () => [
    regional,
    branchFundingReport(30, 123_456, { perMemberPerYearFen: 3000, duesReturnedShareBp: 1000, rounding: 'floor' }),
  ],
} satisfies Record<string, () => readonly [Snapshot, EngineReport<unknown>]>;

/** Data that says something: a non-empty list, map or record somewhere in it. */
function hasContent(data: unknown): boolean {
  if (Array.isArray(data)) return data.length > 0;
  if (data instanceof Map) return data.size > 0;
  if (typeof data === 'object' && data !== null) return Object.values(data).some(hasContent);
  return typeof data === 'number' && data > 0;
}

const engineDir = fileURLToPath(new URL('../../packages/core/src/engines/', import.meta.url));
const engineModules = readdirSync(engineDir, { recursive: true, encoding: 'utf8' }).filter(
  (file) => file.endsWith('.ts') && !file.endsWith('.d.ts'),
);

const reached = new Set<string>();

describe('every engine: named …Report, returning { findings, data }', () => {
  for (const [name, run] of Object.entries(engines)) {
    it(`${name} returns findings with rule, subject and reason, and its data`, () => {
      const [snapshot, report] = run();
      expect(Object.keys(report).sort()).toEqual(['data', 'findings']);
      expect(hasContent(report.data)).toBe(true);
      for (const finding of report.findings) {
        expect(finding.rule.id).toMatch(/^[a-zA-Z][\w.-]*$/);
        expect(finding.rule.version ?? '', `${finding.rule.id} has a version`).not.toBe('');
        expect(typeof finding.rule.confirmed).toBe('boolean');
        if (finding.rule.article !== undefined) expect(finding.rule.article.length).toBeGreaterThan(0);
        expect(collectionNames).toContain(finding.subject.collection);
        const collection = snapshot[finding.subject.collection as (typeof collectionNames)[number]];
        expect(collection.has(finding.subject.id), `${finding.code} about ${finding.subject.id}`).toBe(true);
        expect(finding.text['zh-CN'].length).toBeGreaterThan(0);
        expect(finding.text.en.length).toBeGreaterThan(0);
        expect(['error', 'warning', 'info']).toContain(finding.severity);
        // Under a catalogue rule, with that rule's message.
        const entry = catalogueRule(finding.rule.id);
        expect(entry, `${finding.rule.id} is in the rule catalogue`).toBeDefined();
        expect(finding.code).toBe(entry!.message.code);
        reached.add(finding.rule.id);
      }
    });
  }

  it('reaches these engine rules on the scenarios (the rest are pinned in rule-catalogue.test.ts)', () => {
    expect([...reached].sort()).toMatchInlineSnapshot(`
      [
        "conference.cadence",
        "development.activistAssessment",
        "development.applicationTalk",
        "evaluation.raterKindsMissing",
        "grid.everyMemberPlaced",
        "meetings.assembly",
        "meetings.themeDay",
        "org.branch.minFullMembers",
        "org.committee.minMembers",
        "pledge.overdue",
        "points.exclusion",
        "project.secretaryOwnsOne",
        "service.yearlyReportSent",
        "status.selfLapse",
      ]
    `);
  });

  it('finds something on these scenarios, so the checks above are not vacuous', () => {
    const finding = Object.entries(engines)
      .filter(([, run]) => run()[1].findings.length > 0)
      .map(([name]) => name);
    expect(finding).toEqual(
      expect.arrayContaining([
        'structureReport',
        'conferenceScheduleReport',
        'pledgeReport',
        'projectReport',
        'complianceReport',
        'statusReport',
      ]),
    );
  });

  it('lists every …Report function of engines/**, each exported from the package', async () => {
    const exported = new Set<string>();
    for (const file of engineModules) {
      const module = (await import(/* @vite-ignore */ `${engineDir}${file}`)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        if (typeof value !== 'function' || !/Report$/.test(name)) continue;
        exported.add(name);
        expect(core[name as keyof typeof core], name).toBe(value);
      }
    }
    expect([...exported].sort()).toEqual(Object.keys(engines).sort());
  });

  it('are each described in engines/README.md, once', () => {
    const readme = readFileSync(`${engineDir}README.md`, 'utf8');
    const rows = [...readme.matchAll(/^\| `(\w+Report)`/gm)].map((match) => match[1]);
    expect([...rows].sort()).toEqual(Object.keys(engines).sort());
  });
});
