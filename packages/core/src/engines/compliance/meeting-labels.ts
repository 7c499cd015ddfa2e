import type { LocalizedText } from '../../i18n/locale.js';
import type { MeetingKind } from '../../schema/meeting.js';

/** What each kind of meeting is called, in both languages: findings and components say these. */
export const meetingLabels: Readonly<Record<MeetingKind, LocalizedText>> = {
  assembly: { 'zh-CN': '支部党员大会', en: 'branch assembly' },
  committeeMeeting: { 'zh-CN': '支部委员会会议', en: 'branch committee meeting' },
  groupMeeting: { 'zh-CN': '党小组会', en: 'group meeting' },
  lecture: { 'zh-CN': '党课', en: 'Party lecture' },
  themeDay: { 'zh-CN': '主题党日', en: 'theme day' },
  lifeMeeting: { 'zh-CN': '组织生活会', en: 'organisational life meeting' },
  review: { 'zh-CN': '民主评议党员', en: 'democratic review of members' },
};
