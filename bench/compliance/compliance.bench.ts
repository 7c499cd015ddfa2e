import { complianceReport, layerCadenceRules, snapshotFromRecords, type ComplianceReport } from '@dangjian/core';
import type pg from 'pg';
import type { Figure } from '../figure.js';
import { generateTenant } from '../generate.js';
import type { BenchOptions } from '../options.js';
import { benchDatabase } from '../persistence/servers.js';
import { formatMs, formatSpread } from '../stats.js';
import { complianceSql, loadMeetingYear, type ComplianceSqlRow } from './compliance-sql.js';
import { generateMeetingYear, type MeetingYear } from './meeting-year.js';
import { pairRuns, processCpuMs, type PairRuns } from '../timing.js';
import { backendCpuClock } from './query-clock.js';

/** The whole street for 2026, as instants read in Asia/Shanghai; "today" is mid-December, so Q4 is still open. */
const query = {
  orgId: 'street',
  from: '2025-12-31T16:00:00.000Z',
  to: '2026-12-31T15:59:59.999Z',
  asOf: '2026-12-15T02:00:00.000Z',
  orgLifeMonths: 6,
} as const;

/** A portal's layer over the national defaults: a branch 党课 every quarter. */
const rules = layerCadenceRules([{ kind: 'lecture', per: 'quarterly', min: 1, orgKinds: ['branch'] }]);

/** One answer in a shape both sides give: a cell per org × rule × period, a line per member without org life. */
type Answer = Map<string, string>;

function ourAnswer(report: ComplianceReport): Answer {
  const answer: Answer = new Map();
  for (const row of report.data.rows)
    for (const period of row.periods)
      answer.set(
        `period ${row.orgId} ${row.rule.id} ${period.label}`,
        `held ${period.held} met ${period.held >= row.min} closed ${period.closed}`,
      );
  for (const lapsed of report.data.withoutOrgLife)
    answer.set(
      `lapsed ${lapsed.memberId}`,
      `org ${lapsed.orgId} last ${lapsed.lastOn ?? '-'} months ${lapsed.months ?? '-'}`,
    );
  return answer;
}

function sqlAnswer(rows: readonly ComplianceSqlRow[]): Answer {
  const answer: Answer = new Map();
  for (const row of rows)
    if (row.what === 'period')
      answer.set(
        `period ${row.org_id} ${row.rule_id} ${row.label}`,
        `held ${row.held} met ${row.met} closed ${row.closed}`,
      );
    else
      answer.set(`lapsed ${row.member_id}`, `org ${row.org_id} last ${row.last_on ?? '-'} months ${row.months ?? '-'}`);
  return answer;
}

/** Cell by cell: the same keys on both sides, the same value in each; the first difference throws. */
export function checkComplianceAgrees(ours: Answer, sql: Answer): void {
  for (const [key, value] of ours)
    if (sql.get(key) !== value)
      throw new Error(`compliance: ${key} differs: kit "${value}" / SQL "${sql.get(key) ?? 'missing'}"`);
  for (const key of sql.keys()) if (!ours.has(key)) throw new Error(`compliance: ${key} only in the SQL answer`);
}

function counts(answer: Answer): { periods: number; met: number; lapsed: number } {
  let [periods, met, lapsed] = [0, 0, 0];
  for (const [key, value] of answer)
    if (key.startsWith('lapsed')) lapsed++;
    else [periods, met] = [periods + 1, met + (value.includes('met true') ? 1 : 0)];
  return { periods, met, lapsed };
}

async function withDatabase<T>(year: MeetingYear, run: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const { pool, drop } = await benchDatabase('compliance', 1);
  try {
    await loadMeetingYear(pool, year, rules);
    const client = await pool.connect();
    try {
      return await run(client);
    } finally {
      client.release();
    }
  } finally {
    await drop();
  }
}

/** The snapshot and the tables are loaded once and not timed: the figure is the report on a loaded tenant. */
export async function complianceFigure(options: BenchOptions): Promise<Figure> {
  const year = generateMeetingYear(generateTenant(options.members));
  const snapshot = snapshotFromRecords('320402', 1, year.records, { trusted: !options.quick });
  const ours = (): ComplianceReport => complianceReport(snapshot, { ...query, rules });
  const params = [query.orgId, query.from, query.to, query.asOf, query.orgLifeMonths];
  return withDatabase(year, async (client) => {
    const sql = async (): Promise<ComplianceSqlRow[]> =>
      (await client.query<ComplianceSqlRow>(complianceSql, params)).rows;
    const answer = ourAnswer(ours());
    checkComplianceAgrees(answer, sqlAnswer(await sql()));
    // CPU on both sides: on a 2-core machine shared by four, wall time mostly measures the others.
    // Parallel workers would spend CPU outside the backend read here, so the query runs without
    // them (its plan at 100k uses none anyway). --quick, or a server elsewhere: wall time.
    await client.query('SET max_parallel_workers_per_gather = 0');
    const backendCpu = options.quick ? undefined : await backendCpuClock(client);
    const wall = (): number => performance.now();
    const measured = await pairRuns(
      options.runs,
      { run: ours, clock: backendCpu ? processCpuMs : wall },
      { run: sql, clock: backendCpu ? () => backendCpu() + processCpuMs() : wall },
    );
    return figureOf(options, year, answer, measured, backendCpu !== undefined);
  });
}

function figureOf(options: BenchOptions, year: MeetingYear, answer: Answer, measured: PairRuns, cpu: boolean): Figure {
  const { periods, met, lapsed } = counts(answer);
  const n = options.members.toLocaleString('en');
  const meetings = year.records.meetings.length.toLocaleString('en');
  const attendance = year.records.meetings
    .reduce((sum, meeting) => sum + meeting.attendance.length + meeting.absences.length, 0)
    .toLocaleString('en');
  return {
    id: 'compliance',
    title: `Compliance for 2026, whole street of ${n} members, vs one SQL query in PostgreSQL`,
    unit: 'ours ÷ one SQL query',
    spread: measured.ratio,
    runs: options.runs,
    budget: { max: 1.0 },
    detail: [
      `| what | ${cpu ? 'CPU time' : 'wall time'} (min / median / max) | wall time, for reference |`,
      '|---|---|---|',
      `| kit: \`complianceReport\` on a loaded snapshot (rows, findings with their rules, members without org life) | ${formatSpread(measured.ours, formatMs)} | ${formatSpread(measured.oursWall, formatMs)} |`,
      `| baseline: one SQL query, warm (recursive subtree, \`generate_series\` periods in Asia/Shanghai, LEFT JOIN … GROUP BY, last attendance per member), rows fetched | ${formatSpread(measured.baseline, formatMs)} | ${formatSpread(measured.baselineWall, formatMs)} |`,
      '',
      cpu
        ? "CPU time on both sides (the ratio's clock): ours is this process's (main thread and collector); the query's is its backend's (from /proc, 10 ms ticks, parallel workers off) plus this process receiving the rows. Wall time on this shared 2-core machine mostly measures the other processes."
        : 'Wall time: the query’s CPU was out of reach in this run (--quick, or a server on another machine).',
      '',
      `Data: ${meetings} meetings with ${attendance} attendance lines (attended or absent) for all 2026 and part of December 2025; ` +
        'PostgreSQL holds them as `orgs`, `members`, `meetings(org_id, kind, held_on, lecturer_role)`, `attendance(meeting_id, member_id, status)` ' +
        'and the cadence rules as rows of `requirements`, indexed on `meetings(org_id, kind, held_on)`, `attendance(meeting_id)`, `attendance(member_id)`, analysed; server defaults but fsync off.',
      '',
      `Compared, every run before timing, and equal: each of the ${periods.toLocaleString('en')} cells org × rule × period ` +
        `(national cadences from meetings.json plus a portal's quarterly branch 党课; ${met.toLocaleString('en')} met) → held, met (held ≥ min), closed (period over by today, 2026-12-15); ` +
        `and each of the ${lapsed.toLocaleString('en')} Party members without org life for ≥ 6 whole months (民法典 203) or with no date at all → org, last date, months. ` +
        'The kit also builds a finding per closed period short of its minimum (rule, version, article, zh-CN/en text); the query does not.',
    ].join('\n'),
  };
}
