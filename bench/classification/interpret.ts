import { memberFacts, shanghaiDate, type Condition, type Facts, type Member, type RuleSet } from '@dangjian/core';

/**
 * The baseline: walk each rule's JSON tree for every member, the way a rules engine without a
 * compile step works. Same semantics as the kit's compiled closures, minus the compiling.
 */
function holds(condition: Condition, facts: Facts, asOf: string, tables: RuleSet['tables']): boolean {
  switch (condition.op) {
    case 'all':
      return condition.of.every((part) => holds(part, facts, asOf, tables));
    case 'any':
      return condition.of.some((part) => holds(part, facts, asOf, tables));
    case 'not':
      return !holds(condition.of, facts, asOf, tables);
    case 'exists': {
      const value = facts[condition.fact];
      return value !== undefined && value !== null && value !== false && !(Array.isArray(value) && value.length === 0);
    }
    case 'range': {
      const value = facts[condition.fact];
      return (
        typeof value === 'number' &&
        (condition.min === undefined || value >= condition.min) &&
        (condition.max === undefined || value <= condition.max)
      );
    }
    case 'compare':
      return condition.cmp === 'eq'
        ? facts[condition.fact] === condition.value
        : facts[condition.fact] !== condition.value;
    case 'lookup': {
      const value = facts[condition.fact];
      const table = tables[condition.table] ?? [];
      return Array.isArray(value) ? value.some((item) => table.includes(item)) : table.includes(value as string);
    }
    case 'withinMonths': {
      const value = facts[condition.fact];
      if (typeof value !== 'string') return false;
      const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
      const from = new Date(Date.UTC(y, m - 1 - condition.months, d)).toISOString().slice(0, 10);
      return value <= asOf && value > from;
    }
  }
}

export function interpretRules(ruleSet: RuleSet, member: Member, asOf: string): string[] {
  const facts = memberFacts(member, shanghaiDate(asOf));
  return ruleSet.rules.filter((rule) => holds(rule.when, facts, asOf, ruleSet.tables)).map((rule) => rule.yields);
}
