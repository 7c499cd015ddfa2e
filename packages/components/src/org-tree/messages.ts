import type { LocalizedText } from '@dangjian/core';

/** The org tree's own words; org kinds come from core's `orgKindLabels`. */
export const orgTreeMessages = {
  label: { 'zh-CN': '党组织架构', en: 'Party organisations' },
  empty: { 'zh-CN': '暂无党组织', en: 'No Party organisations yet' },
  loading: { 'zh-CN': '正在加载党组织…', en: 'Loading Party organisations…' },
} as const satisfies Record<string, LocalizedText>;
