import type { LocalizedText } from '@dangjian/core';

/** The rules playground's own words; rule names and outcomes come from the rule set itself. */
export const rulesPlaygroundMessages = {
  title: { 'zh-CN': '规则试验台', en: 'Rules playground' },
  ruleSet: { 'zh-CN': '规则集（JSON）', en: 'Rule set (JSON)' },
  cases: { 'zh-CN': '测试用例（JSON）', en: 'Test cases (JSON)' },
  run: { 'zh-CN': '运行用例', en: 'Run the cases' },
  export: { 'zh-CN': '导出规则集', en: 'Export the rule set' },
  notJson: { 'zh-CN': '不是有效的 JSON：{reason}', en: 'Not valid JSON: {reason}' },
  issue: { 'zh-CN': '{path}：{message}', en: '{path}: {message}' },
  summary: { 'zh-CN': '{passed} / {total} 个用例通过', en: '{passed} of {total} cases pass' },
  passed: { 'zh-CN': '通过', en: 'Passes' },
  failed: { 'zh-CN': '未通过', en: 'Fails' },
  missing: { 'zh-CN': '应得未得：{yields}', en: 'Expected, not yielded: {yields}' },
  unexpected: { 'zh-CN': '不应得而得：{yields}', en: 'Yielded, not expected: {yields}' },
  fired: { 'zh-CN': '命中', en: 'fired' },
  notFired: { 'zh-CN': '未命中', en: 'did not fire' },
  shadowed: { 'zh-CN': '成立，但已由 {rule} 先命中', en: 'held, but {rule} fired first' },
  holds: { 'zh-CN': '✓ 成立', en: '✓ holds' },
  fails: { 'zh-CN': '✗ 不成立', en: '✗ fails' },
  read: { 'zh-CN': '读取 {fact} = {value}', en: 'read {fact} = {value}' },
  uncovered: { 'zh-CN': '没有用例命中的规则', en: 'Rules no case fires' },
  allCovered: { 'zh-CN': '每条规则都至少被一个用例命中', en: 'Every rule fires in at least one case' },
  changes: {
    'zh-CN': '本地规则相对全国基础规则改变的结果',
    en: 'Outcomes the local layer changed against the national base',
  },
  noChanges: { 'zh-CN': '本地规则未改变任何用例的结果', en: 'The local layer changes no case’s outcome' },
  added: { 'zh-CN': '新增：{yields}', en: 'Added: {yields}' },
  removed: { 'zh-CN': '去掉：{yields}', en: 'Removed: {yields}' },
  tenantTitle: { 'zh-CN': '本社区党员', en: 'This tenant’s members' },
  tenant: {
    'zh-CN': '{asOf} 按本地规则判断本社区 {judged} 名党员，{changed} 人的结果与基础规则不同',
    en: 'On {asOf}, {judged} of this tenant’s members judged by the local rules: {changed} differ from the base',
  },
  none: { 'zh-CN': '（无）', en: '(none)' },
} as const satisfies Record<string, LocalizedText>;
