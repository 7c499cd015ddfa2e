import { memberAge, type Member, type MemberClassification, type Stage } from '@dangjian/core';

/** One roster row: the member and what the grid shows and filters on, computed once. */
export interface RosterEntry {
  readonly member: Member;
  /** Full years on the roster's date; undefined when the record holds no readable birth date. */
  readonly age: number | undefined;
  readonly orgName: string;
  readonly classification: MemberClassification;
  /** Every category and care flag that holds, for filtering. */
  readonly yields: ReadonlySet<string>;
}

export type SortKey = 'name' | 'age' | 'org';
export type SortDirection = 'ascending' | 'descending';

export interface RosterFilter {
  readonly category?: string | undefined;
  readonly care?: string | undefined;
  /** An org: members whose managing or relation org lies in its subtree. */
  readonly orgId?: string | undefined;
  readonly stage?: Stage | undefined;
}

const emptyClassification = (memberId: string): MemberClassification => ({ memberId, categories: [], care: [] });

/** The rows of the roster, unsorted: active members only (archived ones are recorded states, not the roster). */
export function rosterEntries(
  members: Iterable<Member>,
  orgNames: ReadonlyMap<string, string>,
  classifications: ReadonlyMap<string, MemberClassification>,
  asOf: string,
): RosterEntry[] {
  const entries: RosterEntry[] = [];
  for (const member of members) {
    if ((member.status ?? 'active') !== 'active') continue;
    entries.push(entryOf(member, classifications.get(member.id) ?? emptyClassification(member.id), orgNames, asOf));
  }
  return entries;
}

/** One row: the member, its age on `asOf`, its managing org's name and what it is classified as. */
export function entryOf(
  member: Member,
  classification: MemberClassification,
  orgNames: ReadonlyMap<string, string>,
  asOf: string,
): RosterEntry {
  const yields = new Set([...classification.categories, ...classification.care].map((result) => result.yields));
  const orgName = orgNames.get(member.managingOrgId) ?? member.managingOrgId;
  return { member, age: memberAge(member, asOf), orgName, classification, yields };
}

/** Ranks of distinct strings in collation order: sorting 100,000 rows then compares numbers, not strings. */
function ranks(values: Iterable<string>, collator: Intl.Collator): Map<string, number> {
  const sorted = [...new Set(values)].sort(collator.compare);
  return new Map(sorted.map((value, index) => [value, index]));
}

/**
 * The entries sorted by name (pinyin order of the zh-CN collator), age or org name; ties by
 * name, then id, so the order is stable across renders. Numbers inside names and ids sort by
 * value (第2党支部 before 第10党支部, m2 before m10), as a reader expects. Age sorts by birth date, so members of
 * one age are in order too (younger first when ascending).
 */
export function sortEntries(entries: readonly RosterEntry[], key: SortKey, direction: SortDirection): RosterEntry[] {
  const collator = new Intl.Collator('zh-CN', { numeric: true });
  const names = ranks(
    entries.map((entry) => entry.member.name),
    collator,
  );
  const orgs =
    key === 'org'
      ? ranks(
          entries.map((entry) => entry.orgName),
          collator,
        )
      : undefined;
  const births =
    key === 'age'
      ? ranks(
          entries.map((entry) => entry.member.birthDate),
          collator,
        )
      : undefined;
  const primary = (entry: RosterEntry): number =>
    key === 'age'
      ? -births!.get(entry.member.birthDate)!
      : key === 'org'
        ? orgs!.get(entry.orgName)!
        : names.get(entry.member.name)!;
  const sign = direction === 'ascending' ? 1 : -1;
  return [...entries].sort(
    (a, b) =>
      sign * (primary(a) - primary(b)) ||
      names.get(a.member.name)! - names.get(b.member.name)! ||
      collator.compare(a.member.id, b.member.id) ||
      // Ids the collator calls equal ('m01', 'm1') still need one order.
      (a.member.id < b.member.id ? -1 : a.member.id > b.member.id ? 1 : 0),
  );
}

/** The entries that pass every filter set, in the order given. */
export function filterEntries(
  entries: readonly RosterEntry[],
  filter: RosterFilter,
  subtree: ReadonlySet<string> | undefined,
): readonly RosterEntry[] {
  const { category, care, stage } = filter;
  if (!category && !care && !stage && !subtree) return entries;
  return entries.filter(
    (entry) =>
      (!category || entry.yields.has(category)) &&
      (!care || entry.yields.has(care)) &&
      (!stage || entry.member.stage === stage) &&
      (!subtree || subtree.has(entry.member.managingOrgId) || subtree.has(entry.member.relationOrgId)),
  );
}
