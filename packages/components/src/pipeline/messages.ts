import type { LocalizedText } from '@dangjian/core';

/** The pipeline's own words; step names, stage names, articles and refusals come from core. */
export const pipelineMessages = {
  title: { 'zh-CN': '{name} 的发展进程', en: 'Development of {name}' },
  loading: { 'zh-CN': '正在加载发展进程…', en: 'Loading the process…' },
  notFound: { 'zh-CN': '未找到该发展进程', en: 'Process not found' },
  stepNumber: { 'zh-CN': '第 {n} 步', en: 'Step {n}' },
  recordedOn: { 'zh-CN': '{date} 完成', en: 'done {date}' },
  nextMark: { 'zh-CN': '下一步', en: 'next' },
  overdueMark: { 'zh-CN': '已逾期', en: 'overdue' },
  next: { 'zh-CN': '下一步：{step}', en: 'Next: {step}' },
  earliest: { 'zh-CN': '最早可于 {date} 进行', en: 'Not before {date}' },
  earliestBecause: { 'zh-CN': '依据：{article}（{source}）', en: 'Rule: {article} ({source})' },
  dueBy: { 'zh-CN': '应于 {date} 前完成（{article}）', en: 'Due by {date} ({article})' },
  probationEnds: { 'zh-CN': '预备期至 {date} 届满', en: 'Probation ends on {date}' },
  complete: { 'zh-CN': '发展程序已全部完成', en: 'Every step is recorded' },
  record: { 'zh-CN': '记录下一步', en: 'Record the next step' },
  on: { 'zh-CN': '日期', en: 'Date' },
  actor: { 'zh-CN': '经办人', en: 'Taken by' },
  people: { 'zh-CN': '人选（正式党员）', en: 'People (full members)' },
  noticeFrom: { 'zh-CN': '公示开始日期', en: 'Public notice from' },
  trainingDays: { 'zh-CN': '集中培训天数', en: 'Training days' },
  save: { 'zh-CN': '记录', en: 'Record' },
  saving: { 'zh-CN': '正在保存…', en: 'Saving…' },
  refused: { 'zh-CN': '未能记录：{reason}', en: 'Not recorded: {reason}' },
  saved: { 'zh-CN': '已记录', en: 'Recorded' },
} as const satisfies Record<string, LocalizedText>;
