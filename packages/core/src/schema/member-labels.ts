import type { LocalizedText } from '../i18n/locale.js';
import type { Member, Stage } from './member.js';

/** 入党申请人 → 积极分子 → 发展对象 → 预备党员 → 正式党员: what every list and card calls a stage. */
export const stageLabels: Readonly<Record<Stage, LocalizedText>> = {
  applicant: { 'zh-CN': '入党申请人', en: 'Applicant' },
  activist: { 'zh-CN': '入党积极分子', en: 'Activist' },
  candidate: { 'zh-CN': '发展对象', en: 'Candidate' },
  probationary: { 'zh-CN': '预备党员', en: 'Probationary' },
  full: { 'zh-CN': '正式党员', en: 'Full member' },
};

export const genderLabels: Readonly<Record<Member['gender'], LocalizedText>> = {
  male: { 'zh-CN': '男', en: 'Male' },
  female: { 'zh-CN': '女', en: 'Female' },
};
