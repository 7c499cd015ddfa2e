import {
  buildOrgForest,
  periodsBetween,
  type ComplianceReport,
  type ComplianceRow,
  type Finding,
  type Org,
  type OrgTreeNode,
  type PeriodCount,
} from '@dangjian/core';

/** What the grid's columns are: the range's months or its quarters. */
export type CalendarView = 'month' | 'quarter';
export const calendarViews: readonly CalendarView[] = ['month', 'quarter'];

/** One column of the grid: a month or a quarter of the range. */
export interface CalendarColumn {
  readonly label: string;
  readonly start: string;
  readonly end: string;
}

/**
 * One cell of a row: the rule's periods that start in the columns it covers. A quarterly rule in
 * the month view is one period over three columns; monthly rules in the quarter view are three
 * periods in one column, their counts summed.
 */
export interface CalendarCell {
  /** First column covered (0-based) and how many. */
  readonly column: number;
  readonly span: number;
  readonly periods: readonly PeriodCount[];
  readonly held: number;
  /** The minimum over these periods: the rule's `min` per period. */
  readonly required: number;
  /** Every period in the cell has ended. */
  readonly closed: boolean;
  /** The report's findings for these periods (ended and short). */
  readonly findings: readonly Finding[];
}

export interface CalendarRow {
  /** Stable across renders: org, kind and (for the secretary's 党课) the lecturer role. */
  readonly key: string;
  readonly row: ComplianceRow;
  /** The secretary's own yearly 党课: a rule apart from the branch's meetings. */
  readonly secretaryLecture: boolean;
  readonly cells: readonly CalendarCell[];
}

/** One org's rows: its meetings, with the secretary's 党课 last. */
export interface CalendarOrg {
  readonly orgId: string;
  readonly rows: readonly CalendarRow[];
}

export function calendarColumns(from: string, to: string, view: CalendarView): CalendarColumn[] {
  return periodsBetween(from, to, view === 'month' ? 'monthly' : 'quarterly');
}

const isSecretaryLecture = (row: ComplianceRow): boolean =>
  row.kind === 'lecture' && row.rule.id === 'meetings.lecture.secretary';

/** The column a date falls in; the last one for a date past the range. */
function columnOf(columns: readonly CalendarColumn[], date: string): number {
  const found = columns.findIndex((column) => date >= column.start && date <= column.end);
  return found === -1 ? (date < columns[0]!.start ? 0 : columns.length - 1) : found;
}

/** The findings the report has about one row, by period label. */
function findingsByPeriod(report: ComplianceReport, row: ComplianceRow): Map<string, Finding[]> {
  const found = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    if (finding.subject.id !== row.orgId || finding.facts['kind'] !== row.kind || finding.rule.id !== row.rule.id)
      continue;
    const label = String(finding.facts['period']);
    found.set(label, [...(found.get(label) ?? []), finding]);
  }
  return found;
}

function cellsOf(report: ComplianceReport, row: ComplianceRow, columns: readonly CalendarColumn[]): CalendarCell[] {
  const findings = findingsByPeriod(report, row);
  const groups = new Map<number, { last: number; periods: PeriodCount[] }>();
  for (const period of row.periods) {
    const first = columnOf(columns, period.start);
    const group = groups.get(first) ?? { last: first, periods: [] };
    group.last = Math.max(group.last, columnOf(columns, period.end));
    group.periods.push(period);
    groups.set(first, group);
  }
  return [...groups].map(([column, { last, periods }]) => ({
    column,
    span: last - column + 1,
    periods,
    held: periods.reduce((sum, period) => sum + period.held, 0),
    required: row.min * periods.length,
    closed: periods.every((period) => period.closed),
    findings: periods.flatMap((period) => findings.get(period.label) ?? []),
  }));
}

/**
 * The report as a grid: per org (in the report's order), a row per cadence rule with a cell per
 * column, the secretary's 党课 last and marked apart.
 */
export function calendarOrgs(report: ComplianceReport, columns: readonly CalendarColumn[]): CalendarOrg[] {
  const orgs = new Map<string, CalendarRow[]>();
  for (const row of report.data.rows) {
    const secretaryLecture = isSecretaryLecture(row);
    const rows = orgs.get(row.orgId) ?? [];
    rows.push({
      key: `${row.orgId}/${row.rule.id}`,
      row,
      secretaryLecture,
      cells: columns.length === 0 ? [] : cellsOf(report, row, columns),
    });
    orgs.set(row.orgId, rows);
  }
  return [...orgs].map(([orgId, rows]) => ({
    orgId,
    rows: [...rows.filter((row) => !row.secretaryLecture), ...rows.filter((row) => row.secretaryLecture)],
  }));
}

/** The cell of `row` covering `column`, or the nearest one before it. */
export function cellAt(row: CalendarRow, column: number): number {
  let found = 0;
  row.cells.forEach((cell, index) => {
    if (cell.column <= column) found = index;
  });
  return found;
}

/**
 * The orgs in the order the org tree shows them (core's `buildOrgForest`: position, then name),
 * depth first. An org the tree does not know keeps the report's order, last.
 */
export function inTreeOrder(orgs: readonly CalendarOrg[], tree: Iterable<Org> | undefined): CalendarOrg[] {
  if (!tree) return [...orgs];
  const rank = new Map<string, number>();
  const visit = (nodes: readonly OrgTreeNode[]): void => {
    for (const node of nodes) {
      rank.set(node.org.id, rank.size);
      visit(node.children);
    }
  };
  visit(buildOrgForest(tree));
  const last = rank.size;
  return [...orgs].sort((a, b) => (rank.get(a.orgId) ?? last) - (rank.get(b.orgId) ?? last));
}
