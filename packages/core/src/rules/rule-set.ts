import { IsoDateSchema, TextSchema } from '../schema/common.js';
import { z } from '../schema/zod.js';
import { ConditionSchema } from './condition.js';

const LocalizedTextSchema = z.object({ 'zh-CN': TextSchema.min(1).max(300), en: TextSchema.min(1).max(300) });

/**
 * One rule: when `when` holds, the subject gets `yields`, because of `reason` (whose `{fact}`
 * placeholders are filled from the facts). `article`/`source` name the regulation where there is one.
 * `label` is what a reader sees for `yields` (a chip, a filter option): a portal's own rule names
 * its own category, and elements show it rather than the raw id.
 */
export const RuleSchema = z.object({
  id: z.string().regex(/^[a-zA-Z][\w.-]*$/),
  yields: z.string().min(1).max(50),
  label: LocalizedTextSchema.optional(),
  when: ConditionSchema,
  reason: LocalizedTextSchema,
  article: TextSchema.max(100).optional(),
  source: TextSchema.max(200).optional(),
  confirmed: z.boolean().default(true),
});
export type Rule = z.output<typeof RuleSchema>;

/** A versioned, serialisable set of rules, in force from `effectiveFrom` (Asia/Shanghai date). */
export const RuleSetSchema = z.object({
  id: z.string().min(1).max(100),
  version: z.string().min(1).max(50),
  effectiveFrom: IsoDateSchema,
  rules: z.array(RuleSchema).max(500),
  tables: z.record(z.string(), z.array(z.string())).default({}),
  /**
   * `all` (when absent): every rule that holds yields (categories overlap: a member is elderly and
   * in hardship). `firstHit`: only the first rule that holds, in rule order (a rate table: one band
   * per base). Optional rather than defaulted, so rule sets written as literals stay valid.
   */
  policy: z.enum(['all', 'firstHit']).optional(),
});
export type RuleSet = z.output<typeof RuleSetSchema>;

/**
 * A portal's local layer: rules that replace a base rule of the same id or add new ones, rule
 * ids to switch off, and extra lookup tables. Validated like everything else before it is used.
 */
export const RuleOverridesSchema = z.object({
  version: z.string().min(1).max(50),
  effectiveFrom: IsoDateSchema.optional(),
  rules: z.array(RuleSchema).max(500).default([]),
  disable: z.array(z.string()).max(500).default([]),
  tables: z.record(z.string(), z.array(z.string())).default({}),
});
export type RuleOverrides = z.input<typeof RuleOverridesSchema>;

/** The base set with a portal's overrides on top; the version says both (`2026.1+local.3`). */
export function layerRules(base: RuleSet, overrides: z.output<typeof RuleOverridesSchema>): RuleSet {
  const replaced = new Map(overrides.rules.map((rule) => [rule.id, rule]));
  const disabled = new Set(overrides.disable);
  const kept = base.rules.filter((rule) => !disabled.has(rule.id)).map((rule) => replaced.get(rule.id) ?? rule);
  const added = overrides.rules.filter((rule) => !base.rules.some((existing) => existing.id === rule.id));
  return {
    ...base,
    version: `${base.version}+${overrides.version}`,
    effectiveFrom: overrides.effectiveFrom ?? base.effectiveFrom,
    rules: [...kept, ...added],
    tables: { ...base.tables, ...overrides.tables },
  };
}

/** The version in force on `date`: the latest `effectiveFrom` not after it. */
export function ruleSetInForce<T extends { readonly effectiveFrom: string }>(
  versions: readonly T[],
  date: string,
): T | undefined {
  return versions
    .filter((version) => version.effectiveFrom <= date)
    .reduce<T | undefined>(
      (best, version) => (!best || version.effectiveFrom > best.effectiveFrom ? version : best),
      undefined,
    );
}
