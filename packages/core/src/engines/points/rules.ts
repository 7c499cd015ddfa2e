import { defineRule } from '../../kernel/rule.js';
import { pointsMessages } from './messages.js';

/**
 * 积分管理 is a local mechanism: each portal's scheme (积分细则) sets the figures, so these rules
 * are the kit's own; a finding under them names the scheme's version in force.
 */
const local = { version: '1', source: '党员积分管理办法（本地积分细则）', confirmed: true } as const;

/** What the ledger reports under, so no cap, veto or exclusion is applied silently. */
export const pointsReportRules = {
  capReached: defineRule({
    id: 'points.capPerPeriod',
    ...local,
    label: { 'zh-CN': '积分项目每期有上限', en: 'An item gives at most its cap per period' },
    message: pointsMessages.capReached,
  }),
  vetoApplied: defineRule({
    id: 'points.veto',
    ...local,
    label: { 'zh-CN': '一票否决', en: 'One-vote veto' },
    message: pointsMessages.vetoApplied,
  }),
  itemUnknown: defineRule({
    id: 'points.itemUnknown',
    ...local,
    label: {
      'zh-CN': '加分项目须在所用积分细则中',
      en: 'An award counts only under a scheme with its item',
    },
    message: pointsMessages.itemNotInScheme,
  }),
  memberExcluded: defineRule({
    id: 'points.exclusion',
    ...local,
    label: { 'zh-CN': '部分党员不参加积分排名', en: 'Some members are not ranked' },
    message: pointsMessages.memberExcluded,
  }),
};

/** What the award commands refuse under. */
export const pointsRules = {
  itemKnown: defineRule({
    id: 'points.itemKnown',
    ...local,
    label: { 'zh-CN': '只能按积分细则中的人工加分项目加分', en: "Awards are for the scheme's manual items" },
    message: pointsMessages.unknownItem,
  }),
  withinItem: defineRule({
    id: 'points.withinItem',
    ...local,
    label: { 'zh-CN': '每次加分不超过项目分值', en: "An award gives at most the item's points" },
    message: pointsMessages.overItemPoints,
  }),
  notForSelf: defineRule({
    id: 'points.notForSelf',
    ...local,
    label: { 'zh-CN': '不能给本人加分', en: 'No awards to oneself' },
    message: pointsMessages.notForSelf,
  }),
  awardedBy: defineRule({
    id: 'points.awardedBy',
    ...local,
    label: { 'zh-CN': '由细则指定的角色加分', en: 'Only the roles the scheme names award' },
    message: pointsMessages.notAnAwarder,
  }),
  revokeAfterAward: defineRule({
    id: 'points.revokeAfterAward',
    ...local,
    label: { 'zh-CN': '撤销不早于加分', en: 'A revoke comes on or after its award' },
    message: pointsMessages.revokeBeforeAward,
  }),
  notAhead: defineRule({
    id: 'points.notAhead',
    ...local,
    label: { 'zh-CN': '加分和撤销不预先登记', en: 'Awards and revokes are not dated ahead' },
    message: pointsMessages.dateAhead,
  }),
  revokeOnce: defineRule({
    id: 'points.revokeOnce',
    ...local,
    label: { 'zh-CN': '加分只撤销一次', en: 'An award is revoked once' },
    message: pointsMessages.revokedAlready,
  }),
};
