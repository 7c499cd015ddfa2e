import {
  cadenceRulesOf,
  complianceReport,
  defaultCadenceRules,
  diffAgainstBase,
  isPartyMember,
  memberFacts,
  scoreLedgerReport,
  shanghaiDate,
  type CadenceLayer,
  type CadenceLayerChange,
  type CadenceRule,
  type LayerChange,
  type PointsSchemeChange,
  type RuleSet,
  type ScoreScheme,
  type ShortPeriod,
  type Snapshot,
} from '@dangjian/core';
import type { KindRun, PlaygroundSet } from './playground-kinds.js';

/**
 * The edited set run over the connected tenant's own data: how many were judged (members, or orgs
 * for a meeting cadence), and those whose outcome the edit changed against the base.
 */
export interface TenantRun<Change = LayerChange> {
  readonly asOf: string;
  readonly judged: number;
  readonly changes: readonly Change[];
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

const roots = (snapshot: Snapshot): string[] =>
  [...snapshot.orgs.values()].filter((org) => org.parentId === null).map((org) => org.id);

/** Each org's short periods in the year of `asOf` under the rules, by the requirement they miss. */
function shortPeriodsByOrg(snapshot: Snapshot, rules: readonly CadenceRule[], on: string): Map<string, ShortPeriod[]> {
  const year = on.slice(0, 4);
  const byOrg = new Map<string, ShortPeriod[]>();
  for (const orgId of roots(snapshot)) {
    const query = { orgId, from: `${year}-01-01`, to: `${year}-12-31`, asOf: on, rules };
    for (const found of complianceReport(snapshot, query).findings) {
      const short = { kind: found.rule.id.replace(/^meetings\./, ''), period: String(found.facts['period']) };
      byOrg.set(found.subject.id, [...(byOrg.get(found.subject.id) ?? []), short]);
    }
  }
  return byOrg;
}

/**
 * Every org of the connected tenant, its year of meetings (to `asOf`) judged by the national
 * cadence and by the portal's layer: the orgs whose short periods the layer adds or removes.
 */
export function runCadenceOverTenant(
  snapshot: Snapshot,
  base: readonly CadenceRule[],
  edited: readonly CadenceRule[],
  asOf: string,
): TenantRun<CadenceLayerChange> {
  const on = shanghaiDate(asOf);
  const [before, after] = [shortPeriodsByOrg(snapshot, base, on), shortPeriodsByOrg(snapshot, edited, on)];
  const key = (short: ShortPeriod): string => `${short.kind} ${short.period}`;
  const changes: CadenceLayerChange[] = [];
  for (const org of snapshot.orgs.values()) {
    const [was, is] = [before.get(org.id) ?? [], after.get(org.id) ?? []];
    const [wasKeys, isKeys] = [new Set(was.map(key)), new Set(is.map(key))];
    const added = is.filter((short) => !wasKeys.has(key(short)));
    const removed = was.filter((short) => !isKeys.has(key(short)));
    if (added.length || removed.length) changes.push({ name: org.name, added, removed });
  }
  return { asOf: on, judged: snapshot.orgs.size, changes };
}

/**
 * The connected tenant's Party members' points for the year of `asOf` under the base scheme and
 * the edited one, from the meetings, wishes, pledges, hours and awards on record: whose total changed.
 */
export function runPointsOverTenant(
  snapshot: Snapshot,
  base: ScoreScheme,
  edited: ScoreScheme,
  asOf: string,
): TenantRun<PointsSchemeChange> {
  const on = shanghaiDate(asOf);
  const year = Number(on.slice(0, 4));
  const totals = (scheme: ScoreScheme) =>
    roots(snapshot).flatMap((orgId) => scoreLedgerReport(snapshot, scheme, { orgId, year, asOf: on }).data.members);
  const before = new Map(totals(base).map((member) => [member.memberId, member]));
  const after = totals(edited);
  const changes = after.flatMap((member): PointsSchemeChange[] => {
    const was = before.get(member.memberId)?.total ?? 0;
    return was === member.total ? [] : [{ name: member.name, before: was, after: member.total }];
  });
  return { asOf: on, judged: after.length, changes };
}

/** A run over the tenant, by the kind of set it judged. */
export type AnyTenantRun =
  | ({ readonly kind: 'conditions' } & TenantRun<LayerChange>)
  | ({ readonly kind: 'cadence' } & TenantRun<CadenceLayerChange>)
  | ({ readonly kind: 'points' } & TenantRun<PointsSchemeChange>);

/** The edited set over the connected tenant: members for conditions and points, orgs for a cadence layer. */
export function tenantRun(
  kind: KindRun['kind'],
  snapshot: Snapshot,
  base: PlaygroundSet,
  edited: PlaygroundSet,
  asOf: string,
): AnyTenantRun {
  if (kind === 'cadence') {
    const layered = cadenceRulesOf(edited as CadenceLayer);
    return { kind, ...runCadenceOverTenant(snapshot, defaultCadenceRules, layered, asOf) };
  }
  if (kind === 'points')
    return { kind, ...runPointsOverTenant(snapshot, base as ScoreScheme, edited as ScoreScheme, asOf) };
  return { kind, ...runOverTenant(snapshot, base as RuleSet, edited as RuleSet, asOf) };
}
