import type { AppliedRule } from '../../kernel/finding.js';
import { compileRuleSet, type CompiledRuleSet } from '../../rules/compile-rule-set.js';
import { RuleSetSchema, type RuleSet } from '../../rules/rule-set.js';
import { ruleSource, ruleTables } from '../../rules/rule-tables.js';
import type { DuesCategory } from '../../schema/dues.js';
import { defaultDuesRounding, duesRounding, type DuesRounding } from './dues-rounding.js';
import { duesRegulation } from './rules.js';

const table = ruleTables.dues;

/** What a band of a rate table reads: the monthly base in fen. */
export interface DuesRateFacts {
  readonly baseFen: number;
}

/** One band of a rate table, as dues.json gives it: lower bound exclusive, upper inclusive, null unbounded. */
export interface DuesBand {
  readonly ruleId: string;
  readonly lowerExclusiveFen: number | null;
  readonly upperInclusiveFen: number | null;
  readonly rateBp: number;
  readonly rule: AppliedRule;
}

export type DuesRateGroup = keyof typeof table.rates;

/** A rate table: its bands as a first-hit rule set (one band per base) and the categories it applies to. */
export interface DuesRateTable {
  readonly group: DuesRateGroup;
  readonly appliesTo: readonly DuesCategory[];
  readonly bands: readonly DuesBand[];
  readonly ruleSet: RuleSet;
  readonly compiled: CompiledRuleSet<DuesRateFacts>;
}

/** A figure of the regulation with where it comes from. */
export interface DuesFigure<T> {
  readonly value: T;
  readonly rule: AppliedRule;
}

export interface DuesFixedAmount {
  readonly category: DuesCategory;
  readonly label: string;
  readonly minFen: number;
  readonly maxFen: number;
  readonly rule: AppliedRule;
}

/** Everything dues.json says, typed: the rate tables, the fixed amounts, the rounding and the collection rules. */
export interface DuesSchedule {
  readonly version: string;
  readonly rates: Readonly<Record<DuesRateGroup, DuesRateTable>>;
  /** The rate table each category pays by (none for a fixed amount): `rates` by category. */
  readonly rateTableByCategory: Readonly<Partial<Record<DuesCategory, DuesRateTable>>>;
  readonly fixedAmounts: readonly DuesFixedAmount[];
  readonly rounding: DuesRounding;
  /** 第一条、第三条、第四条、第五条、第十条: what the monthly base is, and from when a new one applies. */
  readonly incomeBase: Readonly<Record<keyof typeof table.incomeBase, DuesFigure<string>>>;
  /** 第十二条: members pay monthly, on their own initiative. */
  readonly cadence: DuesFigure<string>;
  /** 第十二条: paying in advance beyond a quarter is not addressed (unconfirmed). */
  readonly prepayment: DuesFigure<string>;
  /** 第九条: to the branch holding the formal relation (a 流动党员 may pay the inflow org). */
  readonly whereToPay: DuesFigure<string>;
  /** 第十四条: no paying on a member's behalf by the org (垫交), no withholding from pay (扣缴). */
  readonly collectionProhibitions: DuesFigure<string>;
  /** 第七条: who must agree to less or no dues. */
  readonly reliefApprovals: DuesFigure<readonly string[]>;
  /** 第八条: probationary members pay from the day the branch meeting accepts them. */
  readonly probationaryPayFromAcceptance: DuesFigure<true>;
  /** 第十二条: back-payment generally within this many months. */
  readonly backPaymentMaxMonths: DuesFigure<number>;
  /** 第十二条: a relative or another member may pay on the member's behalf. */
  readonly proxyPayers: DuesFigure<readonly string[]>;
  /** 第十二条: quarterly payment in special circumstances, with the branch's consent. */
  readonly quarterlyAllowed: DuesFigure<boolean>;
  /** 第十三条: consecutive months unpaid without valid reason that make a self-lapse candidate. */
  readonly nonPaymentMonths: DuesFigure<number>;
  /** 党章 第九条: the same six months, and who decides (the branch assembly, with higher approval). */
  readonly nonPaymentConstitution: DuesFigure<number>;
  /** 第十一条: a single voluntary extra payment from this amount goes to the Centre. */
  readonly voluntaryCentralThresholdFen: DuesFigure<number>;
  /** 第十五条、第十六条: shares remitted upwards, in basis points. */
  readonly upwardRemittanceBp: readonly DuesFigure<number | readonly number[]>[];
}

interface Cited {
  readonly article: string;
  readonly confirmed: boolean;
}

/** The rule a figure applies: `dues.<what>`, the table's version, the figure's article. */
export function citation(id: string, entry: Cited): AppliedRule {
  return { id, ...duesRegulation, article: entry.article, confirmed: entry.confirmed };
}

const figure = <T>(id: string, value: T, entry: Cited): DuesFigure<T> => ({ value, rule: citation(id, entry) });

const yuan = (fen: number): string => String(fen / 100);

function bandRule(group: DuesRateGroup, index: number, band: DuesBand): RuleSet['rules'][number] {
  const low = band.lowerExclusiveFen;
  const high = band.upperInclusiveFen;
  const bounds = `${low === null ? '' : `${yuan(low)} < `}x${high === null ? '' : ` ≤ ${yuan(high)}`}`;
  return {
    id: band.ruleId,
    yields: `${band.rateBp}`,
    when: {
      op: 'range',
      fact: 'baseFen',
      ...(low !== null && { min: low, minExclusive: true }),
      ...(high !== null && { max: high }),
    },
    reason: {
      'zh-CN': `月基数 {baseFen} 分，属 ${bounds} 元一档（第 ${index + 1} 档）`,
      en: `A monthly base of {baseFen} fen is in band ${index + 1} (${bounds} yuan)`,
    },
    article: band.rule.article,
    source: duesRegulation.source,
    confirmed: band.rule.confirmed,
  };
}

function rateTable(group: DuesRateGroup): DuesRateTable {
  const entry = table.rates[group];
  const bands = entry.bands.map((band, index): DuesBand => ({
    ruleId: `dues.rate.${group}.${index + 1}`,
    lowerExclusiveFen: band.lowerExclusiveFen,
    upperInclusiveFen: band.upperInclusiveFen,
    rateBp: band.rateBp,
    rule: citation(`dues.rate.${group}.${index + 1}`, band),
  }));
  const ruleSet = RuleSetSchema.parse({
    id: `dues.rate.${group}`,
    version: table.asOf,
    effectiveFrom: '2008-01-01',
    policy: 'firstHit',
    rules: bands.map((band, index) => bandRule(group, index, band)),
  });
  return {
    group,
    appliesTo: entry.appliesTo as DuesCategory[],
    bands,
    ruleSet,
    compiled: compileRuleSet<DuesRateFacts>(ruleSet),
  };
}

function fixedAmount(entry: (typeof table.fixedAmounts)[number]): DuesFixedAmount {
  const range =
    'fenPerMonth' in entry ? [entry.fenPerMonth, entry.fenPerMonth] : [entry.minFenPerMonth, entry.maxFenPerMonth];
  return {
    category: entry.category as DuesCategory,
    label: entry.label,
    minFen: range[0]!,
    maxFen: range[1]!,
    rule: citation(`dues.fixed.${entry.category}`, entry),
  };
}

const rates = { inService: rateTable('inService'), retired: rateTable('retired') };
const { schedule, nonPayment, voluntaryExtra } = table;

const constitution = ruleSource('dues', nonPayment.constitutionBasis.source)!;

const official: Omit<DuesSchedule, 'rounding'> = {
  version: table.asOf,
  rates,
  rateTableByCategory: Object.fromEntries(
    Object.values(rates).flatMap((rateTable) => rateTable.appliesTo.map((category) => [category, rateTable])),
  ),
  fixedAmounts: table.fixedAmounts.map(fixedAmount),
  incomeBase: Object.fromEntries(
    Object.entries(table.incomeBase).map(([key, entry]) => [key, figure(`dues.base.${key}`, entry.rule, entry)]),
  ) as DuesSchedule['incomeBase'],
  cadence: figure('dues.cadence', schedule.cadence, schedule),
  prepayment: figure('dues.prepayment', schedule.prepayment.value, schedule.prepayment),
  whereToPay: figure('dues.whereToPay', table.whereToPay.rule, table.whereToPay),
  collectionProhibitions: figure('dues.prohibitions', table.collectionProhibitions.rule, table.collectionProhibitions),
  reliefApprovals: figure('dues.relief', table.reductionOrExemption.approvals, table.reductionOrExemption),
  probationaryPayFromAcceptance: figure('dues.probationary', true, table.probationaryMembers),
  backPaymentMaxMonths: figure('dues.backPayment', schedule.backPaymentMaxMonths.value, schedule.backPaymentMaxMonths),
  proxyPayers: figure('dues.proxy', schedule.proxyPaymentAllowed.by, schedule.proxyPaymentAllowed),
  quarterlyAllowed: figure('dues.quarterly', schedule.quarterlyAllowed.allowed, schedule.quarterlyAllowed),
  nonPaymentMonths: figure('dues.nonPayment', nonPayment.consecutiveMonths, nonPayment),
  nonPaymentConstitution: {
    value: nonPayment.consecutiveMonths,
    rule: {
      id: 'dues.nonPayment.constitution',
      version: table.asOf,
      article: nonPayment.constitutionBasis.article,
      source: constitution.name,
      confirmed: nonPayment.constitutionBasis.confirmed,
    },
  },
  voluntaryCentralThresholdFen: figure(
    'dues.voluntaryCentral',
    voluntaryExtra.oneOffCentralThresholdFen,
    voluntaryExtra,
  ),
  upwardRemittanceBp: table.upwardRemittance.map((entry, index) =>
    figure(`dues.remittance.${index + 1}`, entry.rateBp, entry),
  ),
};

/**
 * The dues schedule in force: the official figures of dues.json with the kit's default rounding,
 * or with a portal's rounding (validated, marked unconfirmed): `duesSchedule({ rounding: { mode:
 * 'up', unitFen: 10 } })`.
 */
export function duesSchedule(options: { readonly rounding?: unknown } = {}): DuesSchedule {
  const rounding = options.rounding === undefined ? defaultDuesRounding : duesRounding(options.rounding);
  return { ...official, rounding };
}

/** The official schedule with the default rounding. */
export const officialDuesSchedule: DuesSchedule = duesSchedule();

/** The rate table a category pays by, if it pays a rate. */
export function rateTableOf(schedule: DuesSchedule, category: DuesCategory): DuesRateTable | undefined {
  return schedule.rateTableByCategory[category];
}

/** The fixed amount a category pays, if it pays one. */
export function fixedAmountOf(schedule: DuesSchedule, category: DuesCategory): DuesFixedAmount | undefined {
  return schedule.fixedAmounts.find((entry) => entry.category === category);
}
