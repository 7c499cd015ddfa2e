import { defineMessages } from '../i18n/define-messages.js';

/** What a points scheme's own checks say when a portal's scheme does not hold together. */
export const scoreSchemeMessages = defineMessages('scoreScheme', {
  duplicateId: {
    'zh-CN': '积分细则中的编号“{id}”重复',
    en: 'The id "{id}" appears twice in the points scheme',
  },
  kindsOnlyForMeetings: {
    'zh-CN': '只有“参加组织生活”类积分项目可以限定会议类型',
    en: 'Only a meeting-attendance item names meeting kinds',
  },
  awardersForManual: {
    'zh-CN': '人工加分项目须写明可以加分的角色',
    en: 'A manual award item names the roles that may award it',
  },
  capBelowPoints: {
    'zh-CN': '每期上限 {max} 分低于单次分值 {points} 分，此项目永远拿不满一次',
    en: 'The cap of {max} per period is below the {points} points one occurrence gives',
  },
});
