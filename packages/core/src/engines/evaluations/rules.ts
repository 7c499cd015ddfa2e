import { defineRule } from '../../kernel/rule.js';
import { evaluationMessages } from './messages.js';

/** How the kit runs a round (open → ballots → close → decide → follow-ups): its own rules. */
const kit = { version: '1', source: '党建套件民主评议流程', confirmed: true } as const;

/** The procedure of meetings.json `review`: self, peer and democratic polling; article unconfirmed. */
const review = {
  version: '2018',
  source: '中国共产党支部工作条例（试行）',
  article: '第十九条',
  confirmed: false,
} as const;

/** Rules the evaluation commands refuse under. */
export const evaluationRules = {
  oneRoundPerYear: defineRule({
    id: 'evaluation.oneRoundPerYear',
    ...review,
    label: { 'zh-CN': '每年评议一次', en: 'One round a year' },
    message: evaluationMessages.oneRoundPerYear,
  }),
  lifecycle: defineRule({
    id: 'evaluation.lifecycle',
    ...kit,
    label: {
      'zh-CN': '评议中提交评价，结束后评定等次和登记后续处理',
      en: 'Ratings while open; decisions and follow-ups once closed',
    },
    message: evaluationMessages.notNow,
  }),
  raterKindOfScheme: defineRule({
    id: 'evaluation.raterKindOfScheme',
    ...kit,
    label: { 'zh-CN': '评议主体由方案规定', en: 'The scheme names the rater kinds' },
    message: evaluationMessages.unknownRaterKind,
  }),
  selfOnlyForSelf: defineRule({
    id: 'evaluation.selfOnlyForSelf',
    ...review,
    label: { 'zh-CN': '自评只评价本人', en: 'A self-rating rates oneself' },
    message: evaluationMessages.selfOnlyForSelf,
  }),
  raterTakesPart: defineRule({
    id: 'evaluation.raterTakesPart',
    ...review,
    label: {
      'zh-CN': '自评、互评由参加评议者进行，组织评价由本组织进行',
      en: 'Self and peer ratings come from those taking part; the organisation rating from the org',
    },
    message: evaluationMessages.raterNotTakingPart,
  }),
  peerNotSelf: defineRule({
    id: 'evaluation.peerNotSelf',
    ...review,
    label: { 'zh-CN': '互评不评价本人', en: 'Peers rate others' },
    message: evaluationMessages.peerNotSelf,
  }),
  ratesOnce: defineRule({
    id: 'evaluation.ratesOnce',
    ...kit,
    label: { 'zh-CN': '每个评议者对每个对象评价一次', en: 'A rater rates each subject once' },
    message: evaluationMessages.ratesOnce,
  }),
  subjectInRound: defineRule({
    id: 'evaluation.subjectInRound',
    ...kit,
    label: { 'zh-CN': '只评价本次评议的对象', en: 'Only the round’s subjects are rated' },
    message: evaluationMessages.notInRound,
  }),
  notRated: defineRule({
    id: 'evaluation.probationaryNotRated',
    version: '1989',
    source: '关于建立民主评议党员制度的意见（中共中央组织部，1989年）',
    confirmed: false,
    label: { 'zh-CN': '预备党员参加评议，不评定等次', en: 'Probationary members take part but are not rated' },
    message: evaluationMessages.notRated,
  }),
  markOfScheme: defineRule({
    id: 'evaluation.markOfScheme',
    ...kit,
    label: { 'zh-CN': '按方案填写等次或分数', en: 'Marks are grades or scores as the scheme says' },
    message: evaluationMessages.wrongMark,
  }),
  overrideNeedsReason: defineRule({
    id: 'evaluation.overrideNeedsReason',
    ...review,
    label: {
      'zh-CN': '组织评定与测评结果不同须说明理由',
      en: 'A rating other than the results’ needs a reason',
    },
    message: evaluationMessages.overrideNeedsReason,
  }),
  notForSelf: defineRule({
    id: 'evaluation.notForSelf',
    ...kit,
    label: { 'zh-CN': '不能评定本人的等次', en: 'Nobody decides their own rating' },
    message: evaluationMessages.decidesOwnRating,
  }),
  followUpOfRating: defineRule({
    id: 'evaluation.followUpOfRating',
    ...kit,
    label: { 'zh-CN': '后续处理按评定等次由方案规定', en: 'The scheme names the follow-ups of each rating' },
    message: evaluationMessages.unknownFollowUp,
  }),
};

/** Rules the evaluation report finds under; a scheme's own figure and citation ride on each finding. */
export const evaluationReportRules = {
  excellentShare: defineRule({
    id: 'evaluation.excellentShare',
    version: '1',
    source: '本地民主评议党员办法',
    confirmed: false,
    label: { 'zh-CN': '优秀一般不超过评定等次人数的三分之一', en: 'Excellent generally for a third at most' },
    message: evaluationMessages.excellentOver,
  }),
  notRatedGiven: defineRule({
    id: 'evaluation.notRatedGiven',
    version: '1989',
    source: '关于建立民主评议党员制度的意见（中共中央组织部，1989年）',
    confirmed: false,
    label: { 'zh-CN': '不评定等次的参加者没有等次', en: 'Those not rated get no rating' },
    message: evaluationMessages.notRatedGiven,
  }),
  raterKindsMissing: defineRule({
    id: 'evaluation.raterKindsMissing',
    ...review,
    label: { 'zh-CN': '每个对象都有各方面的评价', en: 'Every subject has marks from every rater kind' },
    message: evaluationMessages.raterKindsMissing,
  }),
  followUpDue: defineRule({
    id: 'evaluation.followUpDue',
    version: '2022',
    source: '中国共产党章程（2022年修改）',
    article: '第九条',
    confirmed: true,
    label: {
      'zh-CN': '基本合格、不合格的后续处理按期办理',
      en: 'The follow-ups of basically qualified and unqualified are done',
    },
    message: evaluationMessages.followUpDue,
  }),
};
