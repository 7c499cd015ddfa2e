import { shanghaiDate } from '../../calendar/instant.js';
import type { Snapshot } from '../../kernel/snapshot.js';
import { isPartyMember, type Member } from '../../schema/member.js';
import type { EngineReport } from '../engine-report.js';
import { isWithin } from '../org-tree.js';
import { createClassifier, type Classifier, type MemberClassification } from './classify.js';

/** 分层: the employed, retired and unemployed layers of an org's members. */
export const layers = ['employed', 'retired', 'unemployed'] as const;
export type Layer = (typeof layers)[number];

export interface LayeredMember {
  readonly member: Member;
  readonly classification: MemberClassification;
}

/** The layers as data; a layer is a description, not a finding, so there are none. */
export type LayerReport = EngineReport<Readonly<Record<Layer, readonly LayeredMember[]>>>;

/**
 * The Party members (full and probationary) of an org's subtree (by daily management, where they
 * take part) in the employed, retired and unemployed layers, by the classification rules on
 * `asOf` (an instant, read in Asia/Shanghai, or an Asia/Shanghai date). The unemployed layer,
 * with each member's skills, care flags and contact card, is the 失业党员档案.
 */
export function layerReport(
  snapshot: Pick<Snapshot, 'orgs' | 'members'>,
  orgId: string,
  asOfInput: string,
  classifier: Classifier = createClassifier(),
): LayerReport {
  const result: Record<Layer, LayeredMember[]> = { employed: [], retired: [], unemployed: [] };
  const asOf = shanghaiDate(asOfInput);
  for (const member of snapshot.members.values()) {
    if ((member.status ?? 'active') !== 'active' || !isPartyMember(member)) continue;
    if (!isWithin(snapshot, member.managingOrgId, orgId)) continue;
    const classification = classifier.classify(member, asOf);
    for (const layer of layers) {
      if (classification.categories.some((category) => category.yields === layer))
        result[layer].push({ member, classification });
    }
  }
  return { findings: [], data: result };
}
