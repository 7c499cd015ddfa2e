import type { CompiledRuleSet, LocalizedText, RuleResult, Stage } from '@dangjian/core';

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

/** 入党申请人 → 积极分子 → 发展对象 → 预备党员 → 正式党员 */
export const stageLabels: Readonly<Record<Stage, LocalizedText>> = {
  applicant: { 'zh-CN': '入党申请人', en: 'Applicant' },
  activist: { 'zh-CN': '入党积极分子', en: 'Activist' },
  candidate: { 'zh-CN': '发展对象', en: 'Candidate' },
  probationary: { 'zh-CN': '预备党员', en: 'Probationary' },
  full: { 'zh-CN': '正式党员', en: 'Full member' },
};

export const genderLabels: Readonly<Record<'male' | 'female', LocalizedText>> = {
  male: { 'zh-CN': '男', en: 'Male' },
  female: { 'zh-CN': '女', en: 'Female' },
};
