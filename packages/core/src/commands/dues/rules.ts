import { duesRegulation } from '../../engines/dues/rules.js';
import { duesMessages } from '../../engines/dues/messages.js';
import { defineRule } from '../../kernel/rule.js';
import { ruleTables } from '../../rules/rule-tables.js';

const table = ruleTables.dues;
const regulation = (entry: { readonly article: string; readonly confirmed: boolean }) =>
  ({ ...duesRegulation, article: entry.article, confirmed: entry.confirmed }) as const;

/**
 * The kit's own collection rules (the month's way up, after OWIP's, which PEERS.md describes):
 * the regulation says members pay monthly and in full; how a branch books it is the kit's.
 */
const kitDataRule = { version: '1', source: '党建套件数据规则', confirmed: true } as const;

/** 第九条: dues are paid to the branch holding the member's formal relation. */
const branchCollects = defineRule({
  id: 'dues.branchCollects',
  ...regulation(table.whereToPay),
  label: { 'zh-CN': '党费由党支部收缴', en: 'A branch collects the dues' },
  message: duesMessages.notABranch,
});

const oneMonthPerPeriod = defineRule({
  id: 'dues.oneMonthPerPeriod',
  ...kitDataRule,
  label: { 'zh-CN': '每个支部每月只开启一次收缴', en: 'One dues month per branch and month' },
  message: duesMessages.monthExists,
});

const standardRequired = defineRule({
  id: 'dues.standardRequired',
  ...kitDataRule,
  label: { 'zh-CN': '开启收缴前须核定每名党员的党费标准', en: 'Every member has a dues standard before a month opens' },
  message: duesMessages.noStandard,
});

const onList = defineRule({
  id: 'dues.onList',
  ...kitDataRule,
  label: { 'zh-CN': '只登记收缴名单上党员的党费', en: 'Only members on the month’s list pay into it' },
  message: duesMessages.notInMonth,
});

const paidOnce = defineRule({
  id: 'dues.paidOnce',
  ...kitDataRule,
  label: { 'zh-CN': '每月党费只登记一次', en: 'A month’s dues are paid once' },
  message: duesMessages.alreadyPaid,
});

/** 第十二条: members pay every month, in full; more is voluntary (第十一条), less needs a relief (第七条). */
const fullAmount = defineRule({
  id: 'dues.fullAmount',
  ...regulation(table.schedule),
  label: { 'zh-CN': '党费按月足额交纳', en: 'Dues are paid in full' },
  message: duesMessages.underpaid,
});

const collecting = defineRule({
  id: 'dues.collecting',
  ...kitDataRule,
  label: { 'zh-CN': '已上报的收缴月不再变动', en: 'A reported month no longer changes' },
  message: duesMessages.notCollecting,
});

const reportWhenPaid = defineRule({
  id: 'dues.reportWhenPaid',
  ...kitDataRule,
  label: {
    'zh-CN': '全部党员已交纳或经同意缓交后方可上报',
    en: 'A branch reports once everyone has paid or been granted a deferral',
  },
  message: duesMessages.reportOwing,
});

const settleReported = defineRule({
  id: 'dues.settleReported',
  ...kitDataRule,
  label: { 'zh-CN': '支部上报后上级方可结算', en: 'The higher org settles a reported month' },
  message: duesMessages.settleUnreported,
});

/** 第七条 (reliefs approved by the next-level committee) and the settlement of a month. */
const higherDecides = defineRule({
  id: 'dues.higherDecides',
  ...regulation(table.reductionOrExemption),
  label: { 'zh-CN': '减免审批和收缴结算由上级党组织办理', en: 'A higher org approves reliefs and settles months' },
  message: duesMessages.notHigher,
});

/** 第七条: less or none, decided by the branch with the higher committee's approval. */
const reliefAmount = defineRule({
  id: 'dues.reliefAmount',
  ...regulation(table.reductionOrExemption),
  label: { 'zh-CN': '少交须写明金额，免交不写', en: 'A reduction names its amount; an exemption none' },
  message: duesMessages.reliefAmount,
});

const reliefDecided = defineRule({
  id: 'dues.reliefDecidedOnce',
  ...kitDataRule,
  label: { 'zh-CN': '减免申请只审批一次', en: 'A relief request is decided once' },
  message: duesMessages.reliefDecided,
});

const deferOwed = defineRule({
  id: 'dues.deferOwed',
  ...kitDataRule,
  label: { 'zh-CN': '只能缓交尚未交纳的党费', en: 'Only unpaid dues can be deferred' },
  message: duesMessages.deferPaid,
});

/** 组织关系转接: the letter records dues paid up to a month, so owed dues are settled first (PEERS.md). */
const transferPaid = defineRule({
  id: 'dues.transferPaid',
  ...kitDataRule,
  label: { 'zh-CN': '交清党费后方可转出组织关系', en: 'Dues are paid before membership transfers' },
  message: duesMessages.transferOwing,
});

/** Every rule the dues commands apply. */
export const duesRules = {
  branchCollects,
  oneMonthPerPeriod,
  standardRequired,
  onList,
  paidOnce,
  fullAmount,
  collecting,
  reportWhenPaid,
  settleReported,
  higherDecides,
  reliefAmount,
  reliefDecided,
  deferOwed,
  transferPaid,
};
