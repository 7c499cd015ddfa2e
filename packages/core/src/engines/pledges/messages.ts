import { defineMessages } from '../../i18n/define-messages.js';

/** What the pledge lifecycle and its report say. */
export const pledgeMessages = defineMessages('pledge', {
  notNow: {
    'zh-CN': '承诺当前为“{state}”，不能{step}',
    en: 'The pledge is {state}: it cannot be {step}',
  },
  needsEvidence: {
    'zh-CN': '未报告践诺情况的承诺只能评定为“未践诺”',
    en: 'A pledge with no fulfilment reported can only be assessed as not kept',
  },
  dueBeforeMade: {
    'zh-CN': '承诺期限 {dueOn} 早于作出承诺的日期 {madeOn}',
    en: 'The pledge is due on {dueOn}, before it was made on {madeOn}',
  },
  postNotHeld: {
    'zh-CN': '依岗承诺须先认领岗位“{post}”',
    en: 'A pledge on the post "{post}" needs the member to hold it',
  },
  overdue: {
    'zh-CN': '{name}的承诺“{text}”已于 {dueOn} 到期，逾期 {days} 天未报告践诺情况',
    en: '{name}\'s pledge "{text}" was due on {dueOn}: {days} day(s) overdue with no fulfilment reported',
  },
});
