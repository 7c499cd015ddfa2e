import { defineRule } from '../../kernel/rule.js';
import { serviceMessages, volunteerMessages } from './messages.js';

/**
 * 双报到 service and 双报告 are local mechanisms (漳州 and the regional handbook), not national
 * figures: the kit's own rules. A project's capacity is the project's own data.
 */
const local = { version: '1', source: '双报到服务机制（本地）', confirmed: true } as const;

export const serviceRules = {
  claimantRegistered: defineRule({
    id: 'service.claimantRegistered',
    ...local,
    label: {
      'zh-CN': '到社区报到的党员或单位党组织才能认领服务项目',
      en: 'Only members and unit orgs who reported to the community take on its projects',
    },
    message: serviceMessages.notRegistered,
  }),
  claimForOneself: defineRule({
    id: 'service.claimForOneself',
    ...local,
    label: { 'zh-CN': '以本人或本单位名义认领', en: 'Claims in one’s own name or org’s' },
    message: serviceMessages.othersClaim,
  }),
  oneClaimEach: defineRule({
    id: 'service.oneClaimEach',
    ...local,
    label: { 'zh-CN': '每个项目每人只认领一次', en: 'One place per claimant on a project' },
    message: serviceMessages.alreadyJoined,
  }),
  capacity: defineRule({
    id: 'service.capacity',
    ...local,
    label: { 'zh-CN': '认领人数不超过项目容量', en: 'No more claimants than the project’s capacity' },
    message: serviceMessages.full,
  }),
  withinPeriod: defineRule({
    id: 'service.withinPeriod',
    ...local,
    label: { 'zh-CN': '在服务期内认领', en: 'Claims within the project’s period' },
    message: serviceMessages.outsidePeriod,
  }),
  leaveOwnPlace: defineRule({
    id: 'service.leaveOwnPlace',
    ...local,
    label: { 'zh-CN': '只能退出已认领的项目', en: 'Only a held place can be left' },
    message: serviceMessages.notJoined,
  }),
};

export const volunteerRules = {
  leaderConfirms: defineRule({
    id: 'volunteer.leaderConfirms',
    ...local,
    label: { 'zh-CN': '服务时长由队长确认', en: 'A team’s leader confirms its hours' },
    message: volunteerMessages.leaderConfirms,
  }),
  notOwnHours: defineRule({
    id: 'volunteer.notOwnHours',
    ...local,
    label: { 'zh-CN': '不能确认本人的服务时长', en: 'Nobody confirms their own hours' },
    message: volunteerMessages.ownHours,
  }),
  onTheRoster: defineRule({
    id: 'volunteer.onTheRoster',
    ...local,
    label: {
      'zh-CN': '时长只记给队员或项目的认领人',
      en: 'Hours go to a team’s members or a project’s claimants',
    },
    message: volunteerMessages.notOnRoster,
  }),
  dayLimit: defineRule({
    id: 'volunteer.dayLimit',
    ...local,
    label: { 'zh-CN': '一人一天不超过 24 小时', en: 'At most 24 hours a person a day' },
    message: volunteerMessages.overDay,
  }),
  onceOnRoster: defineRule({
    id: 'volunteer.onceOnRoster',
    ...local,
    label: { 'zh-CN': '每人在一支队伍的名单上只出现一次', en: 'A person is on a team’s roster once' },
    message: volunteerMessages.alreadyOnRoster,
  }),
  oneWhere: defineRule({
    id: 'volunteer.oneWhere',
    ...local,
    label: { 'zh-CN': '时长记在一个队或一个项目上', en: 'Hours belong to one team or one project' },
    message: volunteerMessages.whereServed,
  }),
};

/**
 * 双报告: the community reports each registered member's year to the employer org. The deadline
 * is a local custom (no regulation gives a day): unconfirmed, and a portal sets its own.
 */
export const defaultYearlyReportDeadline = { month: 1, day: 31 } as const;

export const dualReportRules = {
  sentByDeadline: defineRule({
    id: 'service.yearlyReportSent',
    version: '1',
    source: '在职党员双向反馈（本地）',
    confirmed: false,
    label: {
      'zh-CN': '每年向在职党员所在单位党组织反馈其社区表现',
      en: 'Each year the community reports a registered member’s service to the employer org',
    },
    message: serviceMessages.reportMissing,
  }),
};
