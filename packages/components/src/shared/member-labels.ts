import type { CompiledRuleSet, LocalizedText, RuleResult } from '@dangjian/core';

/**
 * What a reader sees for a category or care flag: the label its rule carries (the kit's rules
 * label every category, and a portal's own rule names its own), else the id itself.
 */
export function labelOf(yields: string, rules: Pick<CompiledRuleSet<never>, 'labelOf'>): LocalizedText {
  return rules.labelOf(yields) ?? { 'zh-CN': yields, en: yields };
}

/** The label of a rule that held: its own, else the id it yields. */
export function resultLabel(result: RuleResult): LocalizedText {
  return result.label ?? { 'zh-CN': result.yields, en: result.yields };
}

/** Stage and gender labels live in core beside the member schema; re-exported for the elements. */
export { genderLabels, stageLabels } from '@dangjian/core';
