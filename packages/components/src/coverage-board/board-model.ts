import type { Coverage, CoverageReport, Finding, Formation, Unit, UnitCoverage } from '@dangjian/core';

/** A formation filter value: one of the four formations, or `none` for a unit with none recorded. */
export type FormationFilter = Formation | 'none';

/** One unit on the board: its coverage with the unit itself (when known) and the findings about it. */
export interface BoardItem {
  readonly coverage: UnitCoverage;
  readonly unit: Unit | undefined;
  readonly findings: readonly Finding[];
}

export interface BoardSection {
  readonly coverage: Coverage;
  readonly items: readonly BoardItem[];
}

/** Blank spots first (what needs work), then work coverage, then organisation coverage. */
export const sectionOrder: readonly Coverage[] = ['none', 'work', 'organisation'];

export const formationFilters: readonly FormationFilter[] = ['standalone', 'joint', 'attached', 'instructor', 'none'];

const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * The board's sections: the report's units grouped by coverage state in `sectionOrder`, each
 * sorted by name (numbers in names in numeric order: 非公企业2 before 非公企业10), keeping only
 * the formations asked for (all when none are).
 */
export function boardSections(
  report: CoverageReport,
  unitOf: (unitId: string) => Unit | undefined,
  formations: ReadonlySet<FormationFilter>,
): BoardSection[] {
  const findingsOf = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    if (finding.subject.collection !== 'units') continue;
    findingsOf.set(finding.subject.id, [...(findingsOf.get(finding.subject.id) ?? []), finding]);
  }
  const items = report.data.units
    .filter((coverage) => formations.size === 0 || formations.has(coverage.formation ?? 'none'))
    .map((coverage) => ({
      coverage,
      unit: unitOf(coverage.unitId),
      findings: findingsOf.get(coverage.unitId) ?? [],
    }))
    .sort((a, b) => collator.compare(a.unit?.name ?? a.coverage.unitId, b.unit?.name ?? b.coverage.unitId));
  return sectionOrder.map((coverage) => ({
    coverage,
    items: items.filter((item) => item.coverage.coverage === coverage),
  }));
}

/** Findings about something other than one unit (a joint branch covering too many units). */
export function otherFindings(report: CoverageReport): Finding[] {
  return report.findings.filter((finding) => finding.subject.collection !== 'units');
}
