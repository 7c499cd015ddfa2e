import { defineMessages } from '../i18n/define-messages.js';

/** What an evaluation scheme's own checks say: a portal edits schemes as data, so each names its path. */
export const evaluationSchemeMessages = defineMessages('evaluationScheme', {
  weightsNotHundred: {
    'zh-CN': '各评议主体的权重之和应为 100，现为 {sum}',
    en: 'The rater weights should add up to 100; they add up to {sum}',
  },
  duplicateRaterKind: {
    'zh-CN': '评议主体“{kind}”重复',
    en: 'The rater kind "{kind}" appears twice',
  },
  oneSelfRater: {
    'zh-CN': '只能有一个自评主体',
    en: 'There is one self-rating kind at most',
  },
  lastBandCatchesAll: {
    'zh-CN': '最后一个档次不能带条件，保证每个对象都有结果',
    en: 'The last band takes no condition, so every subject gets a rating',
  },
  shareNeedsGrades: {
    'zh-CN': '按票数比例定档只适用于按等次投票的方案',
    en: 'A vote-share band needs a scheme whose raters mark grades',
  },
  gradePointsNeeded: {
    'zh-CN': '按等次投票的方案须规定每个等次折合的分数',
    en: 'A scheme whose raters mark grades needs the points of each grade',
  },
  fractionOverOne: {
    'zh-CN': '比例 {num}/{den} 大于 1',
    en: 'The fraction {num}/{den} is more than one',
  },
  participantsOfKind: {
    'zh-CN': '评议党员的方案须列出参加和评定等次的党员阶段；考评党组织的方案须列出党组织类别',
    en: 'A member scheme lists the stages taking part and rated; an org scheme lists the org kinds',
  },
  ratedTakePart: {
    'zh-CN': '评定等次的阶段“{stage}”须在参加评议的阶段之中',
    en: 'The rated stage "{stage}" must be among the stages taking part',
  },
  duplicateFollowUp: {
    'zh-CN': '后续处理“{id}”重复',
    en: 'The follow-up "{id}" appears twice',
  },
  schemeOfOtherKind: {
    'zh-CN': '所给方案评议的对象类别与本次评议不同',
    en: 'The scheme given rates another kind of subject than this round',
  },
  oneMark: {
    'zh-CN': '每个评议对象填写一个等次或一个分数',
    en: 'Each mark is either a grade or a score',
  },
});
