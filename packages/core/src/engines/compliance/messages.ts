import { defineMessages } from '../../i18n/define-messages.js';

/** Organisational-life compliance findings. */
export const complianceMessages = defineMessages('compliance', {
  missing: {
    'zh-CN': '“{name}”在 {period} 召开{kind} {held} 次，少于规定的 {min} 次',
    en: '"{name}" held {held} {kind}(s) in {period}, fewer than the required {min}',
  },
});
