import { defineMessages } from '../../i18n/define-messages.js';

/** What the 双报到 service commands say when they refuse, and the 双报告 finding. */
export const serviceMessages = defineMessages('service', {
  notRegistered: {
    'zh-CN': '认领人未到社区报到（双报到），不能认领“{name}”',
    en: 'The claimant has not reported to this community (双报到), so cannot take on "{name}"',
  },
  othersClaim: {
    'zh-CN': '只能以本人或本单位党组织的名义认领服务项目',
    en: 'Service projects are taken on in one’s own name or one’s own org’s only',
  },
  alreadyJoined: {
    'zh-CN': '认领人已认领“{name}”',
    en: 'The claimant already holds a place on "{name}"',
  },
  full: {
    'zh-CN': '“{name}”已满员（{capacity} 人）',
    en: '"{name}" is full ({capacity} places)',
  },
  outsidePeriod: {
    'zh-CN': '“{name}”的服务期为 {from} 至 {until}，{on} 不在其中',
    en: '"{name}" runs from {from} to {until}; {on} is outside it',
  },
  notJoined: {
    'zh-CN': '认领人未认领“{name}”，无从退出',
    en: 'The claimant holds no place on "{name}" to leave',
  },
  reportMissing: {
    'zh-CN': '党员“{name}”{year} 年度的双报告未在 {deadline} 前反馈给所在单位党组织',
    en: 'No {year} report on member "{name}" was sent to the employer org by {deadline}',
  },
});

/** What the volunteer-hours command says when it refuses. */
export const volunteerMessages = defineMessages('volunteer', {
  leaderConfirms: {
    'zh-CN': '“{team}”的服务时长由队长确认',
    en: 'Hours on "{team}" are confirmed by its leader',
  },
  ownHours: {
    'zh-CN': '本人的服务时长须由他人确认',
    en: 'Nobody confirms their own hours',
  },
  notOnRoster: {
    'zh-CN': '该志愿者不在“{name}”的名单上（{on}）',
    en: 'The volunteer is not on "{name}" on {on}',
  },
  overDay: {
    'zh-CN': '该志愿者 {on} 已记 {recorded} 分钟，再记 {minutes} 分钟将超过一天 1440 分钟',
    en: 'The volunteer has {recorded} minutes on {on}; {minutes} more would pass 1440 in a day',
  },
  alreadyOnRoster: {
    'zh-CN': '该志愿者已在“{team}”的名单上',
    en: 'The volunteer is already on "{team}"',
  },
  whereServed: {
    'zh-CN': '服务时长须记在一支志愿服务队或一个服务项目上（二者取其一）',
    en: 'Hours are recorded on one volunteer team or one service project (exactly one)',
  },
});
