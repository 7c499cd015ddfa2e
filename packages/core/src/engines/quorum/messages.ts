import { defineMessages } from '../../i18n/define-messages.js';

/** What quorum and vote checks say. */
export const quorumMessages = defineMessages('quorum', {
  notMet: {
    'zh-CN':
      '“{name}”到会 {present} 人，应到会有表决权者 {base} 人，未达到法定人数（需 {required} 人），不能表决或作出决定',
    en: '"{name}": {present} of {base} entitled members present, short of the quorum of {required}: nothing can be voted or decided',
  },
  votesExceedPresent: {
    'zh-CN': '表决“{motion}”的票数合计 {cast} 张，多于到会有表决权的 {present} 人',
    en: 'The vote on "{motion}" counts {cast} ballots, more than the {present} entitled members present',
  },
});
