import { defineRule } from '../../kernel/rule.js';
import { memberMessages, registrationMessages } from './messages.js';

const kitDataRule = { version: '1', source: '党建套件数据规则', confirmed: true } as const;

/** One citizen, one record. */
const uniqueIdNumber = defineRule({
  id: 'member.uniqueIdNumber',
  ...kitDataRule,
  label: { 'zh-CN': '一人一条党员记录', en: 'One member record per citizen' },
  message: memberMessages.duplicateIdNumber,
});

/** The ID number encodes the birth date (GB 11643): a record that disagrees with itself is refused. */
const birthDateMatchesIdNumber = defineRule({
  id: 'member.birthDateMatchesIdNumber',
  version: '1999',
  source: 'GB 11643—1999 公民身份号码',
  confirmed: true,
  label: { 'zh-CN': '出生日期与身份证号一致', en: 'The birth date agrees with the ID number' },
  message: memberMessages.birthDateMismatch,
});

/** 双向反馈 goes about the member's own community registration. */
const ownRegistration = defineRule({
  id: 'feedback.ownRegistration',
  ...kitDataRule,
  label: { 'zh-CN': '反馈须对应本人的报到记录', en: 'Feedback is about the member’s own registration' },
  message: registrationMessages.otherMember,
});

/** Every rule the member commands apply. */
export const memberRules = { uniqueIdNumber, birthDateMatchesIdNumber, ownRegistration };
