import { defineRule } from '../../kernel/rule.js';
import { pledgeMessages } from './messages.js';

/** 依岗承诺 and 践诺评议 follow local practice (公开承诺、践诺、评诺): the kit's own rules. */
const local = { version: '1', source: '党员公开承诺践诺评诺机制（本地）', confirmed: true } as const;

/** Rules the pledge commands refuse under. */
export const pledgeRules = {
  lifecycle: defineRule({
    id: 'pledge.lifecycle',
    ...local,
    label: {
      'zh-CN': '承诺按作出、报告践诺、评议的顺序办理',
      en: 'A pledge goes made, fulfilment reported, assessed',
    },
    message: pledgeMessages.notNow,
  }),
  evidenceBeforeAssessment: defineRule({
    id: 'pledge.evidenceBeforeAssessment',
    ...local,
    label: {
      'zh-CN': '评定践诺须先报告践诺情况',
      en: 'A pledge is assessed kept only on reported fulfilment',
    },
    message: pledgeMessages.needsEvidence,
  }),
  dueNotBeforeMade: defineRule({
    id: 'pledge.dueNotBeforeMade',
    ...local,
    label: { 'zh-CN': '承诺期限不早于作出日期', en: 'A pledge is not due before it is made' },
    message: pledgeMessages.dueBeforeMade,
  }),
  onHeldPost: defineRule({
    id: 'pledge.onHeldPost',
    ...local,
    label: { 'zh-CN': '依岗承诺须在本人认领的岗位上', en: 'A pledge on a post is made by one of its holders' },
    message: pledgeMessages.postNotHeld,
  }),
};

/** The rule the pledge report finds under. */
export const pledgeReportRules = {
  overdue: defineRule({
    id: 'pledge.overdue',
    ...local,
    label: {
      'zh-CN': '承诺到期须报告践诺情况',
      en: 'A pledge past its due date needs its fulfilment reported',
    },
    message: pledgeMessages.overdue,
  }),
};
