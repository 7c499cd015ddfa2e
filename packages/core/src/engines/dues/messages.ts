import { defineMessages } from '../../i18n/define-messages.js';

/** Party dues (党费): amounts, the monthly cycle and its findings. */
export const duesMessages = defineMessages('dues', {
  baseRequired: {
    'zh-CN': '“{category}”类党员按月收入基数计算党费，须填写基数（分）',
    en: 'A "{category}" member pays a rate of a monthly base: the base (in fen) is required',
  },
  fixedAmountRange: {
    'zh-CN': '农民党员每月交纳党费 {min} 至 {max} 分，{amount} 分不在此范围内',
    en: 'A farmer member pays {min} to {max} fen a month; {amount} fen is outside that range',
  },
  roundingInvalid: {
    'zh-CN': '党费取整方式无效：{detail}',
    en: 'Invalid dues rounding: {detail}',
  },
  invalidFen: {
    'zh-CN': '{field} 须为 0 至 100000000000 之间的整数（分）',
    en: '{field} must be whole fen between 0 and 100000000000',
  },
  unknownCategory: {
    'zh-CN': '未知的党费类别，可选：{categories}',
    en: 'Unknown dues category; one of: {categories}',
  },
  notABranch: {
    'zh-CN': '党费由党员组织关系所在的党支部收缴，“{name}”不是党支部',
    en: 'Dues are collected by the branch holding the membership; "{name}" is not a branch',
  },
  monthExists: {
    'zh-CN': '“{name}”{period} 的党费收缴月已开启',
    en: 'The dues month {period} of "{name}" is already open',
  },
  noStandard: {
    'zh-CN': '党员“{name}”没有适用于 {period} 的党费标准，请先核定',
    en: 'Member "{name}" has no dues standard for {period}; set one first',
  },
  notInMonth: {
    'zh-CN': '该党员不在 {period} 的党费收缴名单中',
    en: 'The member is not on the dues list of {period}',
  },
  alreadyPaid: {
    'zh-CN': '该党员 {period} 的党费已交纳',
    en: 'The member has already paid the dues of {period}',
  },
  underpaid: {
    'zh-CN': '应交 {due} 分，实交 {paid} 分：党费须足额交纳',
    en: '{due} fen is due and {paid} fen was paid: dues are paid in full',
  },
  reportOwing: {
    'zh-CN': '仍有 {count} 名党员未交纳且未经同意缓交 {period} 的党费，不能上报',
    en: '{count} member(s) have neither paid nor been granted a deferral for {period}: the month cannot be reported',
  },
  notCollecting: {
    'zh-CN': '{period} 已{state}，不能再作此操作',
    en: '{period} is {state}: this can no longer be done',
  },
  settleUnreported: {
    'zh-CN': '{period} 尚未由党支部上报，不能结算',
    en: '{period} has not been reported by the branch and cannot be settled',
  },
  notHigher: {
    'zh-CN': '此事须由“{branch}”的上级党组织办理，“{name}”不是其上级',
    en: 'This is for a higher org of "{branch}"; "{name}" is not above it',
  },
  transferOwing: {
    'zh-CN': '党员“{name}”尚欠 {periods} 的党费，交清后方可转出组织关系',
    en: 'Member "{name}" still owes the dues of {periods}; the transfer waits until they are paid',
  },
  reliefAmount: {
    'zh-CN': '少交党费须填写每月金额（分），免交则不填',
    en: 'A reduction needs a monthly amount in fen; an exemption has none',
  },
  reliefPeriod: {
    'zh-CN': '减免的截止月份不能早于起始月份',
    en: 'A relief cannot end before the month it starts',
  },
  reliefDecided: {
    'zh-CN': '该减免申请已{state}，不能再次审批',
    en: 'The relief request is already {state} and cannot be decided again',
  },
  deferPaid: {
    'zh-CN': '{period} 的党费已交纳，无需缓交',
    en: 'The dues of {period} are paid: nothing to defer',
  },
  unpaidMonths: {
    'zh-CN': '“{name}”已连续 {months} 个月未交纳党费（{periods}），请支部核实有无正当理由',
    en: '"{name}" has not paid dues for {months} consecutive months ({periods}); the branch should check for a valid reason',
  },
  backPaymentLong: {
    'zh-CN': '“{name}”补交 {period} 的党费，已超过一般补交期限 {limit} 个月',
    en: '"{name}" paid the dues of {period} back beyond the usual {limit} months',
  },
  voluntaryToCentre: {
    'zh-CN': '“{name}”一次自愿多交党费 {extra} 分，达到 {threshold} 分，应全部上缴中央',
    en: '"{name}" paid {extra} fen of voluntary extra dues at once, at least {threshold} fen: it all goes to the Centre',
  },
  traceBase: {
    'zh-CN': '计算基数：{category}，每月 {base} 分（{article}）',
    en: 'Base: {category}, {base} fen a month ({article})',
  },
  traceBand: {
    'zh-CN': '所在档次：{band}（{article}）',
    en: 'Band: {band} ({article})',
  },
  traceRate: {
    'zh-CN': '比例 {rate}：{base} × {rate} = {exact} 分',
    en: 'Rate {rate}: {base} × {rate} = {exact} fen',
  },
  traceRounding: {
    'zh-CN': '取整（{rounding}）：{exact} 分 → {amount} 分',
    en: 'Rounded ({rounding}): {exact} fen → {amount} fen',
  },
  traceFixed: {
    'zh-CN': '{category}按固定金额交纳：每月 {amount} 分（{article}）',
    en: '{category}: a fixed {amount} fen a month ({article})',
  },
});
