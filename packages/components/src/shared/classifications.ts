import { createDefaultClassifier, type Classifier, type Member, type MemberClassification } from '@dangjian/core';

let shared: Classifier | undefined;

/** The kit's default rules, compiled once for the page (compiling is the expensive part). */
export function defaultClassifier(): Classifier {
  shared ??= createDefaultClassifier();
  return shared;
}

interface Classified {
  readonly asOf: string;
  readonly classifier: Classifier;
  readonly byId: ReadonlyMap<string, MemberClassification>;
}

/** Keyed by the members table (a snapshot's `members`, or the array a page set): a new table is a new key. */
const byTable = new WeakMap<object, Classified>();

/**
 * Every member's classification, computed once per members table, date and rule set, however
 * often the element renders: a snapshot's tables are immutable, so identity says "unchanged".
 * 100,000 members take a few hundred milliseconds; a scroll or a filter must not pay that.
 */
export function classificationsOf(
  table: object,
  members: Iterable<Member>,
  asOf: string,
  classifier: Classifier = defaultClassifier(),
): ReadonlyMap<string, MemberClassification> {
  const cached = byTable.get(table);
  if (cached && cached.asOf === asOf && cached.classifier === classifier) return cached.byId;
  const byId = new Map<string, MemberClassification>();
  for (const member of members) byId.set(member.id, classifier.classify(member, asOf));
  byTable.set(table, { asOf, classifier, byId });
  return byId;
}

/** One member's classification, memoised by the (immutable) member record. */
export function classificationOf(
  member: Member,
  asOf: string,
  classifier: Classifier = defaultClassifier(),
): MemberClassification {
  return classificationsOf(member, [member], asOf, classifier).get(member.id)!;
}
