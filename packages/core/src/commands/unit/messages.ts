import { defineMessages } from '../../i18n/define-messages.js';

/** What the unit commands' input checks say. */
export const unitMessages = defineMessages('unit', {
  instructorNeedsName: {
    'zh-CN': '派建须填写党建指导员',
    en: 'A dispatched instructor needs a name',
  },
  coverageNeedsOrg: {
    'zh-CN': '单建、联建、挂建须指明所属党组织',
    en: 'Standalone, joint and attached coverage need the covering org',
  },
});
