import { defineMessages } from '../../i18n/define-messages.js';

/** Findings about joint conferences. */
export const conferenceMessages = defineMessages('conference', {
  missed: {
    'zh-CN': '“{name}”{period}未召开（应由“{chair}”轮值主持）',
    en: '"{name}" did not meet in {period} (chair due: "{chair}")',
  },
  chairOutOfTurn: {
    'zh-CN': '“{name}”{period}由“{actual}”主持，按轮值表应由“{chair}”主持',
    en: '"{name}" was chaired by "{actual}" in {period}; the rotation says "{chair}"',
  },
});
