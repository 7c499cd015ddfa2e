import { defineRule } from '../../kernel/rule.js';
import { gridMessages } from './messages.js';

/** 漳州 "小社区 大党建": every member of the district in one grid group near home — a local practice. */
const local = { version: '1', source: '漳州市网格化党建（本地）', confirmed: true } as const;

export const gridRules = {
  notPlaced: defineRule({
    id: 'grid.everyMemberPlaced',
    ...local,
    label: { 'zh-CN': '每名党员编入一个网格党小组', en: 'Every member is in a grid group' },
    message: gridMessages.notPlaced,
  }),
  placedTwice: defineRule({
    id: 'grid.oneGroupEach',
    ...local,
    label: { 'zh-CN': '每名党员只编入一个网格党小组', en: 'A member is in one grid group only' },
    message: gridMessages.placedTwice,
  }),
  placeInGridGroup: defineRule({
    id: 'grid.placeInGridGroup',
    ...local,
    label: { 'zh-CN': '只能编入网格党小组', en: 'Placements go to grid groups' },
    message: gridMessages.notGridGroup,
  }),
};
