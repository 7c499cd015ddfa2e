import { defineMessages } from '../../i18n/define-messages.js';

/** Refusals of the meeting commands and of the review chain. */
export const meetingMessages = defineMessages('meeting', {
  notSubmittable: {
    'zh-CN': '“{topic}”的记录当前为“{state}”，只有未报送或被退回的记录可以报送',
    en: 'The record of "{topic}" is {state}: only a record not yet submitted, or returned, can be submitted',
  },
  notSubmitted: {
    'zh-CN': '“{topic}”的记录当前为“{state}”，只有已报送的记录可以审核',
    en: 'The record of "{topic}" is {state}: only a submitted record can be approved or returned',
  },
  ownRecord: {
    'zh-CN': '“{topic}”由本组织召开，须由上级党组织审核',
    en: '"{topic}" was held by the actor\'s own org: a higher org reviews it',
  },
});

/** How each review state reads in a message. */
export const reviewStateLabels = {
  none: { 'zh-CN': '未报送', en: 'not submitted' },
  submitted: { 'zh-CN': '已报送', en: 'submitted' },
  approved: { 'zh-CN': '已审核通过', en: 'approved' },
  returned: { 'zh-CN': '已退回', en: 'returned' },
} as const;
