import type { Snapshot } from '../kernel/snapshot.js';
import type { AnyEntity, CollectionName } from '../schema/collections.js';
import { orgReferences } from '../schema/org-references.js';

/**
 * Which orgs an entity belongs to, for scope: a rule scoped to a subtree holds for an entity if
 * any of its anchor orgs lies in that subtree. An org anchors itself; a member its relation and
 * managing orgs (dual management: both may act); others the orgs they point at, directly or
 * through the entity they hang off (a conference session through its conference).
 */
const directAnchors = new Map<CollectionName, (readonly string[])[]>();
for (const { collection, path } of orgReferences) {
  // Where a member lives or works does not put the member under that org's management.
  if (collection === 'members' || collection === 'orgs') continue;
  directAnchors.set(collection, [...(directAnchors.get(collection) ?? []), path]);
}
directAnchors.set('members', [['relationOrgId'], ['managingOrgId']]);

/** Entities that inherit the anchors of another one they reference. */
const inheritedAnchors: Partial<Record<CollectionName, readonly (readonly [string, CollectionName])[]>> = {
  conferenceSessions: [['conferenceId', 'conferences']],
  feedbackReports: [
    ['registrationId', 'registrations'],
    ['memberId', 'members'],
  ],
  registrations: [['memberId', 'members']],
  unitRegistrations: [['unitId', 'units']],
  committeeSeats: [['unitId', 'units']],
  disclosures: [['memberId', 'members']],
  duesStandards: [['memberId', 'members']],
  duesReliefs: [['memberId', 'members']],
  // A pledge on a community post is the post's org's, and the member's own branch's too.
  pledges: [['memberId', 'members']],
  volunteerHours: [
    ['teamId', 'volunteerTeams'],
    ['projectId', 'serviceProjects'],
  ],
  evaluationBallots: [['evaluationId', 'evaluations']],
  pointAwards: [['memberId', 'members']],
};

function valueAt(entity: unknown, path: readonly string[]): unknown {
  let current = entity;
  for (const key of path) current = (current as Record<string, unknown> | undefined)?.[key];
  return current;
}

export function anchorOrgIds(snapshot: Snapshot, collection: CollectionName, entity: AnyEntity, depth = 0): string[] {
  if (collection === 'orgs') return [entity.id];
  const anchors: string[] = [];
  for (const path of directAnchors.get(collection) ?? []) {
    const value = valueAt(entity, path);
    if (typeof value === 'string') anchors.push(value);
  }
  if (depth > 2) return anchors;
  for (const [field, target] of inheritedAnchors[collection] ?? []) {
    const id = valueAt(entity, [field]);
    const parent = typeof id === 'string' ? snapshot[target].get(id) : undefined;
    if (parent) anchors.push(...anchorOrgIds(snapshot, target, parent as AnyEntity, depth + 1));
  }
  return anchors;
}

/** The account an entity belongs to when its owner is not a member: a resident's own wish. */
export function ownerActorId(collection: CollectionName, entity: AnyEntity): string | undefined {
  if (collection !== 'wishes') return undefined;
  const residentId = (entity as { residentId?: unknown }).residentId;
  return typeof residentId === 'string' ? residentId : undefined;
}

/** The member an entity is about, for rules about oneself. */
export function selfMemberId(collection: CollectionName, entity: AnyEntity): string | undefined {
  if (collection === 'members') return entity.id;
  // A team's own business is its leader's: they confirm its hours.
  if (collection === 'volunteerTeams') return (entity as { leaderMemberId: string }).leaderMemberId;
  const memberId = (entity as { memberId?: unknown }).memberId;
  return typeof memberId === 'string' ? memberId : undefined;
}
