import { localize, type MessageParams } from '../../i18n/format.js';
import type { LocalizedText } from '../../i18n/locale.js';
import { messages, type MessageCode } from '../../i18n/messages.js';
import type { Finding } from '../../kernel/finding.js';
import type { Snapshot } from '../../kernel/snapshot.js';
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
  readonly reason: { readonly code: MessageCode; readonly text: LocalizedText };
}

export interface CoverageReport {
  readonly units: readonly UnitCoverage[];
  /** Blank spots (空白点) first, in the order of `units`. */
  readonly blankSpots: readonly UnitCoverage[];
  readonly counts: Readonly<Record<Coverage, number>>;
  readonly byFormation: Readonly<Record<Formation | 'none', number>>;
  /** Rule findings beside the coverage itself: units able to form a branch, joint branches too wide. */
  readonly findings: readonly Finding[];
}

const orgFormationCodes: Readonly<Record<'standalone' | 'joint' | 'attached', MessageCode>> = {
  standalone: 'coverage.ownOrg',
  joint: 'coverage.jointOrg',
  attached: 'coverage.attachedOrg',
};

const reason = (code: MessageCode, params: MessageParams = {}): UnitCoverage['reason'] => ({
  code,
  text: localize(messages[code], params),
});

/** Organisation coverage where the unit's members are in an org; work coverage by an instructor; else a blank spot. */
export function coverageOf(unit: Unit, snapshot: Pick<Snapshot, 'orgs'>): UnitCoverage {
  const base = { unitId: unit.id, ...(unit.formation && { formation: unit.formation }) };
  if (unit.formation && unit.formation !== 'instructor' && unit.orgId) {
    const org = snapshot.orgs.get(unit.orgId);
    if (!org) {
      return { ...base, coverage: 'none', reason: reason('coverage.missingOrg', { formation: formationLabels[unit.formation], orgId: unit.orgId }) };
    }
    return { ...base, coverage: 'organisation', coveringOrgId: org.id, reason: reason(orgFormationCodes[unit.formation], { org: org.name }) };
  }
  if (unit.instructor) {
    return { ...base, coverage: 'work', reason: reason('coverage.instructor', { instructor: unit.instructor.name }) };
  }
  return { ...base, coverage: 'none', reason: reason('coverage.blank') };
}

function shouldFormBranch(unit: Unit, coverage: UnitCoverage): Finding | undefined {
  const threshold = defaultStructureThresholds.branchMinFullMembers;
  const full = unit.fullMembers ?? 0;
  if (coverage.coverage !== 'work' || full < threshold.value) return undefined;
  return {
    code: 'coverage.shouldFormBranch',
    severity: 'warning',
    rule: threshold.rule,
    subject: { collection: 'units', id: unit.id },
    text: localize(messages['coverage.shouldFormBranch'], { name: unit.name, full }),
    facts: { fullMembers: full, formation: unit.formation ?? null },
  };
}

function jointTooWide(snapshot: Pick<Snapshot, 'orgs' | 'units'>): Finding[] {
  const joint = ruleTables.orgThresholds.units.jointBranch;
  const coveredBy = new Map<string, number>();
  for (const unit of snapshot.units.values()) {
    if (unit.formation === 'joint' && unit.orgId) coveredBy.set(unit.orgId, (coveredBy.get(unit.orgId) ?? 0) + 1);
  }
  const found: Finding[] = [];
  for (const [orgId, units] of coveredBy) {
    const org = snapshot.orgs.get(orgId);
    if (!org || units <= joint.maxUnitsCovered) continue;
    found.push({
      code: 'coverage.jointTooWide',
      severity: 'info',
      rule: { id: 'org.jointBranch.maxUnits', version: ruleTables.orgThresholds.asOf, article: joint.article, confirmed: joint.confirmed },
      subject: { collection: 'orgs', id: orgId },
      text: localize(messages['coverage.jointTooWide'], { name: org.name, units, max: joint.maxUnitsCovered }),
      facts: { units },
    });
  }
  return found;
}

/**
 * Coverage of every unit in the jurisdiction (or of the given kinds, e.g. the two new kinds):
 * organisation coverage (单建/联建/挂建), work coverage (派建), or a blank spot, each with why.
 */
export function analyseCoverage(
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
  return { units: results, blankSpots: results.filter((result) => result.coverage === 'none'), counts, byFormation, findings };
}
