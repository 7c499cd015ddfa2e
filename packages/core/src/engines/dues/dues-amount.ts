import { phrase } from '../../i18n/define-messages.js';
import type { LocalizedText } from '../../i18n/locale.js';
import { ValidationError } from '../../kernel/errors.js';
import type { AppliedRule } from '../../kernel/finding.js';
import { refuse } from '../../kernel/rule.js';
import { ruleTables } from '../../rules/rule-tables.js';
import { duesCategories, isFen, type DuesCategory } from '../../schema/dues.js';
import { roundFen } from './dues-rounding.js';
import {
  citation,
  fixedAmountOf,
  officialDuesSchedule,
  rateTableOf,
  type DuesBand,
  type DuesRateTable,
  type DuesSchedule,
} from './dues-schedule.js';
import { duesMessages } from './messages.js';
import { duesAmountRules } from './rules.js';

/** What the amount depends on: the category, the monthly base for a rate, the branch's amount for a farmer. */
export interface DuesAmountInput {
  readonly category: DuesCategory;
  readonly baseFen?: number;
  /** A farmer's monthly amount, set by the branch within the range (第六条). */
  readonly fixedFen?: number;
}

/** One step from base to amount, with the rule it applied and its text in both languages. */
export type DuesTraceStep =
  | {
      readonly step: 'base';
      readonly category: DuesCategory;
      readonly baseFen: number;
      readonly rule: AppliedRule;
      readonly text: LocalizedText;
    }
  | {
      readonly step: 'band';
      readonly lowerExclusiveFen: number | null;
      readonly upperInclusiveFen: number | null;
      readonly rule: AppliedRule;
      readonly text: LocalizedText;
    }
  | {
      readonly step: 'rate';
      readonly rateBp: number;
      /** The exact amount before rounding, as a fraction of fen: `baseFen × rateBp / 10000`. */
      readonly exact: { readonly numerator: number; readonly denominator: number };
      readonly rule: AppliedRule;
      readonly text: LocalizedText;
    }
  | { readonly step: 'rounding'; readonly amountFen: number; readonly rule: AppliedRule; readonly text: LocalizedText }
  | { readonly step: 'fixed'; readonly amountFen: number; readonly rule: AppliedRule; readonly text: LocalizedText };

export interface DuesAmount {
  readonly category: DuesCategory;
  /** Integer fen a month. */
  readonly amountFen: number;
  readonly baseFen?: number;
  readonly rateBp?: number;
  /** The band's rule id (`dues.rate.inService.2`) for a rate category. */
  readonly bandRuleId?: string;
  /** The article the amount rests on: the band's or the fixed amount's. */
  readonly article: string;
  readonly trace: readonly DuesTraceStep[];
}

const incomeBase = ruleTables.dues.incomeBase;

/** Which article defines the base of each rate category (第一条、第三条、第四条、第五条). */
const baseEntries: Partial<Record<DuesCategory, { readonly article: string; readonly confirmed: boolean }>> = {
  employed: incomeBase.salaried,
  annualSalary: incomeBase.annualSalarySystem,
  selfEmployed: incomeBase.selfEmployedIrregular,
  retired: incomeBase.retired,
};

const categoryNames: Readonly<Record<DuesCategory, LocalizedText>> = {
  employed: { 'zh-CN': '在岗职工', en: 'employed' },
  annualSalary: { 'zh-CN': '实行年薪制人员', en: 'annual salary' },
  selfEmployed: { 'zh-CN': '无固定工资收入人员', en: 'self-employed' },
  retired: { 'zh-CN': '离退休人员', en: 'retired' },
  farmer: { 'zh-CN': '农民党员', en: 'farmer' },
  student: { 'zh-CN': '学生党员', en: 'student' },
  unemployed: { 'zh-CN': '下岗失业党员', en: 'unemployed' },
  relief: { 'zh-CN': '依靠抚恤或救济生活的党员', en: 'living on relief' },
  subsistence: { 'zh-CN': '领取最低生活保障金的党员', en: 'on subsistence allowance' },
};

/** A category's name in both languages, for texts. */
export const duesCategoryName = (category: DuesCategory): LocalizedText => categoryNames[category];

const percent = (rateBp: number): string => `${rateBp / 100}%`;
const fraction = (numerator: number, denominator: number): string => String(numerator / denominator);

function checkedFen(value: number, field: string): number {
  if (isFen(value)) return value;
  throw new ValidationError({
    ...phrase(duesMessages.invalidFen, { field }),
    field,
  });
}

const knownCategories: ReadonlySet<unknown> = new Set(duesCategories);

function checkedCategory(category: unknown): DuesCategory {
  if (knownCategories.has(category)) return category as DuesCategory;
  throw new ValidationError({
    ...phrase(duesMessages.unknownCategory, { categories: duesCategories.join(', ') }),
    field: 'category',
  });
}

function fixedAmount(category: DuesCategory, fixedFen: number | undefined, schedule: DuesSchedule): DuesAmount {
  const entry = fixedAmountOf(schedule, category)!;
  // A single figure (0.2 元) is the amount; a range (farmers, 0.2–1 元) needs the branch's figure inside it.
  const amountFen = entry.minFen === entry.maxFen ? entry.minFen : fixedFen;
  if (amountFen === undefined || amountFen < entry.minFen || amountFen > entry.maxFen) {
    throw refuse(duesAmountRules.fixedAmountRange, { collection: 'duesStandards', id: category }, 'fixedFen', {
      min: entry.minFen,
      max: entry.maxFen,
      amount: amountFen ?? '—',
    });
  }
  return new FixedAmount(category, amountFen, entry.rule);
}

/**
 * Amounts carry their trace (texts, citations) built when first read: a month of 100,000 members
 * needs the amounts, a calculator or a statement line reads the trace of one. `toJSON` writes
 * the trace like a plain field.
 */
class FixedAmount implements DuesAmount {
  readonly category: DuesCategory;
  readonly amountFen: number;
  readonly article: string;
  readonly #rule: AppliedRule;
  #trace: readonly DuesTraceStep[] | undefined;

  constructor(category: DuesCategory, amountFen: number, rule: AppliedRule) {
    this.category = category;
    this.amountFen = amountFen;
    this.article = rule.article ?? '';
    this.#rule = rule;
  }

  get trace(): readonly DuesTraceStep[] {
    const { category, amountFen, article } = this;
    const text = phrase(duesMessages.traceFixed, {
      category: categoryNames[category],
      amount: amountFen,
      article,
    }).text;
    return (this.#trace ??= [{ step: 'fixed', amountFen, rule: this.#rule, text }]);
  }

  toJSON(): DuesAmount {
    return { ...this, trace: this.trace };
  }
}

class RateAmount implements DuesAmount {
  readonly category: DuesCategory;
  readonly amountFen: number;
  readonly baseFen: number;
  readonly rateBp: number;
  readonly bandRuleId: string;
  readonly article: string;
  readonly #band: DuesBand;
  readonly #rates: DuesRateTable;
  readonly #schedule: DuesSchedule;
  #trace: readonly DuesTraceStep[] | undefined;

  constructor(category: DuesCategory, baseFen: number, band: DuesBand, rates: DuesRateTable, schedule: DuesSchedule) {
    this.category = category;
    this.amountFen = roundFen(baseFen * band.rateBp, 10_000, schedule.rounding);
    this.baseFen = baseFen;
    this.rateBp = band.rateBp;
    this.bandRuleId = band.ruleId;
    this.article = band.rule.article ?? '';
    this.#band = band;
    this.#rates = rates;
    this.#schedule = schedule;
  }

  get trace(): readonly DuesTraceStep[] {
    this.#trace ??= rateTrace(this, this.#band, this.#rates, this.#schedule);
    return this.#trace;
  }

  toJSON(): DuesAmount {
    return { ...this, trace: this.trace };
  }
}

/** base → band → rate → rounding, each step with its rule and its words. */
function rateTrace(amount: RateAmount, band: DuesBand, rates: DuesRateTable, schedule: DuesSchedule): DuesTraceStep[] {
  const { category, baseFen, amountFen } = amount;
  const exact = { numerator: baseFen * band.rateBp, denominator: 10_000 };
  const [hit] = rates.compiled.evaluate({ baseFen }, schedule.version);
  const baseRule = citation(`dues.base.${category}`, baseEntries[category]!);
  const exactText = fraction(exact.numerator, exact.denominator);
  const rounding = `${schedule.rounding.mode}/${schedule.rounding.unitFen}`;
  return [
    {
      step: 'base',
      category,
      baseFen,
      rule: baseRule,
      text: phrase(duesMessages.traceBase, {
        category: categoryNames[category],
        base: baseFen,
        article: baseRule.article ?? '',
      }).text,
    },
    {
      step: 'band',
      lowerExclusiveFen: band.lowerExclusiveFen,
      upperInclusiveFen: band.upperInclusiveFen,
      rule: band.rule,
      text: phrase(duesMessages.traceBand, { band: hit!.reason, article: band.rule.article ?? '' }).text,
    },
    {
      step: 'rate',
      rateBp: band.rateBp,
      exact,
      rule: band.rule,
      text: phrase(duesMessages.traceRate, { rate: percent(band.rateBp), base: baseFen, exact: exactText }).text,
    },
    {
      step: 'rounding',
      amountFen,
      rule: schedule.rounding.rule,
      text: phrase(duesMessages.traceRounding, { rounding, exact: exactText, amount: amountFen }).text,
    },
  ];
}

const bandFacts = { baseFen: 0 };

/**
 * A member's monthly dues from the schedule: base → band → rate → rounding for the rate
 * categories, a fixed amount for the rest — integer fen, with every step traced to its rule.
 * Bad input is a typed error: a category the regulation does not know, a base that is not whole
 * fen, a missing base, a farmer's amount outside 0.2–1 元.
 */
export function duesAmount(input: DuesAmountInput, schedule: DuesSchedule = officialDuesSchedule): DuesAmount {
  const category = checkedCategory(input.category);
  if (input.fixedFen !== undefined) checkedFen(input.fixedFen, 'fixedFen');
  const rates = rateTableOf(schedule, category);
  if (!rates) return fixedAmount(category, input.fixedFen, schedule);
  if (input.baseFen === undefined) {
    throw refuse(duesAmountRules.baseRequired, { collection: 'duesStandards', id: category }, 'baseFen', {
      category: categoryNames[category],
    });
  }
  const baseFen = checkedFen(input.baseFen, 'baseFen');
  // The first-hit band rule set, without building its explanation (the trace does, if read).
  // One facts object, refilled: the rule set reads it synchronously and keeps nothing.
  bandFacts.baseFen = baseFen;
  const band = rates.bands[rates.compiled.firstHitIndex(bandFacts, schedule.version)];
  // The bands of dues.json cover every base from 0 up: a miss would be a broken table, not bad input.
  if (!band) throw new RangeError(`No dues band of ${rates.group} holds ${baseFen} fen`);
  return new RateAmount(category, baseFen, band, rates, schedule);
}
