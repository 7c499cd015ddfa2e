import type { Snapshot } from '../../kernel/snapshot.js';
import { isPartyMember } from '../../schema/member.js';

export interface MemberCount {
  /** 正式党员 */
  readonly full: number;
  /** 正式 + 预备: what the 50/100 thresholds for general branches and committees count. */
  readonly members: number;
}

const zero: MemberCount = { full: 0, members: 0 };

function add(a: MemberCount, b: MemberCount): MemberCount {
  return { full: a.full + b.full, members: a.members + b.members };
}

/** Active members by the org holding their formal membership (组织关系), not counting anyone below. */
function directCounts(snapshot: Pick<Snapshot, 'members'>): Map<string, MemberCount> {
  const counts = new Map<string, MemberCount>();
  for (const member of snapshot.members.values()) {
    if ((member.status ?? 'active') !== 'active') continue;
    if (!isPartyMember(member)) continue;
    const counted = { full: member.stage === 'full' ? 1 : 0, members: 1 };
    counts.set(member.relationOrgId, add(counts.get(member.relationOrgId) ?? zero, counted));
  }
  return counts;
}

const cache = new WeakMap<object, WeakMap<object, ReadonlyMap<string, MemberCount>>>();

/**
 * Members of each org's whole subtree (a branch counts its groups' members too), by formal
 * membership. One pass over members and one over orgs; cached per snapshot tables.
 */
export function subtreeMemberCounts(snapshot: Pick<Snapshot, 'members' | 'orgs'>): ReadonlyMap<string, MemberCount> {
  const byOrgs = cache.get(snapshot.members) ?? new WeakMap();
  cache.set(snapshot.members, byOrgs);
  const cached = byOrgs.get(snapshot.orgs);
  if (cached) return cached;
  const direct = directCounts(snapshot);
  const totals = new Map<string, MemberCount>();
  for (const org of snapshot.orgs.values()) totals.set(org.id, direct.get(org.id) ?? zero);
  // Push each org's own members up its ancestor chain.
  for (const org of snapshot.orgs.values()) {
    const own = direct.get(org.id);
    if (!own) continue;
    const seen = new Set([org.id]);
    let parentId = org.parentId;
    while (parentId !== null && !seen.has(parentId)) {
      seen.add(parentId);
      const parent = snapshot.orgs.get(parentId);
      if (!parent) break;
      totals.set(parentId, add(totals.get(parentId) ?? zero, own));
      parentId = parent.parentId;
    }
  }
  byOrgs.set(snapshot.orgs, totals);
  return totals;
}
