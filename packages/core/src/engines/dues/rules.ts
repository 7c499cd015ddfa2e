import { defineRule } from '../../kernel/rule.js';
import { ruleSource, ruleTables } from '../../rules/rule-tables.js';
import { duesMessages } from './messages.js';

const table = ruleTables.dues;
const regulation = ruleSource('dues', 'dues2008')!;

/** Where each dues figure comes from: the 2008 regulation, in the version of the vendored table. */
export const duesRegulation = {
  version: table.asOf,
  source: regulation.name,
} as const;

/** The rate categories pay a share of a monthly base: without one there is nothing to apply it to. */
const baseRequired = defineRule({
  id: 'dues.baseRequired',
  ...duesRegulation,
  article: '第一条至第五条',
  confirmed: true,
  label: { 'zh-CN': '按比例交纳须有月收入基数', en: 'A rate needs a monthly base' },
  message: duesMessages.baseRequired,
});

const farmer = table.fixedAmounts.find((entry) => entry.category === 'farmer')!;

/** 农民党员 0.2–1 元, the amount set by the branch (第六条). */
const fixedAmountRange = defineRule({
  id: 'dues.fixedAmountRange',
  ...duesRegulation,
  article: farmer.article,
  confirmed: farmer.confirmed,
  label: { 'zh-CN': '农民党员每月交纳0.2元至1元', en: 'Farmer members pay 0.2–1 yuan a month' },
  message: duesMessages.fixedAmountRange,
});

/** The rules the dues amount applies. */
export const duesAmountRules = { baseRequired, fixedAmountRange };
