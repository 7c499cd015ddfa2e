import { duesRules } from '../commands/dues/rules.js';
import { memberRules } from '../commands/member/rules.js';
import { meetingRules } from '../commands/meeting/rules.js';
import { duesAmountRules } from '../engines/dues/rules.js';
import { duesReportRules } from '../engines/dues/report-rules.js';
import { orgRules } from '../commands/org/rules.js';
import { complianceRules } from '../engines/compliance/rules.js';
import { conferenceRules } from '../engines/conference/rules.js';
import { coverageRules } from '../engines/coverage/rules.js';
import { projectRules } from '../engines/projects/rules.js';
import { quorumRules } from '../engines/quorum/rules.js';
import { statusRules } from '../engines/status/rules.js';
import { structureRules } from '../engines/structure/rules.js';
import { developmentDeadlineRules, developmentRules } from '../engines/development/rules.js';
import type { CatalogueRule } from '../kernel/rule.js';
import { policyRules } from '../policy/rules.js';
import { wishRules } from '../engines/wishes/rules.js';
import { postRules } from '../commands/post/rules.js';
import { pledgeReportRules, pledgeRules } from '../engines/pledges/rules.js';
import { dualReportRules, serviceRules, volunteerRules } from '../engines/service/rules.js';
import { gridRules } from '../engines/grids/rules.js';
import { evaluationReportRules, evaluationRules } from '../engines/evaluations/rules.js';
import { pointsReportRules, pointsRules } from '../engines/points/rules.js';

/**
 * Every rule a command or engine applies, each defined once beside its area (`<area>/rules.ts`)
 * with its version, article, label and message. Listed here for docs, for a portal's rule
 * browser and for the test that no refusal names a rule outside the catalogue.
 */
/** The rules the commands and the policy refuse under. */
export const commandRuleCatalogue: readonly CatalogueRule[] = [
  ...Object.values(orgRules),
  ...Object.values(memberRules),
  ...Object.values(meetingRules),
  ...Object.values(quorumRules),
  ...Object.values(policyRules),
  ...Object.values(wishRules),
  ...Object.values(postRules),
  ...Object.values(pledgeRules),
  ...Object.values(serviceRules),
  ...Object.values(volunteerRules),
  gridRules.placeInGridGroup,
  ...Object.values(evaluationRules),
  ...Object.values(developmentRules),
  ...Object.values(duesAmountRules),
  ...Object.values(duesRules),
  ...Object.values(pointsRules),
];

/** The rules the engines report under (findings, never refusals). */
export const engineRuleCatalogue: readonly CatalogueRule[] = [
  ...Object.values(structureRules),
  ...Object.values(coverageRules),
  ...Object.values(statusRules),
  ...Object.values(projectRules),
  ...Object.values(conferenceRules),
  ...Object.values(complianceRules),
  ...Object.values(developmentDeadlineRules),
  ...Object.values(duesReportRules),
  ...Object.values(pledgeReportRules),
  ...Object.values(dualReportRules),
  gridRules.notPlaced,
  gridRules.placedTwice,
  ...Object.values(evaluationReportRules),
  ...Object.values(pointsReportRules),
];

export const ruleCatalogue: readonly CatalogueRule[] = [...commandRuleCatalogue, ...engineRuleCatalogue];

/** A catalogue rule by id. */
export function catalogueRule(id: string): CatalogueRule | undefined {
  return ruleCatalogue.find((rule) => rule.id === id);
}
