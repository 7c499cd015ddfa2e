import type { CivilDate } from '../../calendar/civil-date.js';
import { shanghaiDate } from '../../calendar/instant.js';
import { compileRuleSet, type CompiledRuleSet, type RuleResult } from '../../rules/compile-rule-set.js';
import type { RuleSet } from '../../rules/rule-set.js';
import defaultRules from '../../rules/sets/classification.json';
import type { Member } from '../../schema/member.js';
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

/**
 * The kit's classification rules (rules/sets/classification.json). Checked against
 * `RuleSetSchema` by a test, not here: a page that only displays classifications then ships no
 * validator (test/core/classification-default-rules.test.ts fails if the file stops passing).
 */
export const defaultClassificationRules = defaultRules as RuleSet;

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

/** A classifier over rules already validated (the kit's, or a portal's layered on them). */
export function compileClassifier(rules: RuleSet): Classifier {
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

/**
 * A classifier over the kit's own rules, without a portal's overrides: what a display element
 * uses, and without the schemas `createClassifier` validates overrides with.
 */
export function createDefaultClassifier(): Classifier {
  return compileClassifier(defaultClassificationRules);
}
