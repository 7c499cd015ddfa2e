import { defineRule } from '../../kernel/rule.js';
import { postMessages } from './messages.js';

/**
 * 设岗定责 is practice set by local Party-building documents, not a national figure: the kit's own
 * rules. A post's capacity is the portal's figure on the post itself.
 */
const local = { version: '1', source: '设岗定责、依岗承诺工作机制（本地）', confirmed: true } as const;

export const postRules = {
  capacity: defineRule({
    id: 'post.capacity',
    ...local,
    label: { 'zh-CN': '岗位认领不超过设定人数', en: 'A post holds no more members than its capacity' },
    message: postMessages.full,
  }),
  claimOnce: defineRule({
    id: 'post.claimOnce',
    ...local,
    label: { 'zh-CN': '同一岗位每人认领一次', en: 'A member claims a post once' },
    message: postMessages.alreadyHeld,
  }),
  releaseHeld: defineRule({
    id: 'post.releaseHeld',
    ...local,
    label: { 'zh-CN': '只能退出本人所在的岗位', en: 'Only a post held can be left' },
    message: postMessages.notHeld,
  }),
  eligible: defineRule({
    id: 'post.eligible',
    ...local,
    label: {
      'zh-CN': '本组织党员或到社区报到的党员认领岗位',
      en: "Members of the post's org, or who reported to its community (双报到), claim it",
    },
    message: postMessages.notEligible,
  }),
  claimForOneself: defineRule({
    id: 'post.claimForOneself',
    ...local,
    label: { 'zh-CN': '党员以本人名义认领岗位', en: 'A member claims a post in their own name' },
    message: postMessages.othersClaim,
  }),
};
