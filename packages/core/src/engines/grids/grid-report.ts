import type { Finding } from '../../kernel/finding.js';
import { finding } from '../../kernel/rule.js';
import type { Snapshot } from '../../kernel/snapshot.js';
import { isPartyMember, type Member } from '../../schema/member.js';
import type { Org } from '../../schema/org.js';
import type { EngineReport } from '../engine-report.js';
import { subtreeOf } from '../org-tree.js';
import { gridRules } from './rules.js';

/** One grid (网格): the org above its grid groups, with them and the members placed in each. */
export interface GridLine {
  readonly gridOrgId: string;
  readonly groups: readonly { readonly groupOrgId: string; readonly memberIds: readonly string[] }[];
}

export type GridReport = EngineReport<{
  readonly grids: readonly GridLine[];
  readonly gridCount: number;
  readonly groupCount: number;
  /** Party members of the district (relation or managing org in it, not left). */
  readonly members: number;
  /** Of them, in exactly one grid group. */
  readonly placedOnce: number;
  readonly unplaced: readonly string[];
  readonly placedMoreThanOnce: readonly string[];
}>;

const isGridGroup = (org: Org): boolean => org.kind === 'group' && org.setting === 'grid';
const current = (member: Member): boolean => member.status === undefined || member.status === 'active';

/**
 * 网格化党建: the grids of a district (each org that holds grid groups), its grid groups and the
 * members placed in each; a finding for every Party member of the district in no grid group, and
 * one for every member in more than one (漳州: every member in exactly one grid group near home).
 */
export function gridReport(
  snapshot: Pick<Snapshot, 'orgs' | 'members' | 'gridPlacements'>,
  districtOrgId: string,
): GridReport {
  const orgIds = subtreeOf(snapshot, districtOrgId);
  const groups = [...orgIds]
    .map((id) => snapshot.orgs.get(id)!)
    .filter(isGridGroup)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const placed = new Map<string, string[]>(groups.map((group) => [group.id, []]));
  const groupsOf = new Map<string, string[]>();
  for (const placement of snapshot.gridPlacements.values()) {
    const members = placed.get(placement.groupOrgId);
    if (!members) continue;
    members.push(placement.memberId);
    groupsOf.set(placement.memberId, [...(groupsOf.get(placement.memberId) ?? []), placement.groupOrgId]);
  }
  const byGrid = new Map<string, GridLine['groups'][number][]>();
  for (const group of groups) {
    const gridOrgId = group.parentId ?? group.id;
    const line = { groupOrgId: group.id, memberIds: placed.get(group.id)!.sort() };
    byGrid.set(gridOrgId, [...(byGrid.get(gridOrgId) ?? []), line]);
  }
  const grids = [...byGrid.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([gridOrgId, lines]) => ({ gridOrgId, groups: lines }));
  const districtMembers = snapshot.members
    .toArray()
    .filter((member) => isPartyMember(member) && current(member))
    .filter((member) => orgIds.has(member.relationOrgId) || orgIds.has(member.managingOrgId))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const findings: Finding[] = [];
  const [unplaced, twice]: [string[], string[]] = [[], []];
  for (const member of districtMembers) {
    const count = groupsOf.get(member.id)?.length ?? 0;
    if (count === 1) continue;
    const place = {
      subject: { collection: 'members', id: member.id },
      severity: 'warning' as const,
      facts: { memberId: member.id, groupOrgIds: groupsOf.get(member.id) ?? [] },
    };
    if (count === 0) {
      unplaced.push(member.id);
      findings.push(finding(gridRules.notPlaced, place, { name: member.name }));
    } else {
      twice.push(member.id);
      findings.push(finding(gridRules.placedTwice, place, { name: member.name, count }));
    }
  }
  return {
    findings,
    data: {
      grids,
      gridCount: grids.length,
      groupCount: groups.length,
      members: districtMembers.length,
      placedOnce: districtMembers.length - unplaced.length - twice.length,
      unplaced,
      placedMoreThanOnce: twice,
    },
  };
}
