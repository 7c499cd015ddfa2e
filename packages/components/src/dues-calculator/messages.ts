import type { LocalizedText } from '@dangjian/core';

/** The calculator's own words; category names, step texts and articles come from core. */
export const duesCalculatorMessages = {
  title: { 'zh-CN': '党费计算', en: 'Dues calculator' },
  category: { 'zh-CN': '党员类别', en: 'Category' },
  base: { 'zh-CN': '月计算基数（元）', en: 'Monthly base (yuan)' },
  fixed: { 'zh-CN': '每月交纳金额（元）', en: 'Monthly amount (yuan)' },
  fixedRange: {
    'zh-CN': '{min}–{max} 元，由党支部确定（{article}）',
    en: '{min}–{max} yuan, set by the branch ({article})',
  },
  notYuan: {
    'zh-CN': '请输入金额，如 3000.00（最多两位小数）',
    en: 'Enter an amount such as 3000.00 (at most two decimals)',
  },
  amount: { 'zh-CN': '每月应交党费 {yuan} 元（{fen} 分）', en: 'Monthly dues {yuan} yuan ({fen} fen)' },
  trace: { 'zh-CN': '计算过程', en: 'How it is computed' },
  bounds: { 'zh-CN': '档次界限：{bounds} 元', en: 'Band bounds: {bounds} yuan' },
  unconfirmed: { 'zh-CN': '未确认', en: 'unconfirmed' },
  unconfirmedTip: {
    'zh-CN': '该数字或条款未在规定原文中核实，可由门户配置',
    en: 'This figure or article was not confirmed in the regulation text; a portal may configure it',
  },
  refused: { 'zh-CN': '无法计算：{reason}', en: 'Cannot compute: {reason}' },
} as const satisfies Record<string, LocalizedText>;
