import type { LocalizedText } from '@dangjian/core';

/** The coverage board's own words; coverage reasons and findings come from core's engine. */
export const coverageBoardMessages = {
  label: { 'zh-CN': '党的组织和工作覆盖', en: 'Party coverage of units' },
  loading: { 'zh-CN': '正在加载单位覆盖情况…', en: 'Loading unit coverage…' },
  total: { 'zh-CN': '单位总数', en: 'Units' },
  filter: { 'zh-CN': '按覆盖方式筛选', en: 'Filter by formation' },
  all: { 'zh-CN': '全部', en: 'All' },
  noBlankSpots: {
    'zh-CN': '没有空白点：每个单位都已实现组织覆盖或工作覆盖',
    en: 'No blank spots: every unit has organisation or work coverage',
  },
  noneInSection: { 'zh-CN': '无', en: 'None' },
  filteredOut: { 'zh-CN': '（已按覆盖方式筛选）', en: ' (filtered by formation)' },
  otherFindings: { 'zh-CN': '其他提示', en: 'Other findings' },
} as const satisfies Record<string, LocalizedText>;
