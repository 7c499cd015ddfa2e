import type { Member, Org, Snapshot } from '@dangjian/core';

/** The member an element shows: the one given (data in), else the workspace's member by id. */
export function memberFrom(
  given: Member | undefined,
  memberId: string | undefined,
  snapshot: Snapshot | undefined,
): Member | undefined {
  if (given) return given;
  return memberId === undefined ? undefined : snapshot?.members.get(memberId);
}

/** An org's name from the given orgs or the workspace; the id itself when the org is unknown. */
export function orgName(id: string, orgs: readonly Org[] | undefined, snapshot: Snapshot | undefined): string {
  const org = orgs ? orgs.find((each) => each.id === id) : snapshot?.orgs.get(id);
  return org?.name ?? id;
}
