import {
  diffAgainstBase,
  isPartyMember,
  memberFacts,
  shanghaiDate,
  type LayerChange,
  type RuleSet,
  type Snapshot,
} from '@dangjian/core';

/** The edited set run over a tenant's own members: how many were judged, and whose outcome changed. */
export interface TenantRun {
  readonly asOf: string;
  readonly judged: number;
  readonly changes: readonly LayerChange[];
}

/**
 * Judges every active Party member of the connected workspace by the base and by the edited set
 * on `asOf`, from the facts core derives from a member record (`memberFacts`: age, employment,
 * care flags …, never an ID number or phone), and keeps the members whose outcome changed.
 */
export function runOverTenant(snapshot: Snapshot, base: RuleSet, edited: RuleSet, asOf: string): TenantRun {
  const on = shanghaiDate(asOf);
  const inputs = [...snapshot.members.values()]
    .filter((member) => (member.status ?? 'active') === 'active' && isPartyMember(member))
    .map((member) => ({ name: member.name, asOf: on, facts: memberFacts(member, on) }));
  return { asOf: on, judged: inputs.length, changes: diffAgainstBase(base, edited, inputs) };
}
