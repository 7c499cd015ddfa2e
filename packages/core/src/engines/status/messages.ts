import { defineMessages } from '../../i18n/define-messages.js';

/** Membership status findings (停止党籍, 自行脱党). */
export const statusMessages = defineMessages('status', {
  selfLapseCandidate: {
    'zh-CN': '“{name}”已连续 {months} 个月{what}，请支部核实有无正当理由（自行脱党须经支部大会讨论并报上级批准）',
    en: '"{name}" has gone {months} consecutive months {what}; the branch should check for a valid reason (a self-lapse needs a branch assembly decision and higher approval)',
  },
  suspensionCandidate: {
    'zh-CN': '“{name}”自 {since} 起失联已满 {months} 个月，经多方查找仍无法联系的，应停止其党籍',
    en: '"{name}" has been unreachable since {since} ({months} months); if every search fails, membership should be suspended',
  },
});
