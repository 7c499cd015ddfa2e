import type { LocalizedText } from '@dangjian/core';

/** The calendar's own words; meeting kinds and findings come from core. */
export const meetingCalendarMessages = {
  label: { 'zh-CN': '组织生活日历：{name}', en: 'Organisational life calendar: {name}' },
  loading: { 'zh-CN': '正在加载组织生活情况…', en: 'Loading organisational life…' },
  noOrg: { 'zh-CN': '请选择一个组织', en: 'Choose an organisation' },
  noRows: { 'zh-CN': '该组织及其下级没有需要召开的会议', en: 'No meetings are required of this organisation or below' },
  orgColumn: { 'zh-CN': '组织 / 会议', en: 'Organisation / meeting' },
  rowLabel: { 'zh-CN': '{kind}（{cadence}至少 {min} 次）', en: '{kind} ({cadence}, at least {min})' },
  secretaryLecture: { 'zh-CN': '书记讲党课', en: "Secretary's Party lecture" },
  cell: { 'zh-CN': '{period}：已开 {held} 次，应开 {required} 次', en: '{period}: {held} held of {required} required' },
  cellOpen: { 'zh-CN': '（未到期）', en: ' (not over yet)' },
  cellMissing: { 'zh-CN': '缺', en: '✗' },
  findings: { 'zh-CN': '提示 {count} 条', en: '{count} findings' },
  summary: {
    'zh-CN': '{orgs} 个组织，{findings} 条提示',
    en: '{orgs} organisations, {findings} findings',
  },
  viewMonth: { 'zh-CN': '按月', en: 'By month' },
  viewQuarter: { 'zh-CN': '按季度', en: 'By quarter' },
  view: { 'zh-CN': '显示方式', en: 'View' },
  previous: { 'zh-CN': '上一页', en: 'Previous page' },
  next: { 'zh-CN': '下一页', en: 'Next page' },
  page: { 'zh-CN': '第 {page} / {pages} 页', en: 'Page {page} of {pages}' },
  detail: { 'zh-CN': '所选单元格', en: 'Chosen cell' },
  noFindings: { 'zh-CN': '该期间没有提示', en: 'No findings for this period' },
  article: { 'zh-CN': '依据：{source}{article}（{version}）', en: 'Rule: {source} {article} ({version})' },
  unconfirmed: { 'zh-CN': '（条款待确认）', en: ' (article unconfirmed)' },
  withoutOrgLife: {
    'zh-CN': '{count} 名党员长期未参加组织生活或无记录',
    en: '{count} members without org life for months, or with no record',
  },
} as const satisfies Record<string, LocalizedText>;
