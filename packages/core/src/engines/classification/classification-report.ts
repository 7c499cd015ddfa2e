import { shanghaiDate } from '../../calendar/instant.js';
import type { Snapshot } from '../../kernel/snapshot.js';
import { isPartyMember } from '../../schema/member.js';
import type { EngineReport } from '../engine-report.js';
import { createClassifier, type Classifier, type MemberClassification } from './classify.js';

/**
 * Each member's classification, and the counts per category and care flag. A category is a
 * description, not a fault: each carries the rule, version and facts that made it hold, and the
 * report has no findings.
 */
export type ClassificationReport = EngineReport<{
  readonly members: readonly MemberClassification[];
  readonly counts: Readonly<Record<string, number>>;
}>;

/**
 * Every active member's classification, and how many Party members (full and probationary: 党章
 * 第七条) hold each category and care flag. Applicants, activists and candidates are classified
 * too, for their records, but they are not Party members and are not counted.
 */
export function classificationReport(
  snapshot: Pick<Snapshot, 'members'>,
  asOfInput: string,
  classifier: Classifier = createClassifier(),
): ClassificationReport {
  const members: MemberClassification[] = [];
  const counts: Record<string, number> = {};
  const asOf = shanghaiDate(asOfInput);
  for (const member of snapshot.members.values()) {
    if ((member.status ?? 'active') !== 'active') continue;
    const result = classifier.classify(member, asOf);
    members.push(result);
    if (!isPartyMember(member)) continue;
    for (const each of [...result.categories, ...result.care]) counts[each.yields] = (counts[each.yields] ?? 0) + 1;
  }
  return { findings: [], data: { members, counts } };
}
