import type { LocalizedText } from '../../i18n/locale.js';
import type { Snapshot } from '../../kernel/snapshot.js';
import split from '../../rules/sets/dual-management.json';
import type { Member } from '../../schema/member.js';
import type { Org } from '../../schema/org.js';
import type { EngineReport } from '../engine-report.js';

export interface Responsibility {
  readonly id: string;
  readonly text: LocalizedText;
}

/** Which org decides what for a member under dual management (rules as data). */
export const dualManagementSplit: {
  readonly version: string;
  readonly relationOrg: readonly Responsibility[];
  readonly managingOrg: readonly Responsibility[];
} = split;

export interface DualManagedMember {
  readonly member: Member;
  readonly relationOrg: Org | undefined;
  readonly managingOrg: Org | undefined;
  /** Decisions that stay with the org holding the membership. */
  readonly relationOrgDecides: readonly Responsibility[];
  /** Activities that belong to the org managing daily life. */
  readonly managingOrgRuns: readonly Responsibility[];
}

/** Dual management is an arrangement, not a fault: the report has data and no findings. */
export type DualManagementReport = EngineReport<readonly DualManagedMember[]>;

/** Every active member whose membership and daily management sit in different orgs, with both and the split of duties. */
export function dualManagementReport(snapshot: Pick<Snapshot, 'members' | 'orgs'>): DualManagementReport {
  const found: DualManagedMember[] = [];
  for (const member of snapshot.members.values()) {
    if ((member.status ?? 'active') !== 'active' || member.relationOrgId === member.managingOrgId) continue;
    found.push({
      member,
      relationOrg: snapshot.orgs.get(member.relationOrgId),
      managingOrg: snapshot.orgs.get(member.managingOrgId),
      relationOrgDecides: dualManagementSplit.relationOrg,
      managingOrgRuns: dualManagementSplit.managingOrg,
    });
  }
  return { findings: [], data: found };
}
