import { defineRule } from '../../kernel/rule.js';
import { ruleTables } from '../../rules/rule-tables.js';
import { officialDuesSchedule } from './dues-schedule.js';
import { duesMessages } from './messages.js';

const table = ruleTables.dues;

/** A dues figure's rule as the schedule cites it (id, version, article, confirmed), for a finding under it. */
type CitedFigure = {
  readonly rule: {
    readonly id: string;
    readonly version?: string;
    readonly article?: string;
    readonly source?: string;
    readonly confirmed: boolean;
  };
};

function findingRule<M extends (typeof duesMessages)[keyof typeof duesMessages]>(
  figure: CitedFigure,
  label: { 'zh-CN': string; en: string },
  message: M,
) {
  const { id, version, article, source, confirmed } = figure.rule;
  return defineRule({
    id,
    version: version ?? table.asOf,
    ...(article !== undefined && { article }),
    ...(source !== undefined && { source }),
    confirmed,
    label,
    message,
  });
}

/**
 * The rules the dues reports find under, from the schedule's own figures (so a portal's schedule
 * and the catalogue cite the same article): six months unpaid, back-payment after six months, and
 * a voluntary payment large enough to go to the Centre.
 */
export const duesReportRules = (() => {
  const schedule = officialDuesSchedule;
  return {
    nonPayment: findingRule(
      schedule.nonPaymentMonths,
      { 'zh-CN': '连续六个月不交党费', en: 'Six months in a row without paying dues' },
      duesMessages.unpaidMonths,
    ),
    backPayment: findingRule(
      schedule.backPaymentMaxMonths,
      { 'zh-CN': '补交党费一般不超过六个月', en: 'Back-payment generally within six months' },
      duesMessages.backPaymentLong,
    ),
    voluntaryCentral: findingRule(
      schedule.voluntaryCentralThresholdFen,
      {
        'zh-CN': '一次自愿多交一千元以上全部上缴中央',
        en: 'A voluntary extra of 1,000 yuan or more goes to the Centre',
      },
      duesMessages.voluntaryToCentre,
    ),
  };
})();
