import { shanghaiDate } from '../calendar/instant.js';
import type { LocalizedText } from '../i18n/locale.js';
import { compileCondition, factsRead, type CompiledCondition } from './compile-condition.js';
import type { FactValue, Facts } from './condition.js';
import type { RuleSet } from './rule-set.js';

/** One rule that held: what it yields, which rule and version said so, and the facts it read. */
export interface RuleResult {
  readonly yields: string;
  readonly ruleId: string;
  readonly ruleSetId: string;
  readonly version: string;
  readonly article?: string;
  readonly source?: string;
  readonly confirmed: boolean;
  readonly facts: Readonly<Record<string, FactValue>>;
  readonly reason: LocalizedText;
}

export interface CompiledRuleSet {
  readonly id: string;
  readonly version: string;
  /** Every rule that holds for these facts on `asOf` (an instant, or an Asia/Shanghai date), in rule order. */
  evaluate(facts: Facts, asOf: string): RuleResult[];
}

const asText = (value: FactValue): string => (Array.isArray(value) ? value.join('、') : String(value ?? ''));

/** A reason template cut once into literal text and fact names, so filling it is a join. */
function compileTemplate(template: string): (facts: Facts) => string {
  const parts = template.split(/\{(\w+)\}/);
  return (facts) => parts.map((part, index) => (index % 2 === 1 ? asText(facts[part]) : part)).join('');
}

/** Compiles every rule of the set to a closure, once; evaluating is then a loop over closures. */
export function compileRuleSet(ruleSet: RuleSet): CompiledRuleSet {
  const compiled = ruleSet.rules.map((rule) => ({
    rule,
    test: compileCondition(rule.when, ruleSet.tables) satisfies CompiledCondition,
    reads: factsRead(rule.when),
    reason: { zh: compileTemplate(rule.reason['zh-CN']), en: compileTemplate(rule.reason.en) },
  }));
  return {
    id: ruleSet.id,
    version: ruleSet.version,
    evaluate(facts, asOf) {
      const context = { asOf: shanghaiDate(asOf) };
      return compiled
        .filter(({ test }) => test(facts, context))
        .map(({ rule, reads, reason }) => {
          const used: Record<string, FactValue> = {};
          for (const name of reads) used[name] = facts[name] ?? null;
          return {
            yields: rule.yields,
            ruleId: rule.id,
            ruleSetId: ruleSet.id,
            version: ruleSet.version,
            ...(rule.article && { article: rule.article }),
            ...(rule.source && { source: rule.source }),
            confirmed: rule.confirmed,
            facts: used,
            reason: { 'zh-CN': reason.zh(facts), en: reason.en(facts) },
          };
        });
    },
  };
}
