import { defineMessages } from '../../i18n/define-messages.js';

/** The development pipeline (发展党员): refusals of the commands and findings of the report. */
export const developmentMessages = defineMessages('development', {
  stepTooEarly: {
    'zh-CN': '“{step}”最早可于 {earliest} 进行（{article}），{on} 过早',
    en: '"{step}" may be taken on {earliest} at the earliest ({article}); {on} is too early',
  },
  stepOutOfOrder: {
    'zh-CN': '“{step}”须在“{previous}”记录之后进行，后者尚未记录',
    en: '"{step}" comes after "{previous}", which is not recorded yet',
  },
  dateBeforePrevious: {
    'zh-CN': '“{step}”的日期 {on} 早于已记录的“{previous}”（{previousOn}）',
    en: 'The date of "{step}", {on}, is before "{previous}" ({previousOn}), already recorded',
  },
  stepAlreadyRecorded: {
    'zh-CN': '“{step}”已于 {on} 记录，不能重复记录',
    en: '"{step}" was already recorded on {on}',
  },
  stageMismatch: {
    'zh-CN': '“{name}”的党员记录为“{stage}”阶段，发展程序却在“{expected}”阶段',
    en: 'The record of "{name}" says stage "{stage}" while the development process is at "{expected}"',
  },
  oneProcess: {
    'zh-CN': '“{name}”已有发展程序“{processId}”',
    en: '"{name}" already has development process "{processId}"',
  },
  contactsNotFull: {
    'zh-CN': '培养联系人须为 {min}—{max} 名在册正式党员（本人除外）；所给 {count} 名中 {invalid} 名不符合',
    en: 'Training contacts are {min}–{max} full members on the roll (not the person); {invalid} of the {count} given are not',
  },
  introducersNotFull: {
    'zh-CN': '入党介绍人须为 {required} 名不同的在册正式党员（本人除外）；所给 {count} 名中 {invalid} 名不符合',
    en: 'Introducers are {required} different full members on the roll (not the person); {invalid} of the {count} given are not',
  },
  trainingTooShort: {
    'zh-CN': '发展对象集中培训须不少于 {days} 天或 {classHours} 学时（{article}）',
    en: 'The candidate training lasts at least {days} days or {classHours} class hours ({article})',
  },
  extensionBounds: {
    'zh-CN': '预备期只能延长 {times} 次，时间不少于 {min} 个月、不超过 {max} 个月（{article}）；所给为 {months} 个月',
    en: 'Probation may be extended {times} time, by {min} to {max} months ({article}); {months} months given',
  },
  extensionNotProbationary: {
    'zh-CN': '只有预备党员（已审批、尚未提出转正申请）才能延长预备期',
    en: 'Only a probationary member (approved, no conversion application yet) can have probation extended',
  },
  noticeMissing: {
    'zh-CN': '确定发展对象须先公示，请填写公示开始日期',
    en: 'Listing a development candidate needs the public notice: give the date it was posted',
  },
  trainingMissing: {
    'zh-CN': '请填写集中培训的天数或学时',
    en: 'Give the training’s length in days or class hours',
  },
  contactsMissing: {
    'zh-CN': '指定培养联系人时须填写培养联系人',
    en: 'Appointing training contacts needs the contacts',
  },
  introducersMissing: {
    'zh-CN': '确定入党介绍人时须填写入党介绍人',
    en: 'Naming introducers needs the introducers',
  },
  stepOverdue: {
    'zh-CN': '“{name}”的“{step}”应于 {due} 前完成（{article}），截至 {asOf} 尚未记录',
    en: '"{step}" for "{name}" was due by {due} ({article}) and is not recorded as of {asOf}',
  },
  stepLate: {
    'zh-CN': '“{name}”的“{step}”于 {on} 完成，晚于时限 {due}（{article}）',
    en: '"{step}" for "{name}" was taken on {on}, after its time limit {due} ({article})',
  },
});
