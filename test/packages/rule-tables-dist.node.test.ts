import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './built-package.js';

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, '../..');
const rulesDir = join(repo, 'packages/core/rules');

/**
 * The rule tables as a portal's plain Node process sees them in the published package (dist, no
 * `source` condition): every vendored table whole under `ruleTables`, and the figures the engines
 * apply reachable through the objects they apply them from, with the table's numbers.
 */
const script = `
import * as core from '@dangjian/core';
const entry = import.meta.resolve('@dangjian/core');
const { ruleTables, defaultStructureThresholds: t, defaultCadenceRules, quorumFractions, officialDuesSchedule,
  developmentFigures, duesAmount, statusRules, ruleCatalogue } = core;
console.log(JSON.stringify({
  entry,
  tables: ruleTables,
  thresholds: Object.fromEntries(Object.entries(t).map(([key, threshold]) => [key, threshold.value])),
  cadences: defaultCadenceRules.map((rule) => [rule.kind, rule.per, rule.min]),
  quorum: quorumFractions,
  dues: {
    backPaymentMaxMonths: officialDuesSchedule.backPaymentMaxMonths.value,
    nonPaymentMonths: officialDuesSchedule.nonPaymentMonths.value,
    atEdge: duesAmount({ category: 'employed', baseFen: 300000 }).amountFen,
    aboveEdge: duesAmount({ category: 'employed', baseFen: 300001 }).amountFen,
  },
  development: { minimumAge: developmentFigures.minimumAge, steps: developmentFigures.steps.length },
  selfLapseArticle: statusRules.selfLapse.article,
  catalogueSize: ruleCatalogue.length,
}));
`;

type Json = Record<string, unknown>;
const table = (file: string): Json => JSON.parse(readFileSync(join(rulesDir, file), 'utf8')) as Json;
const tableName = (file: string): string =>
  file.replace(/\.json$/, '').replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

describe('@dangjian/core rule tables as built (plain Node, no Vite)', () => {
  let built: {
    entry: string;
    tables: Record<string, Json>;
    thresholds: Record<string, number>;
    cadences: [string, string, number][];
    quorum: Record<string, { num: number; den: number; strict: boolean }>;
    dues: Record<string, number>;
    development: { minimumAge: unknown; steps: number };
    selfLapseArticle: string;
    catalogueSize: number;
  };

  beforeAll(async () => {
    ensureBuilt('core');
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: repo });
    built = JSON.parse(stdout) as typeof built;
  });

  it('is the dist build, not the sources', () => {
    expect(built.entry).toMatch(/packages\/core\/dist\/index\.js$/);
  });

  it('carries every vendored table whole', () => {
    const files = readdirSync(rulesDir).filter((file) => file.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) expect(built.tables[tableName(file)], file).toEqual(table(file));
  });

  it('applies the tables’ own numbers', () => {
    const units = table('org-thresholds.json')['units'] as Json;
    expect(built.thresholds['branchMinFullMembers']).toBe(
      (units['branch'] as Json)['mustEstablishWhenFullMembersAtLeast'],
    );
    expect(built.thresholds['committeeMinMembers']).toBe((units['committee'] as Json)['membersAtLeast']);
    const meetings = table('meetings.json')['meetings'] as Record<string, Json>;
    expect(built.cadences).toContainEqual([
      'assembly',
      meetings['assembly']!['cadence'],
      meetings['assembly']!['minPerPeriod'],
    ]);
    expect(built.quorum['assembly']).toEqual((meetings['assembly']!['quorum'] as Json)['present']);
    const dues = table('dues.json');
    expect(built.dues['nonPaymentMonths']).toBe((dues['nonPayment'] as Json)['consecutiveMonths']);
    // 3000.00 元 is in the 0.5% band (含), 3000.01 元 in the 1% band: 15 元 and 30 元.
    expect([built.dues['atEdge'], built.dues['aboveEdge']]).toEqual([1500, 3000]);
    const development = table('development.json');
    expect(built.development.minimumAge).toEqual((development['eligibility'] as Json)['minimumAge']);
    expect(built.selfLapseArticle).toBe((table('membership-status.json')['selfLapse'] as Json)['article']);
    expect(built.catalogueSize).toBeGreaterThan(50);
  });
});
