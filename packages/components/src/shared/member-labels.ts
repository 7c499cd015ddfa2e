import type { LocalizedText, Stage } from '@dangjian/core';

/** 分类 and 关爱帮扶 as the field reports name them. Rules a portal adds may yield others: see `labelOf`. */
export const classificationLabels: Readonly<Record<string, LocalizedText>> = {
  employed: { 'zh-CN': '在职', en: 'Employed' },
  retired: { 'zh-CN': '离退休', en: 'Retired' },
  unemployed: { 'zh-CN': '未就业', en: 'Unemployed' },
  student: { 'zh-CN': '学生', en: 'Student' },
  farmer: { 'zh-CN': '农民', en: 'Farmer' },
  newSector: { 'zh-CN': '两新组织', en: 'New sector' },
  mobile: { 'zh-CN': '流动', en: 'Mobile' },
  lostContact: { 'zh-CN': '失联', en: 'Lost contact' },
  inTransition: { 'zh-CN': '返迁过渡期', en: 'In transition' },
  resettled: { 'zh-CN': '动迁安置', en: 'Resettled' },
  direct: { 'zh-CN': '直管', en: 'Directly managed' },
  senior: { 'zh-CN': '60岁以上', en: 'Over 60' },
  skilled: { 'zh-CN': '特长', en: 'Skilled' },
  hardship: { 'zh-CN': '困难', en: 'Hardship' },
  elderly: { 'zh-CN': '高龄', en: 'Elderly' },
  jobless: { 'zh-CN': '就业困难', en: 'Job-seeking' },
  ill: { 'zh-CN': '体弱多病', en: 'Ill' },
  disabledOrSubsistence: { 'zh-CN': '残疾低保', en: 'Disabled or on subsistence' },
  emptyNest: { 'zh-CN': '空巢', en: 'Empty nest' },
};

/** A category's or care flag's label; a rule a portal added names its own `yields`, shown as is. */
export function labelOf(yields: string): LocalizedText {
  return classificationLabels[yields] ?? { 'zh-CN': yields, en: yields };
}

/** 入党申请人 → 积极分子 → 发展对象 → 预备党员 → 正式党员 */
export const stageLabels: Readonly<Record<Stage, LocalizedText>> = {
  applicant: { 'zh-CN': '入党申请人', en: 'Applicant' },
  activist: { 'zh-CN': '入党积极分子', en: 'Activist' },
  candidate: { 'zh-CN': '发展对象', en: 'Candidate' },
  probationary: { 'zh-CN': '预备党员', en: 'Probationary' },
  full: { 'zh-CN': '正式党员', en: 'Full member' },
};

export const genderLabels: Readonly<Record<'male' | 'female', LocalizedText>> = {
  male: { 'zh-CN': '男', en: 'Male' },
  female: { 'zh-CN': '女', en: 'Female' },
};
