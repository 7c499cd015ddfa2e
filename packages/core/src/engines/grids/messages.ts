import { defineMessages } from '../../i18n/define-messages.js';

/** Grid placements (网格党小组): the finding and the refusal. */
export const gridMessages = defineMessages('grid', {
  notPlaced: {
    'zh-CN': '党员“{name}”未编入任何网格党小组',
    en: 'Member "{name}" is in no grid group',
  },
  placedTwice: {
    'zh-CN': '党员“{name}”同时编入 {count} 个网格党小组',
    en: 'Member "{name}" is in {count} grid groups at once',
  },
  notGridGroup: {
    'zh-CN': '“{name}”不是网格党小组',
    en: '"{name}" is not a grid group',
  },
});
