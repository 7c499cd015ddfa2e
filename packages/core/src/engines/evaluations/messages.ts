import { defineMessages } from '../../i18n/define-messages.js';

/** What an evaluation round says when it refuses a step or finds something in the results. */
export const evaluationMessages = defineMessages('evaluation', {
  oneRoundPerYear: {
    'zh-CN': '“{org}”{year} 年的“{scheme}”已有评议“{id}”',
    en: '"{org}" already has a round "{id}" of "{scheme}" for {year}',
  },
  notNow: {
    'zh-CN': '评议“{id}”当前{state}，不能{step}',
    en: 'The round "{id}" is {state}: it cannot be {step}',
  },
  unknownRaterKind: {
    'zh-CN': '方案“{scheme}”没有评议主体“{kind}”',
    en: 'The scheme "{scheme}" has no rater kind "{kind}"',
  },
  selfOnlyForSelf: {
    'zh-CN': '自评只评价本人：“{rater}”不能自评“{subject}”',
    en: 'A self-rating rates oneself only: "{rater}" cannot self-rate "{subject}"',
  },
  raterNotTakingPart: {
    'zh-CN': '“{rater}”不能作为“{kind}”参加本次评议',
    en: '"{rater}" cannot rate as "{kind}" in this round',
  },
  peerNotSelf: {
    'zh-CN': '互评不评价本人（“{rater}”）',
    en: 'A peer does not rate themself ("{rater}")',
  },
  ratesOnce: {
    'zh-CN': '“{rater}”已作为“{kind}”评价过“{subject}”',
    en: '"{rater}" already rated "{subject}" as "{kind}"',
  },
  notInRound: {
    'zh-CN': '“{subject}”不是本次评议的对象',
    en: '"{subject}" is not a subject of this round',
  },
  notRated: {
    'zh-CN': '“{subject}”参加评议但不评定等次（如预备党员）',
    en: '"{subject}" takes part but is not rated (a probationary member, say)',
  },
  wrongMark: {
    'zh-CN': '本方案的评价填写{marking}：“{subject}”的评价不符',
    en: 'This scheme takes a {marking} per subject: the mark for "{subject}" is not one',
  },
  overrideNeedsReason: {
    'zh-CN': '“{subject}”评定为“{rating}”，测评结果为“{computed}”，须说明理由',
    en: '"{subject}" rated "{rating}" where the results give "{computed}": a reason is needed',
  },
  decidesOwnRating: {
    'zh-CN': '不能评定本人（“{subject}”）的等次，应由支部其他负责人或党员大会评定',
    en: 'Nobody decides their own rating ("{subject}"): another of the branch\'s officers or the assembly does',
  },
  unknownFollowUp: {
    'zh-CN': '“{subject}”评定为“{rating}”，方案没有“{followUp}”这项后续处理',
    en: '"{subject}" is rated "{rating}": the scheme names no follow-up "{followUp}" for it',
  },
  excellentOver: {
    'zh-CN': '优秀 {excellent} 名，占评定等次的 {rated} 名，超过 {num}/{den}',
    en: '{excellent} rated excellent out of {rated} rated: more than {num}/{den}',
  },
  notRatedGiven: {
    'zh-CN': '“{subject}”参加评议但不评定等次，却评定为“{rating}”',
    en: '"{subject}" takes part but is not rated, yet is rated "{rating}"',
  },
  raterKindsMissing: {
    'zh-CN': '“{subject}”缺少{kinds}的评价，得分按已有评价的权重计算',
    en: '"{subject}" has no marks from {kinds}: the score weighs only the kinds present',
  },
  followUpDue: {
    'zh-CN': '“{subject}”评定为“{rating}”，“{followUp}”尚未办理',
    en: '"{subject}" is rated "{rating}": "{followUp}" is not yet done',
  },
});
