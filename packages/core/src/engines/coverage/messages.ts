import { defineMessages } from '../../i18n/define-messages.js';

/** Coverage reasons and findings. */
export const coverageMessages = defineMessages('coverage', {
  ownOrg: {
    'zh-CN': '由本单位党组织“{org}”覆盖（单建）',
    en: 'Covered by its own org "{org}" (standalone)',
  },
  jointOrg: {
    'zh-CN': '由联合党支部“{org}”覆盖（联建）',
    en: 'Covered by the joint branch "{org}" (joint)',
  },
  attachedOrg: {
    'zh-CN': '党员挂靠在“{org}”（挂建）',
    en: 'Its members are attached to "{org}" (attached)',
  },
  instructor: {
    'zh-CN': '已选派党建指导员{instructor}（派建），实现工作覆盖',
    en: 'A Party-building instructor, {instructor}, was dispatched (work coverage)',
  },
  blank: {
    'zh-CN': '空白点：既没有党组织，也没有选派党建指导员',
    en: 'Blank spot: no Party organisation and no instructor',
  },
  missingOrg: {
    'zh-CN': '空白点：登记为{formation}，但所指党组织“{orgId}”不存在',
    en: 'Blank spot: recorded as {formation} but the org "{orgId}" does not exist',
  },
  shouldFormBranch: {
    'zh-CN': '“{name}”有 {full} 名正式党员，具备单独建立党支部的条件，目前只有工作覆盖',
    en: '"{name}" has {full} full members and can form its own branch; it only has work coverage',
  },
  jointTooWide: {
    'zh-CN': '联合党支部“{name}”覆盖 {units} 个单位，一般不超过 {max} 个',
    en: 'Joint branch "{name}" covers {units} units; generally no more than {max}',
  },
});
