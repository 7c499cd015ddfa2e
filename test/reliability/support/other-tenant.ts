import { idNumberCheckCharacter, type Member, type Org } from '@dangjian/core';
import { scopedMembers, scopedOrgs } from '../../fixtures/scoped-street.js';

/**
 * Tenant B: the scoped street again under another region code, every id prefixed `tb-`, every
 * name prefixed 乙 and every ID number and phone its own, so a leak of any of B's records shows
 * as one of `markersOf` in what an actor of tenant A received.
 */
export const tenantB = '320503';

const prefixed = (id: string | null): string | null => (id === null ? null : `tb-${id}`);

export const tenantBOrgs: readonly Org[] = scopedOrgs.map(
  (org) => ({ ...org, id: `tb-${org.id}`, name: `乙${org.name}`, parentId: prefixed(org.parentId) }) as Org,
);

export const tenantBMembers: readonly Member[] = scopedMembers.map((member, n) => {
  const first17 = `32050319700${n + 1}0${n + 1}30${n + 1}`;
  return {
    ...member,
    id: `tb-${member.id}`,
    name: `乙${member.name}`,
    relationOrgId: `tb-${member.relationOrgId}`,
    managingOrgId: `tb-${member.managingOrgId}`,
    birthDate: `1970-0${n + 1}-0${n + 1}`,
    idNumber: first17 + idNumberCheckCharacter(first17),
    phone: `1370000${String(n + 1).repeat(4)}`,
  };
});

export const tenantBRecords = { orgs: tenantBOrgs, members: tenantBMembers };

/** Strings only tenant B's records hold: ids, names, ID numbers (and their last four), phones. */
export const tenantBMarkers: readonly string[] = [
  ...tenantBOrgs.flatMap((org) => [org.id, org.name]),
  ...tenantBMembers.flatMap((member) => [member.id, member.name, member.idNumber!, member.phone!]),
];

/**
 * How many of tenant B's markers `text` holds, leaving out those the request itself sent: a
 * refusal that names the id it was asked for ("no member tb-m1") tells the caller nothing new.
 */
export const leakedMarkers = (text: string, sent = ''): number =>
  tenantBMarkers.filter((marker) => text.includes(marker) && !sent.includes(marker)).length;
