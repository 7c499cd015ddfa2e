import type { LocalizedText } from '@dangjian/core';

/** The contact card's own words; the six fields' names are in fields.ts. */
export const contactCardMessages = {
  title: { 'zh-CN': '联系卡（六个清）', en: 'Contact card' },
  loading: { 'zh-CN': '正在加载联系卡…', en: 'Loading the contact card…' },
  notFound: { 'zh-CN': '未找到该党员', en: 'Member not found' },
  updatedOn: { 'zh-CN': '最近更新', en: 'Last updated' },
  updatedLine: { 'zh-CN': '最近更新：{date}', en: 'Last updated: {date}' },
  never: { 'zh-CN': '从未填写', en: 'Never filled in' },
  empty: { 'zh-CN': '未填写', en: 'Not recorded' },
  overdue: {
    'zh-CN': '已满 {months} 个月未更新，请及时联系',
    en: 'Not updated for {months} months: get in touch',
  },
  edit: { 'zh-CN': '更新联系卡', en: 'Update the card' },
  save: { 'zh-CN': '保存', en: 'Save' },
  saving: { 'zh-CN': '正在保存…', en: 'Saving…' },
  cancel: { 'zh-CN': '取消', en: 'Cancel' },
  saved: { 'zh-CN': '联系卡已保存', en: 'Contact card saved' },
  failed: { 'zh-CN': '保存失败：{reason}', en: 'Not saved: {reason}' },
  dateRequired: { 'zh-CN': '请填写更新日期', en: 'Enter the date of the update' },
} as const satisfies Record<string, LocalizedText>;
