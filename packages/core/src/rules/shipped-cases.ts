import classificationCases from './sets/classification.cases.json';
import { RuleCasesSchema, type RuleCases } from './rule-cases.js';

/** The cases the kit ships beside its classification rules (sets/classification.cases.json), validated. */
export const classificationRuleCases: RuleCases = RuleCasesSchema.parse(classificationCases);
