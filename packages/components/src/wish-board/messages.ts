import type { LocalizedText } from '@dangjian/core';

/** The wish board's own words; state names, counts and refusals come from core. */
export const wishBoardMessages = {
  title: { 'zh-CN': '微心愿', en: 'Wishes' },
  loading: { 'zh-CN': '正在加载微心愿…', en: 'Loading wishes…' },
  column: { 'zh-CN': '{state}（{count}）', en: '{state} ({count})' },
  empty: { 'zh-CN': '暂无', en: 'None' },
  summary: {
    'zh-CN': '{from} 至 {to}：发布 {posted} 个，认领 {claimed} 个，兑现 {fulfilled} 个，帮助居民 {residents} 人',
    en: '{from} to {to}: {posted} posted, {claimed} claimed, {fulfilled} fulfilled, {residents} residents helped',
  },
  expiresOn: { 'zh-CN': '截止 {date}', en: 'until {date}' },
  claimedBy: { 'zh-CN': '认领人：{name}', en: 'claimed by {name}' },
  review: { 'zh-CN': '审核', en: 'Review' },
  publish: { 'zh-CN': '公开', en: 'Publish' },
  claim: { 'zh-CN': '认领', en: 'Claim' },
  cancelClaim: { 'zh-CN': '取消认领', en: 'Release' },
  confirm: { 'zh-CN': '确认兑现', en: 'Confirm fulfilled' },
  refused: { 'zh-CN': '未能完成：{reason}', en: 'Not done: {reason}' },
  saved: { 'zh-CN': '已保存', en: 'Saved' },
} as const satisfies Record<string, LocalizedText>;
