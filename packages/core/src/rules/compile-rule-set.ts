import { shanghaiDate } from '../calendar/instant.js';
import type { LocalizedText } from '../i18n/locale.js';
import {
  compileCondition,
  factsRead,
  readerOf,
  type CompiledCondition,
  type EvaluationContext,
  type FactReader,
  type FactReaders,
} from './compile-condition.js';
import type { FactValue, Facts } from './condition.js';
import type { RuleSet } from './rule-set.js';

/** One rule that held: what it yields, which rule and version said so, and the facts it read. */
export interface RuleResult {
  readonly yields: string;
  /** The rule's name for `yields`, in both locales, when the rule gives one. */
  readonly label?: LocalizedText;
  readonly ruleId: string;
  readonly ruleSetId: string;
  readonly version: string;
  readonly article?: string;
  readonly source?: string;
  readonly confirmed: boolean;
  readonly facts: Readonly<Record<string, FactValue>>;
  readonly reason: LocalizedText;
}

export interface CompiledRuleSet<S = Facts> {
  readonly id: string;
  readonly version: string;
  /**
   * What a reader sees for a `yields` value: the label of the first rule yielding it that has
   * one. Undefined for a value no rule labels (an element then shows the value itself).
   */
  labelOf(yields: string): LocalizedText | undefined;
  /** Every value the set's rules may yield, once each, in rule order (a filter's choices). */
  readonly yields: readonly string[];
  /**
   * Every rule that holds for these facts (or this source, read by the set's readers) on `asOf`
   * (an instant, or an Asia/Shanghai date), in rule order — only the first under a `firstHit` set.
   */
  evaluate(source: S, asOf: string): RuleResult[];
  /**
   * The index in the set's rules of the first rule that holds, or -1: a first-hit table's
   * answer (a dues band) with nothing built, for loops over a whole month of members.
   */
  firstHitIndex(source: S, asOf: string): number;
}

const asText = (value: FactValue): string => (Array.isArray(value) ? value.join('、') : String(value ?? ''));

/** A reason template cut once into literal text and fact readers, so filling it is a join. */
function compileTemplate<S>(template: string, readers: FactReaders<S> | undefined): (source: S) => string {
  const parts = template.split(/\{(\w+)\}/).map((part, index) => (index % 2 === 1 ? readerOf(part, readers) : part));
  return (source) => parts.map((part) => (typeof part === 'string' ? part : asText(part(source)))).join('');
}

interface CompiledRule<S> {
  readonly rule: RuleSet['rules'][number];
  readonly test: CompiledCondition<S>;
  readonly reads: readonly (readonly [string, FactReader<S>])[];
  readonly reason: { readonly zh: (source: S) => string; readonly en: (source: S) => string };
}

/**
 * A rule that held, its explanation (the facts it read, the reason filled in) built only when
 * someone reads it: classifying a street needs the categories, a member card the reasons of one.
 * The facts are those of an immutable record on a fixed date, so reading later gives the same.
 */
class ExplainedResult<S> implements RuleResult {
  readonly yields: string;
  readonly label?: LocalizedText;
  readonly ruleId: string;
  readonly ruleSetId: string;
  readonly version: string;
  readonly article?: string;
  readonly source?: string;
  readonly confirmed: boolean;
  readonly #compiled: CompiledRule<S>;
  readonly #source: S;
  #used: Readonly<Record<string, FactValue>> | undefined;
  #reason: LocalizedText | undefined;

  constructor(compiled: CompiledRule<S>, ruleSet: RuleSet, source: S) {
    const { rule } = compiled;
    this.yields = rule.yields;
    if (rule.label) this.label = rule.label;
    this.ruleId = rule.id;
    this.ruleSetId = ruleSet.id;
    this.version = ruleSet.version;
    if (rule.article) this.article = rule.article;
    if (rule.source) this.source = rule.source;
    this.confirmed = rule.confirmed;
    this.#compiled = compiled;
    this.#source = source;
  }

  get facts(): Readonly<Record<string, FactValue>> {
    if (!this.#used) {
      const used: Record<string, FactValue> = {};
      for (const [name, read] of this.#compiled.reads) used[name] = read(this.#source) ?? null;
      this.#used = used;
    }
    return this.#used;
  }

  get reason(): LocalizedText {
    const { zh, en } = this.#compiled.reason;
    this.#reason ??= { 'zh-CN': zh(this.#source), en: en(this.#source) };
    return this.#reason;
  }

  /** Serialised, a result carries its explanation like a plain object would. */
  toJSON(): RuleResult {
    return { ...this, facts: this.facts, reason: this.reason };
  }
}

/**
 * Compiles every rule of the set to a closure, once; evaluating is then a loop over closures.
 * With `readers`, rules read each fact from the source (a member record) by name, and no object
 * of facts is built per source.
 */
export function compileRuleSet<S = Facts>(ruleSet: RuleSet, readers?: FactReaders<S>): CompiledRuleSet<S> {
  const compiled: CompiledRule<S>[] = ruleSet.rules.map((rule) => ({
    rule,
    test: compileCondition(rule.when, ruleSet.tables, readers),
    reads: factsRead(rule.when).map((name) => [name, readerOf(name, readers)] as const),
    reason: { zh: compileTemplate(rule.reason['zh-CN'], readers), en: compileTemplate(rule.reason.en, readers) },
  }));
  const firstHit = ruleSet.policy === 'firstHit';
  // Callers classify a whole street on one date: parse that date once, not per member.
  let lastAsOf = '';
  let context: EvaluationContext | undefined;
  const labels = new Map<string, LocalizedText>();
  for (const { yields, label } of ruleSet.rules) if (label && !labels.has(yields)) labels.set(yields, label);
  return {
    id: ruleSet.id,
    version: ruleSet.version,
    labelOf: (yields) => labels.get(yields),
    yields: [...new Set(ruleSet.rules.map((rule) => rule.yields))],
    evaluate(source, asOf) {
      if (!context || asOf !== lastAsOf) [context, lastAsOf] = [{ asOf: shanghaiDate(asOf) }, asOf];
      const results: RuleResult[] = [];
      for (const each of compiled) {
        if (!each.test(source, context)) continue;
        results.push(new ExplainedResult(each, ruleSet, source));
        if (firstHit) break;
      }
      return results;
    },
    firstHitIndex(source, asOf) {
      if (!context || asOf !== lastAsOf) [context, lastAsOf] = [{ asOf: shanghaiDate(asOf) }, asOf];
      for (let index = 0; index < compiled.length; index++) if (compiled[index]!.test(source, context)) return index;
      return -1;
    },
  };
}
