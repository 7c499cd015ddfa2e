import { duesRules } from '../commands/dues/rules.js';
import { memberRules } from '../commands/member/rules.js';
import { duesAmountRules } from '../engines/dues/rules.js';
import { orgRules } from '../commands/org/rules.js';
import type { CatalogueRule } from '../kernel/rule.js';
import { policyRules } from '../policy/rules.js';

/**
 * Every rule a command applies, each defined once beside its area (`commands/<area>/rules.ts`)
 * with its version, article, label and message. Listed here for docs, for a portal's rule
 * browser and for the test that no refusal names a rule outside the catalogue.
 */
export const ruleCatalogue: readonly CatalogueRule[] = [
  ...Object.values(orgRules),
  ...Object.values(memberRules),
  ...Object.values(policyRules),
  ...Object.values(duesAmountRules),
  ...Object.values(duesRules),
];

/** A catalogue rule by id. */
export function catalogueRule(id: string): CatalogueRule | undefined {
  return ruleCatalogue.find((rule) => rule.id === id);
}
