import duesCases from './sets/dues.cases.json';
import { z } from '../schema/zod.js';
import classificationCases from './sets/classification.cases.json';
import { RuleCasesSchema, type RuleCases } from './rule-cases.js';

/** The cases the kit ships beside its classification rules (sets/classification.cases.json), validated. */
export const classificationRuleCases: RuleCases = RuleCasesSchema.parse(classificationCases);

/**
 * The cases beside the dues rate tables (sets/dues.cases.json), one file of cases per first-hit
 * set (`dues.rate.inService`, `dues.rate.retired`): the band edges of 第二条 and 第五条.
 */
export const duesRuleCases: readonly RuleCases[] = z.array(RuleCasesSchema).parse(duesCases);
