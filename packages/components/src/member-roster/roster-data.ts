import type { Classifier, Member, Org } from '@dangjian/core';
import { classificationsOf } from '../shared/classifications.js';
import { valuesOf, type RecordSource } from '../shared/record-source.js';
import type { Shown } from './grid-focus.js';
import { filterEntries, rosterEntries, type RosterEntry, type RosterFilter } from './roster-model.js';

/** The names of orgs by id, for the org column. */
export const orgNamesOf = (orgs: RecordSource<Org>): Map<string, string> =>
  new Map([...valuesOf(orgs)].map((org) => [org.id, org.name]));

/**
 * Every active member's row on `asOf`, classified by `classifier` (the kit's rules when none).
 * The classifications are cached per members table, so only a new table or date reclassifies.
 */
export function classifiedEntries(
  members: RecordSource<Member>,
  orgs: RecordSource<Org>,
  asOf: string,
  classifier: Classifier | undefined,
): RosterEntry[] {
  const classified = classificationsOf(members, valuesOf(members), asOf, classifier);
  return rosterEntries(valuesOf(members), orgNamesOf(orgs), classified, asOf);
}

/** The sorted rows that pass the filters (`subtree`: the org filter's org and every org below it). */
export function shownEntries(
  sorted: readonly RosterEntry[],
  filter: Omit<RosterFilter, 'orgId'>,
  subtree: ReadonlySet<string> | undefined,
): Shown {
  const entries = filterEntries(sorted, filter, subtree);
  return { entries, positionOf: new Map(entries.map((entry, index) => [entry.member.id, index])) };
}

/**
 * What `shownEntries` depends on, for its memo: the filter is a new object on every render, so
 * its fields are compared, not the object (otherwise every scroll frame rebuilt the shown rows,
 * a Map of every member's position: 400–650 ms a frame at 100,000 members).
 */
export const shownEntriesKey = (
  sorted: readonly RosterEntry[],
  filter: Omit<RosterFilter, 'orgId'>,
  subtree: ReadonlySet<string> | undefined,
): readonly unknown[] => [sorted, filter.category, filter.care, filter.stage, subtree];
