import { defineRule } from '../../kernel/rule.js';
import { ruleSource, ruleTables } from '../../rules/rule-tables.js';
import { coverageMessages } from './messages.js';

const table = ruleTables.orgThresholds;
const { branch, jointBranch } = table.units;

function cited(entry: { source: string; article: string; confirmed: boolean }) {
  const source = ruleSource('orgThresholds', entry.source);
  const sourceName = source && `${source.name}（${source.year}）`;
  return { version: table.asOf, article: entry.article, confirmed: entry.confirmed, ...(sourceName && { source: sourceName }) };
}

/** The coverage rules of org-thresholds.json. */
export const coverageRules = {
  /** A unit with three full members sets up its own branch (第四条): instructor coverage is not enough. */
  formOwnBranch: defineRule({
    id: 'org.unit.formOwnBranch',
    ...cited(branch),
    label: { 'zh-CN': '单位正式党员三人以上应单独建立党支部', en: 'A unit with three full members sets up its own branch' },
    message: coverageMessages.shouldFormBranch,
  }),
  /** A joint branch generally covers no more than five units. */
  jointBranchMaxUnits: defineRule({
    id: 'org.jointBranch.maxUnits',
    ...cited(jointBranch),
    label: { 'zh-CN': '联合党支部覆盖单位一般不超过五个', en: 'A joint branch generally covers at most five units' },
    message: coverageMessages.jointTooWide,
  }),
};
