import { defineRule } from '../../kernel/rule.js';
import { conferenceMessages } from './messages.js';

/** A joint conference's cadence and rotating chair are its own charter (a local rule), not a national figure. */
const charter = { version: 'charter', source: '区域化党建联席会议章程', confirmed: true } as const;

export const conferenceRules = {
  cadence: defineRule({
    id: 'conference.cadence',
    ...charter,
    label: { 'zh-CN': '联席会议按章程周期召开', en: 'A joint conference meets as often as its charter says' },
    message: conferenceMessages.missed,
  }),
  rotatingChair: defineRule({
    id: 'conference.rotatingChair',
    ...charter,
    label: { 'zh-CN': '成员单位轮值主持', en: 'Member units chair in turn' },
    message: conferenceMessages.chairOutOfTurn,
  }),
};
