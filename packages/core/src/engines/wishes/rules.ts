import { defineRule } from '../../kernel/rule.js';
import { wishMessages } from './messages.js';

/** 微心愿 is a local service mechanism (漳州 and others), not a national figure: the kit's own rules. */
const local = { version: '1', source: '微心愿认领机制（本地）', confirmed: true } as const;

/** The most wishes one claimant holds in progress at once: a local default a portal may change. */
export const defaultMaxLiveClaims = 3;

export const wishRules = {
  lifecycle: defineRule({
    id: 'wish.lifecycle',
    ...local,
    label: {
      'zh-CN': '心愿按发布、审核、公开、认领、兑现的顺序办理',
      en: 'A wish goes posted, reviewed, open, claimed, fulfilled',
    },
    message: wishMessages.notNow,
  }),
  expiresOnItsDay: defineRule({
    id: 'wish.expiresOnItsDay',
    ...local,
    label: { 'zh-CN': '心愿过截止日期才算过期', en: 'A wish expires only after its last day' },
    message: wishMessages.notExpiredYet,
  }),
  claimBeforeExpiry: defineRule({
    id: 'wish.claimBeforeExpiry',
    ...local,
    label: { 'zh-CN': '截止后不能认领', en: 'No claims after the last day' },
    message: wishMessages.expired,
  }),
  claimantRegistered: defineRule({
    id: 'wish.claimantRegistered',
    ...local,
    label: {
      'zh-CN': '到社区报到的党员或单位党组织才能认领',
      en: 'Only members and unit orgs who reported to the community claim',
    },
    message: wishMessages.notRegistered,
  }),
  claimForOneself: defineRule({
    id: 'wish.claimForOneself',
    ...local,
    label: { 'zh-CN': '党员只能以本人名义认领', en: 'A member claims in their own name' },
    message: wishMessages.othersClaim,
  }),
  claimantCapacity: defineRule({
    id: 'wish.claimantCapacity',
    ...local,
    confirmed: false,
    label: { 'zh-CN': '每人同时认领的心愿有上限', en: 'A claimant holds a limited number of wishes at once' },
    message: wishMessages.overCapacity,
  }),
};
