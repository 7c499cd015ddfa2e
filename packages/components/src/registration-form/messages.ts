import type { LocalizedText } from '@dangjian/core';

/** The 双报到 form's words. */
export const registrationMessages = {
  title: { 'zh-CN': '在职党员到社区报到（双报到）', en: 'Report to the residence community' },
  loading: { 'zh-CN': '正在加载…', en: 'Loading…' },
  community: { 'zh-CN': '报到社区党组织', en: 'Community Party organisation' },
  choose: { 'zh-CN': '请选择', en: 'Choose' },
  posts: { 'zh-CN': '认领岗位', en: 'Posts' },
  noPosts: { 'zh-CN': '该社区暂无可认领的岗位', en: 'This community has no posts to claim' },
  registeredOn: { 'zh-CN': '报到日期', en: 'Reported on' },
  employerOrgName: { 'zh-CN': '所在单位党组织', en: "Employer's Party organisation" },
  employerHint: { 'zh-CN': '用于向单位党组织反馈服务情况（双向反馈）', en: 'The community reports service back to it' },
  submit: { 'zh-CN': '提交报到', en: 'Report' },
  submitting: { 'zh-CN': '正在提交…', en: 'Reporting…' },
  required: { 'zh-CN': '请填写{field}', en: 'Enter {field}' },
  invalidDate: { 'zh-CN': '日期格式应为 YYYY-MM-DD', en: 'Use the form YYYY-MM-DD' },
  errorsFound: { 'zh-CN': '有 {count} 处需要修改', en: '{count} fields need attention' },
  failed: { 'zh-CN': '报到未成功：{reason}', en: 'Not reported: {reason}' },
  done: { 'zh-CN': '已报到到“{community}”', en: 'Reported to “{community}”' },
} as const satisfies Record<string, LocalizedText>;
