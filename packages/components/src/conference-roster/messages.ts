import type { Cadence, LocalizedText } from '@dangjian/core';

/** The roster's own words; findings (a missed period, a chair out of turn) come from core's engine. */
export const rosterMessages = {
  loading: { 'zh-CN': '正在加载联席会议…', en: 'Loading the joint conference…' },
  notFound: { 'zh-CN': '找不到联席会议“{id}”', en: 'No joint conference “{id}”' },
  noConference: { 'zh-CN': '请指定联席会议（conference-id）', en: 'No conference chosen (conference-id)' },
  convenedBy: { 'zh-CN': '召集单位：{org}', en: 'Convened by {org}' },
  cadence: { 'zh-CN': '{cadence}召开', en: 'Meets {cadence}' },
  memberCount: { 'zh-CN': '成员单位 {count} 个', en: '{count} member units' },
  currentChair: {
    'zh-CN': '本期（{period}）轮值会长单位：{chair}',
    en: 'Rotating chair this period ({period}): {chair}',
  },
  attention: { 'zh-CN': '需要关注', en: 'Needs attention' },
  views: { 'zh-CN': '联席会议内容', en: 'Joint conference' },
  members: { 'zh-CN': '成员单位', en: 'Member units' },
  timeline: { 'zh-CN': '轮值安排', en: 'Rotating chair' },
  agreements: { 'zh-CN': '共建协议', en: 'Agreements' },
  turn: { 'zh-CN': '轮值第 {turn} 位', en: 'Chair turn {turn}' },
  chairNow: { 'zh-CN': '本期轮值会长', en: 'Chairs this period' },
  partTimeMember: { 'zh-CN': '兼职委员：{person}（{org}）', en: 'Part-time committee member: {person} ({org})' },
  noPartTimeMember: { 'zh-CN': '暂无兼职委员', en: 'No part-time committee member' },
  periodRange: { 'zh-CN': '{start} 至 {end}', en: '{start} to {end}' },
  chair: { 'zh-CN': '轮值会长单位：{chair}', en: 'Chair: {chair}' },
  held: { 'zh-CN': '已召开', en: 'Held' },
  heldOn: { 'zh-CN': '{date} 召开', en: 'Held on {date}' },
  missed: { 'zh-CN': '未召开', en: 'Missed' },
  current: { 'zh-CN': '本期', en: 'This period' },
  currentPending: { 'zh-CN': '本期，尚未召开', en: 'This period, not yet held' },
  upcoming: { 'zh-CN': '待召开', en: 'Upcoming' },
  actualChair: { 'zh-CN': '实际主持：{chair}', en: 'Actually chaired by {chair}' },
  noAgreements: { 'zh-CN': '{year} 年成员单位没有签订协议', en: 'No member unit agreements for {year}' },
  agreementTitle: { 'zh-CN': '{unit} · {kind}（{year} 年）', en: '{unit} · {kind} ({year})' },
  signedOn: { 'zh-CN': '{date} 签订', en: 'Signed {date}' },
  assessedOn: { 'zh-CN': '{date} 考核', en: 'Assessed {date}' },
  notAssessed: { 'zh-CN': '尚未考核', en: 'Not yet assessed' },
  target: { 'zh-CN': '目标', en: 'Target' },
  achieved: { 'zh-CN': '完成', en: 'Achieved' },
  progress: { 'zh-CN': '完成情况', en: 'Progress' },
  measure: { 'zh-CN': '指标', en: 'Measure' },
  notReported: { 'zh-CN': '未填报', en: 'Not reported' },
  progressLabel: {
    'zh-CN': '{measure}：完成 {achieved}/{target} {unit}',
    en: '{measure}: {achieved} of {target} {unit}',
  },
} as const satisfies Record<string, LocalizedText>;

export const agreementKindLabels: Readonly<Record<'coBuilding' | 'responsibility', LocalizedText>> = {
  coBuilding: { 'zh-CN': '共驻共建协议', en: 'co-building agreement' },
  responsibility: { 'zh-CN': '目标责任书', en: 'responsibility pledge' },
};

export const cadenceLabels: Readonly<Record<Cadence, LocalizedText>> = {
  monthly: { 'zh-CN': '每月', en: 'monthly' },
  quarterly: { 'zh-CN': '每季度', en: 'quarterly' },
  halfYearly: { 'zh-CN': '每半年', en: 'every half year' },
  yearly: { 'zh-CN': '每年', en: 'yearly' },
};
