import type { LocalizedText } from '@dangjian/core';

/** The element's own words; team names, people's names and refusals come from core and its records. */
export const volunteerHoursMessages = {
  title: { 'zh-CN': '志愿服务时长（{from} 至 {to} 前）', en: 'Volunteer hours ({from} up to {to})' },
  loading: { 'zh-CN': '正在加载…', en: 'Loading…' },
  teams: { 'zh-CN': '志愿服务队', en: 'Teams' },
  volunteers: { 'zh-CN': '志愿者', en: 'Volunteers' },
  team: { 'zh-CN': '服务队', en: 'Team' },
  people: { 'zh-CN': '人数', en: 'People' },
  entries: { 'zh-CN': '记录', en: 'Records' },
  time: { 'zh-CN': '时长', en: 'Time' },
  name: { 'zh-CN': '姓名', en: 'Name' },
  resident: { 'zh-CN': '（居民）', en: ' (resident)' },
  declared: { 'zh-CN': '（申报人数，无名单）', en: ' (declared headcount, no roster)' },
  total: { 'zh-CN': '合计（{teams} 支队伍）', en: 'Total ({teams} teams)' },
  noHours: { 'zh-CN': '本期没有记录服务时长', en: 'No hours recorded in this period' },
  hoursMinutes: { 'zh-CN': '{hours} 小时 {minutes} 分', en: '{hours} h {minutes} min' },
  record: { 'zh-CN': '登记服务时长', en: 'Record hours' },
  volunteer: { 'zh-CN': '志愿者', en: 'Volunteer' },
  on: { 'zh-CN': '服务日期', en: 'Date' },
  minutes: { 'zh-CN': '分钟', en: 'Minutes' },
  save: { 'zh-CN': '确认登记', en: 'Confirm' },
  saving: { 'zh-CN': '正在保存…', en: 'Saving…' },
  notMinutes: { 'zh-CN': '请输入 1 至 1440 之间的整数分钟', en: 'Enter whole minutes from 1 to 1440' },
  refused: { 'zh-CN': '未能登记：{reason}', en: 'Not recorded: {reason}' },
  saved: { 'zh-CN': '已登记 {minutes} 分钟', en: 'Recorded {minutes} minutes' },
} as const satisfies Record<string, LocalizedText>;
