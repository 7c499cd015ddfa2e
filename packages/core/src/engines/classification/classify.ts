import type { CivilDate } from '../../calendar/civil-date.js';
import { shanghaiDate } from '../../calendar/instant.js';
import { compileRuleSet, type CompiledRuleSet, type RuleResult } from '../../rules/compile-rule-set.js';
import {
  RuleOverridesSchema,
  RuleSetSchema,
  layerRules,
  type RuleOverrides,
  type RuleSet,
} from '../../rules/rule-set.js';
import defaultRules from '../../rules/sets/classification.json';
import type { Member } from '../../schema/member.js';
import { validate } from '../../kernel/validate.js';
import { memberFactReaders, type MemberOnDate } from './member-facts.js';

/** 分类: several may hold at once. */
export const memberCategories = [
  'employed',
  'retired',
  'unemployed',
  'student',
  'farmer',
  'newSector',
  'mobile',
  'lostContact',
  'inTransition',
  'resettled',
  'direct',
  'senior',
  'skilled',
] as const;

/** 关爱帮扶 */
export const careFlags = ['hardship', 'elderly', 'jobless', 'ill', 'disabledOrSubsistence', 'emptyNest'] as const;

const careSet = new Set<string>(careFlags);

/** The kit's classification rules (rules/sets/classification.json), validated. */
export const defaultClassificationRules: RuleSet = RuleSetSchema.parse(defaultRules);

export interface MemberClassification {
  readonly memberId: string;
  /** Categories that hold, each with the rule, version, facts and reason that made it true. */
  readonly categories: readonly RuleResult[];
  readonly care: readonly RuleResult[];
}

export interface Classifier {
  readonly ruleSet: CompiledRuleSet<MemberOnDate>;
  /** `asOf`: an instant (read in Asia/Shanghai) or an Asia/Shanghai date. */
  classify(member: Member, asOf: string): MemberClassification;
}

/**
 * A classifier over the default rules, or those rules with a portal's overrides on top (its own
 * age for `senior`, an extra category). Overrides are validated; a bad one is a ValidationError
 * naming the field. Rules compile once here; classifying is then cheap.
 */
export function createClassifier(overrides?: RuleOverrides): Classifier {
  let rules = defaultClassificationRules;
  if (overrides) {
    const parsed = validate(RuleOverridesSchema, overrides, { prefix: ['overrides'] });
    if (!parsed.ok) throw parsed.error;
    rules = layerRules(rules, parsed.value);
  }
  const ruleSet = compileRuleSet(rules, memberFactReaders);
  // A street is classified on one date: read that date once, not per member.
  let [lastInput, asOf] = ['', '' as CivilDate];
  return {
    ruleSet,
    classify(member, asOfInput) {
      if (asOfInput !== lastInput) [lastInput, asOf] = [asOfInput, shanghaiDate(asOfInput)];
      const categories: RuleResult[] = [];
      const care: RuleResult[] = [];
      for (const result of ruleSet.evaluate({ member, asOf }, asOf))
        (careSet.has(result.yields) ? care : categories).push(result);
      return { memberId: member.id, categories, care };
    },
  };
}
