import { defineRule } from '../../kernel/rule.js';
import { meetingMessages } from './messages.js';

/** The optional review chain (branch submits → higher org approves or returns), as the kit runs it. */
const reviewChain = { version: '1', source: '党建套件组织生活审核流程', confirmed: true } as const;

const submitOnce = defineRule({
  id: 'meetings.review.submitFromDraft',
  ...reviewChain,
  label: { 'zh-CN': '未报送或被退回的记录才能报送', en: 'Only a draft or returned record is submitted' },
  message: meetingMessages.notSubmittable,
});

const decideSubmitted = defineRule({
  id: 'meetings.review.decideSubmitted',
  ...reviewChain,
  label: { 'zh-CN': '只审核已报送的记录', en: 'Only a submitted record is approved or returned' },
  message: meetingMessages.notSubmitted,
});

const higherOrgReviews = defineRule({
  id: 'meetings.review.higherOrg',
  ...reviewChain,
  label: { 'zh-CN': '由上级党组织审核', en: 'A higher org reviews the record' },
  message: meetingMessages.ownRecord,
});

export const meetingRules = { submitOnce, decideSubmitted, higherOrgReviews };
