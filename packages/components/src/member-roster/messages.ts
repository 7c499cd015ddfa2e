import type { LocalizedText } from '@dangjian/core';

/** The roster's own words; categories, stages and genders come from shared/member-labels. */
export const memberRosterMessages = {
  label: { 'zh-CN': '党员花名册', en: 'Member roster' },
  loading: { 'zh-CN': '正在加载党员…', en: 'Loading members…' },
  empty: { 'zh-CN': '暂无党员', en: 'No members yet' },
  noMatches: { 'zh-CN': '没有符合筛选条件的党员', en: 'No member matches the filters' },
  filters: { 'zh-CN': '筛选', en: 'Filters' },
  category: { 'zh-CN': '分类', en: 'Category' },
  care: { 'zh-CN': '关爱帮扶', en: 'Care' },
  org: { 'zh-CN': '党组织（含下级）', en: 'Organisation (and below)' },
  stage: { 'zh-CN': '党员类别', en: 'Stage' },
  all: { 'zh-CN': '全部', en: 'All' },
  moreOrgs: {
    'zh-CN': '还有 {count} 个党组织，输入名称缩小范围',
    en: '{count} more organisations: type a name to narrow',
  },
  clear: { 'zh-CN': '清除筛选', en: 'Clear filters' },
  count: { 'zh-CN': '共 {count} 名党员', en: '{count} members' },
  sortedBy: { 'zh-CN': '按{column}{direction}排列', en: 'Sorted by {column}, {direction}' },
  ascending: { 'zh-CN': '升序', en: 'ascending' },
  descending: { 'zh-CN': '降序', en: 'descending' },
  unmask: { 'zh-CN': '显示完整证件号码和电话', en: 'Show full ID numbers and phones' },
  mask: { 'zh-CN': '隐藏证件号码和电话', en: 'Mask ID numbers and phones' },
  careChip: { 'zh-CN': '关爱：', en: 'Care: ' },
  rule: { 'zh-CN': '规则 {id}（{version} 版）', en: 'Rule {id} (version {version})' },
  article: { 'zh-CN': '依据：{article}', en: 'Per {article}' },
  none: { 'zh-CN': '无', en: 'None' },
} as const satisfies Record<string, LocalizedText>;
