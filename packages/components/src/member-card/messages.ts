import type { LocalizedText } from '@dangjian/core';

/** The member card's own words. */
export const memberCardMessages = {
  loading: { 'zh-CN': '正在加载党员信息…', en: 'Loading the member…' },
  notFound: { 'zh-CN': '未找到该党员', en: 'Member not found' },
  gender: { 'zh-CN': '性别', en: 'Gender' },
  birthDate: { 'zh-CN': '出生日期', en: 'Born' },
  age: { 'zh-CN': '{age} 岁', en: '{age} years' },
  stage: { 'zh-CN': '党员类别', en: 'Stage' },
  idNumber: { 'zh-CN': '公民身份号码', en: 'ID number' },
  phone: { 'zh-CN': '联系电话', en: 'Phone' },
  employer: { 'zh-CN': '工作单位', en: 'Employer' },
  skills: { 'zh-CN': '特长', en: 'Skills' },
  org: { 'zh-CN': '所在党组织', en: 'Party organisation' },
  relationOrg: { 'zh-CN': '组织关系所在', en: 'Membership held at' },
  managingOrg: { 'zh-CN': '日常管理', en: 'Managed by' },
  dual: { 'zh-CN': '双重管理', en: 'Dual management' },
  categories: { 'zh-CN': '分类', en: 'Categories' },
  care: { 'zh-CN': '关爱帮扶', en: 'Care' },
  none: { 'zh-CN': '无', en: 'None' },
  rule: { 'zh-CN': '规则 {id}（{version} 版）', en: 'rule {id}, version {version}' },
  unmask: { 'zh-CN': '显示完整号码', en: 'Show full numbers' },
  mask: { 'zh-CN': '隐藏号码', en: 'Mask numbers' },
} as const satisfies Record<string, LocalizedText>;
