import type { LocalizedText } from '@dangjian/core';

/** The post board's own words; post kinds, pledge states, findings and refusals come from core. */
export const postBoardMessages = {
  title: { 'zh-CN': '设岗定责 · 依岗承诺', en: 'Posts and pledges' },
  loading: { 'zh-CN': '正在加载岗位…', en: 'Loading posts…' },
  summary: {
    'zh-CN': '截至 {asOf}：践诺中 {made} 项，待评议 {reported} 项，已评议 {assessed} 项，逾期 {overdue} 项',
    en: 'As of {asOf}: {made} in progress, {reported} awaiting assessment, {assessed} assessed, {overdue} overdue',
  },
  holders: { 'zh-CN': '在岗 {count}/{capacity} 人', en: '{count} of {capacity} holding' },
  holdersOpen: { 'zh-CN': '在岗 {count} 人', en: '{count} holding' },
  nobody: { 'zh-CN': '尚无党员认领', en: 'Nobody holds it yet' },
  area: { 'zh-CN': '责任区：{area}', en: 'Area: {area}' },
  pledges: { 'zh-CN': '承诺', en: 'Pledges' },
  ownPledges: { 'zh-CN': '个人承诺', en: 'Pledges on no post' },
  pledge: { 'zh-CN': '{name}：{text}（{dueOn} 前）', en: '{name}: {text} (by {dueOn})' },
  overdue: { 'zh-CN': '逾期 {days} 天', en: '{days} day(s) overdue' },
  claim: { 'zh-CN': '认领', en: 'Claim' },
  release: { 'zh-CN': '退出', en: 'Leave' },
  claimPost: { 'zh-CN': '认领“{post}”', en: 'Claim "{post}"' },
  releasePost: { 'zh-CN': '退出“{post}”', en: 'Leave "{post}"' },
  refused: { 'zh-CN': '未能完成：{reason}', en: 'Not done: {reason}' },
  saved: { 'zh-CN': '已保存', en: 'Saved' },
} as const satisfies Record<string, LocalizedText>;
