import type { LocalizedText } from '../../i18n/locale.js';
import { phrase, type MessageArgs } from '../../i18n/define-messages.js';
import { coverageMessages } from './messages.js';
import type { Finding } from '../../kernel/finding.js';
import { finding } from '../../kernel/rule.js';
import { coverageRules } from './rules.js';
import type { Snapshot } from '../../kernel/snapshot.js';
import type { EngineReport } from '../engine-report.js';
import { formationLabels, type Formation, type Unit, type UnitKind } from '../../schema/unit.js';
import { ruleTables } from '../../rules/rule-tables.js';
import { defaultStructureThresholds } from '../structure/thresholds.js';


export type Coverage = 'organisation' | 'work' | 'none';

/** One unit's coverage state and why. */
export interface UnitCoverage {
  readonly unitId: string;
  readonly coverage: Coverage;
  readonly formation?: Formation;
  readonly coveringOrgId?: string;
  readonly reason: { readonly code: CoverageMessage['code']; readonly text: LocalizedText };
}

export interface CoverageData {
  readonly units: readonly UnitCoverage[];
  /** Blank spots (空白点) first, in the order of `units`. */
  readonly blankSpots: readonly UnitCoverage[];
  readonly counts: Readonly<Record<Coverage, number>>;
  readonly byFormation: Readonly<Record<Formation | 'none', number>>;
}

/** Coverage as data, with rule findings beside it: units able to form a branch, joint branches too wide. */
export type CoverageReport = EngineReport<CoverageData>;

const orgFormationMessages = {
  standalone: coverageMessages.ownOrg,
  joint: coverageMessages.jointOrg,
  attached: coverageMessages.attachedOrg,
} as const;

type CoverageMessage = (typeof coverageMessages)[keyof typeof coverageMessages];

/** Why a unit has the coverage it has: a coverage message, its placeholders checked. */
const reason = <M extends CoverageMessage>(message: M, ...params: MessageArgs<M>): UnitCoverage['reason'] =>
  phrase(message, ...params);

/** Organisation coverage where the unit's members are in an org; work coverage by an instructor; else a blank spot. */
export function coverageOf(unit: Unit, snapshot: Pick<Snapshot, 'orgs'>): UnitCoverage {
  const base = { unitId: unit.id, ...(unit.formation && { formation: unit.formation }) };
  if (unit.formation && unit.formation !== 'instructor' && unit.orgId) {
    const org = snapshot.orgs.get(unit.orgId);
    if (!org) {
      return { ...base, coverage: 'none', reason: reason(coverageMessages.missingOrg, { formation: formationLabels[unit.formation], orgId: unit.orgId }) };
    }
    return { ...base, coverage: 'organisation', coveringOrgId: org.id, reason: reason(orgFormationMessages[unit.formation], { org: org.name }) };
  }
  if (unit.instructor) {
    return { ...base, coverage: 'work', reason: reason(coverageMessages.instructor, { instructor: unit.instructor.name }) };
  }
  return { ...base, coverage: 'none', reason: reason(coverageMessages.blank) };
}

function shouldFormBranch(unit: Unit, coverage: UnitCoverage): Finding | undefined {
  const threshold = defaultStructureThresholds.branchMinFullMembers;
  const full = unit.fullMembers ?? 0;
  if (coverage.coverage !== 'work' || full < threshold.value) return undefined;
  const subject = { collection: 'units', id: unit.id };
  const facts = { fullMembers: full, formation: unit.formation ?? null };
  return finding(coverageRules.formOwnBranch, { subject, severity: 'warning', facts }, { name: unit.name, full });
}

function jointTooWide(snapshot: Pick<Snapshot, 'orgs' | 'units'>): Finding[] {
  const max = ruleTables.orgThresholds.units.jointBranch.maxUnitsCovered;
  const coveredBy = new Map<string, number>();
  for (const unit of snapshot.units.values()) {
    if (unit.formation === 'joint' && unit.orgId) coveredBy.set(unit.orgId, (coveredBy.get(unit.orgId) ?? 0) + 1);
  }
  const found: Finding[] = [];
  for (const [orgId, units] of coveredBy) {
    const org = snapshot.orgs.get(orgId);
    if (!org || units <= max) continue;
    const place = { subject: { collection: 'orgs', id: orgId }, severity: 'info' as const, facts: { units } };
    found.push(finding(coverageRules.jointBranchMaxUnits, place, { name: org.name, units, max }));
  }
  return found;
}

/**
 * Coverage of every unit in the jurisdiction (or of the given kinds, e.g. the two new kinds):
 * organisation coverage (单建/联建/挂建), work coverage (派建), or a blank spot, each with why.
 */
export function coverageReport(
  snapshot: Pick<Snapshot, 'orgs' | 'units'>,
  options: { readonly kinds?: readonly UnitKind[] } = {},
): CoverageReport {
  const units = snapshot.units.toArray().filter((unit) => !options.kinds || options.kinds.includes(unit.kind));
  const results = units.map((unit) => coverageOf(unit, snapshot));
  const counts = { organisation: 0, work: 0, none: 0 };
  const byFormation = { standalone: 0, joint: 0, attached: 0, instructor: 0, none: 0 };
  for (const result of results) {
    counts[result.coverage]++;
    byFormation[result.formation ?? 'none']++;
  }
  const findings = [
    ...units.flatMap((unit, index) => shouldFormBranch(unit, results[index]!) ?? []),
    ...jointTooWide(snapshot),
  ];
  return {
    findings,
    data: { units: results, blankSpots: results.filter((result) => result.coverage === 'none'), counts, byFormation },
  };
}
