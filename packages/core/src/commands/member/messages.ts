import { defineMessages } from '../../i18n/define-messages.js';

/** Refusals of the member commands. */
export const memberMessages = defineMessages('member', {
  duplicateIdNumber: {
    'zh-CN': '该公民身份号码已登记在党员“{other}”名下',
    en: 'This ID number is already registered to member "{other}"',
  },
  birthDateMismatch: {
    'zh-CN': '出生日期与公民身份号码中的出生日期不一致',
    en: 'The birth date differs from the one the ID number encodes',
  },
  birthDateMissing: {
    'zh-CN': '缺少出生日期：请填写出生日期或公民身份号码',
    en: 'Birth date missing: give a birth date or an ID number',
  },
});

/** Refusals about community registrations (双报到). */
export const registrationMessages = defineMessages('registration', {
  otherMember: {
    'zh-CN': '报到记录“{registrationId}”属于另一名党员',
    en: 'Registration "{registrationId}" belongs to another member',
  },
});
