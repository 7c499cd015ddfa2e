import { defineMessages } from '../i18n/define-messages.js';

/** What the entity schemas' own checks say (zod's built-in checks speak through zod's locales). */
export const schemaMessages = defineMessages('schema', {
  unstorableText: {
    'zh-CN': '含有空字符或不成对的代理字符，无法保存',
    en: 'Contains a NUL character or an unpaired surrogate',
  },
  invalidIdNumber: {
    'zh-CN': '不是有效的公民身份号码（18 位，校验码按 GB 11643）',
    en: 'Not a valid citizen ID number (18 characters, GB 11643 check digit)',
  },
  subkindOnlyForCommittee: {
    'zh-CN': '只有党委区分党工委、社区党委、综合党委',
    en: 'Only a committee has a subkind',
  },
  settingNotAllowed: {
    'zh-CN': '{kind}不能采用“{setting}”设置方式',
    en: 'A {kind} cannot have setting "{setting}"',
  },
  functionOnlyForFunctionalBranch: {
    'zh-CN': '只有功能型党支部需要填写功能',
    en: 'Only a functional branch has a function',
  },
  excusedNeedsReason: {
    'zh-CN': '请假须注明原因',
    en: 'An excused absence needs its reason',
  },
  lecturerOnlyForLecture: {
    'zh-CN': '只有党课记录主讲人',
    en: 'Only a lecture (党课) has a lecturer',
  },
});
