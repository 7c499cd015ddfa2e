import type { LocalizedText } from '@dangjian/core';

/** The form's own words; ratings, rater kinds, the scheme's name and findings come from core. */
export const evaluationFormMessages = {
  loading: { 'zh-CN': '正在载入…', en: 'Loading…' },
  noRound: { 'zh-CN': '没有找到这次评议', en: 'No such evaluation round' },
  noRaterKind: { 'zh-CN': '评议方案没有这个评议主体', en: 'The scheme has no such rater kind' },
  title: { 'zh-CN': '{scheme}测评表（{year} 年）', en: '{scheme} ballot ({year})' },
  rater: { 'zh-CN': '评议人：{rater}（{kind}，权重 {weight}%）', en: 'Rater: {rater} ({kind}, weight {weight}%)' },
  closed: { 'zh-CN': '评议已结束，不能再提交评价', en: 'The round is closed: no more ratings' },
  subjects: { 'zh-CN': '评议对象', en: 'Subjects' },
  score: { 'zh-CN': '{name}的得分（0–100）', en: 'Score for {name} (0–100)' },
  notRated: {
    'zh-CN': '参加评议但不评定等次的 {count} 人（如预备党员）不在表中',
    en: '{count} taking part but not rated (probationary members, say) are not listed',
  },
  marked: { 'zh-CN': '已评 {marked} / {total} 人', en: '{marked} of {total} marked' },
  ifSubmitted: { 'zh-CN': '提交后：{finding}', en: 'Once submitted: {finding}' },
  findingNote: {
    'zh-CN': '这是提醒，不是限制：评价照常提交，由党组织评定时研究',
    en: 'A finding, not a cap: the marks are submitted as given, for the org to weigh when it decides',
  },
  submit: { 'zh-CN': '提交评价', en: 'Submit ratings' },
  saving: { 'zh-CN': '正在提交…', en: 'Submitting…' },
  refused: { 'zh-CN': '未提交。{field}：{reason}', en: 'Not submitted. {field}: {reason}' },
  form: { 'zh-CN': '测评表', en: 'the ballot' },
  submitted: { 'zh-CN': '已提交对 {count} 人的评价', en: 'Ratings for {count} submitted' },
} as const satisfies Record<string, LocalizedText>;
