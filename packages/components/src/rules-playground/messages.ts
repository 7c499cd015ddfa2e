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
  tenantTitle: { 'zh-CN': '本单位的数据', en: 'This tenant’s own data' },
  tenantOrgs: {
    'zh-CN': '按本地规定检查本单位 {judged} 个党组织到 {asOf} 为止的全年组织生活，{changed} 个的结果与全国规定不同',
    en: 'This tenant’s {judged} orgs, their year of meetings to {asOf} judged by the local layer: {changed} differ from the national rules',
  },
  tenant: {
    'zh-CN': '{asOf} 按本地规则判断本社区 {judged} 名党员，{changed} 人的结果与基础规则不同',
    en: 'On {asOf}, {judged} of this tenant’s members judged by the local rules: {changed} differ from the base',
  },
  none: { 'zh-CN': '（无）', en: '(none)' },
  // Meeting cadence: each requirement's periods, held against the minimum.
  period: { 'zh-CN': '{period}：举行 {held} 次，至少 {min} 次', en: '{period}: held {held}, at least {min}' },
  notEnded: { 'zh-CN': '… 未到期', en: '… not ended yet' },
  expectedShort: { 'zh-CN': '预期缺而未缺：{periods}', en: 'Expected short, was not: {periods}' },
  unexpectedShort: { 'zh-CN': '缺而未预期：{periods}', en: 'Short, not expected: {periods}' },
  uncoveredRequirements: { 'zh-CN': '没有用例适用的要求', en: 'Requirements no case applies to' },
  allRequirementsCovered: {
    'zh-CN': '每项要求都至少适用于一个用例',
    en: 'Every requirement applies in at least one case',
  },
  // Points: the ledger lines, vetoes and exclusions, totals under the base and the edit.
  mismatch: { 'zh-CN': '{what}：应为 {expected}，实为 {actual}', en: '{what}: expected {expected}, got {actual}' },
  totalWord: { 'zh-CN': '总分', en: 'Total' },
  line: { 'zh-CN': '{on} {item}：{raw} 分 → 计 {points} 分', en: '{on} {item}: {raw} → {points} points' },
  capped: { 'zh-CN': '（超出 {period} 上限 {max} 分）', en: '(over the cap of {max} for {period})' },
  vetoed: { 'zh-CN': '（被 {veto} 否决）', en: '(vetoed by {veto})' },
  noLines: { 'zh-CN': '没有计分记录', en: 'No ledger lines' },
  vetoesAndExclusions: { 'zh-CN': '一票否决与不参加排名', en: 'Vetoes and exclusions' },
  excluded: { 'zh-CN': '不参加排名：{exclusion}', en: 'Not ranked: {exclusion}' },
  unmatched: { 'zh-CN': '没有积分项目计入的事件：第 {events} 条', en: 'Events no item counts: {events}' },
  outsideYear: {
    'zh-CN': '不在评定年度内或晚于评定日的事件：第 {events} 条',
    en: 'Events outside the year of as-of, or after it: {events}',
  },
  uncoveredItems: {
    'zh-CN': '没有用例产生记录的项目、未成立的否决和排除',
    en: 'Items no case gives a line for, vetoes and exclusions that never hold',
  },
  allItemsCovered: {
    'zh-CN': '每个项目、否决和排除都至少被一个用例用到',
    en: 'Every item, veto and exclusion is reached by at least one case',
  },
  totalChanged: {
    'zh-CN': '{name}：基础方案 {before} 分，编辑后 {after} 分',
    en: '{name}: {before} under the base, {after} edited',
  },
} as const satisfies Record<string, LocalizedText>;
