import type { LocalizedText } from '../../i18n/locale.js';
import type { Message } from '../../i18n/define-messages.js';
import { defineRule, type CatalogueRule } from '../../kernel/rule.js';
import { ruleSource, ruleTables } from '../../rules/rule-tables.js';
import { developmentMessages } from './messages.js';

const table = ruleTables.development;
const limits = table.timeLimits;

/** A rule of the 细则 as development.json cites it: the source's name and year, the article, confirmed or not. */
function regulation<const M extends Message>(
  id: string,
  entry: { readonly article: string; readonly source: string; readonly confirmed: boolean },
  label: LocalizedText,
  message: M,
): CatalogueRule<M> {
  const source = ruleSource('development', entry.source);
  return defineRule({
    id,
    version: String(source?.year ?? table.asOf),
    article: entry.article,
    ...(source && { source: source.name }),
    confirmed: entry.confirmed,
    label,
    message,
  });
}

/** The kit's own data rules: a process keeps its steps in order and agrees with the member record. */
const kitDataRule = { version: '1', source: '党建套件数据规则', confirmed: true } as const;

/** Refusals: a step before its earliest date, and the people and figures some steps need. */
export const developmentRules = {
  minimumAge: regulation(
    'development.minimumAge',
    table.eligibility.minimumAge,
    { 'zh-CN': '年满十八岁方可申请入党', en: 'Applicants have reached 18' },
    developmentMessages.stepTooEarly,
  ),
  activistTraining: regulation(
    'development.activistTraining',
    limits.activistTraining,
    { 'zh-CN': '入党积极分子经一年以上培养方可列为发展对象', en: 'A year as activist before listing as candidate' },
    developmentMessages.stepTooEarly,
  ),
  publicNotice: regulation(
    'development.publicNotice',
    limits.candidatePublicNotice,
    { 'zh-CN': '确定发展对象前公示不少于五个工作日', en: 'Five working days of public notice before listing' },
    developmentMessages.stepTooEarly,
  ),
  probation: regulation(
    'development.probation',
    limits.probation,
    { 'zh-CN': '预备期一年，自支部大会通过之日算起', en: 'Probation lasts a year from the branch assembly' },
    developmentMessages.stepTooEarly,
  ),
  contacts: regulation(
    'development.contacts',
    table.people.trainingContacts,
    { 'zh-CN': '培养联系人为一至两名正式党员', en: 'One or two full members as training contacts' },
    developmentMessages.contactsNotFull,
  ),
  introducers: regulation(
    'development.introducers',
    table.people.introducers,
    { 'zh-CN': '入党介绍人为两名正式党员', en: 'Two full members as introducers' },
    developmentMessages.introducersNotFull,
  ),
  candidateTraining: regulation(
    'development.candidateTraining',
    limits.candidateShortTraining,
    { 'zh-CN': '发展对象集中培训不少于三天或二十四学时', en: 'Candidate training of 3 days or 24 class hours' },
    developmentMessages.trainingTooShort,
  ),
  extension: regulation(
    'development.extension',
    limits.probationExtension,
    { 'zh-CN': '预备期只能延长一次，半年至一年', en: 'Probation extended once, by six months to a year' },
    developmentMessages.extensionBounds,
  ),
  extensionStage: defineRule({
    id: 'development.extensionStage',
    ...kitDataRule,
    label: { 'zh-CN': '只对预备党员延长预备期', en: 'Only a probationary member’s probation is extended' },
    message: developmentMessages.extensionNotProbationary,
  }),
  stepOrder: defineRule({
    id: 'development.stepOrder',
    ...kitDataRule,
    label: { 'zh-CN': '发展步骤依次进行', en: 'Development steps follow one another' },
    message: developmentMessages.stepOutOfOrder,
  }),
  datesInOrder: defineRule({
    id: 'development.datesInOrder',
    ...kitDataRule,
    label: { 'zh-CN': '步骤日期不早于前一步骤', en: 'A step is not dated before the one before it' },
    message: developmentMessages.dateBeforePrevious,
  }),
  stepOnce: defineRule({
    id: 'development.stepOnce',
    ...kitDataRule,
    label: { 'zh-CN': '每个步骤只记录一次（培养考察除外）', en: 'Each step is recorded once (assessments repeat)' },
    message: developmentMessages.stepAlreadyRecorded,
  }),
  stageMatches: defineRule({
    id: 'development.stageMatches',
    ...kitDataRule,
    label: { 'zh-CN': '党员记录的阶段与发展程序一致', en: 'The member record’s stage agrees with the process' },
    message: developmentMessages.stageMismatch,
  }),
  oneProcess: defineRule({
    id: 'development.oneProcess',
    ...kitDataRule,
    label: { 'zh-CN': '每人只有一个发展程序', en: 'One development process per person' },
    message: developmentMessages.oneProcess,
  }),
} as const;

/** Time limits the report checks: a step not taken by its date is a finding, never a refusal. */
export const developmentDeadlineRules = {
  applicationTalk: regulation(
    'development.applicationTalk',
    limits.applicationTalk,
    { 'zh-CN': '收到入党申请书后一个月内派人谈话', en: 'A talk within a month of the application' },
    developmentMessages.stepOverdue,
  ),
  activistAssessment: regulation(
    'development.activistAssessment',
    limits.activistAssessment,
    { 'zh-CN': '每半年对入党积极分子考察一次', en: 'Activists are assessed every half year' },
    developmentMessages.stepOverdue,
  ),
  assemblyAfterPreReview: regulation(
    'development.assemblyAfterPreReview',
    limits.branchAssemblyAfterPreReview,
    { 'zh-CN': '预审通过后一个月内提交支部大会讨论', en: 'The branch assembly within a month of pre-review' },
    developmentMessages.stepOverdue,
  ),
  admissionApproval: regulation(
    'development.admissionApproval',
    limits.committeeApprovalOfAdmission,
    { 'zh-CN': '上级党委三个月内审批接收预备党员', en: 'Admission approved within three months' },
    developmentMessages.stepOverdue,
  ),
  oathAfterApproval: regulation(
    'development.oathAfterApproval',
    { article: '第二十九条', source: 'dev2026', confirmed: limits.oathAfterApproval.confirmed },
    { 'zh-CN': '审批后一个月内入党宣誓（建议时限）', en: 'The oath within a month of approval (suggested)' },
    developmentMessages.stepOverdue,
  ),
  conversionApproval: regulation(
    'development.conversionApproval',
    limits.committeeApprovalOfConversion,
    { 'zh-CN': '上级党委三个月内审批转正', en: 'Conversion approved within three months' },
    developmentMessages.stepOverdue,
  ),
} as const;
