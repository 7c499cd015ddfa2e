import type { DuesLine, DuesRelief, DuesStandard } from '../../schema/dues.js';
import { duesAmount } from './dues-amount.js';
import { officialDuesSchedule, type DuesSchedule } from './dues-schedule.js';

/**
 * What a month asks of one member, as the month snapshots it: the standard's amount (with the
 * band and rate that gave it), or an approved relief's amount in its place (第七条).
 */
export function duesLineOf(
  memberId: string,
  standard: DuesStandard,
  relief: DuesRelief | undefined,
  schedule: DuesSchedule = officialDuesSchedule,
): DuesLine {
  const amount = duesAmount(
    {
      category: standard.category,
      ...(standard.baseFen !== undefined && { baseFen: standard.baseFen }),
      ...(standard.fixedFen !== undefined && { fixedFen: standard.fixedFen }),
    },
    schedule,
  );
  const relieved = relief
    ? relief.kind === 'exempt'
      ? 0
      : Math.min(relief.amountFen ?? 0, amount.amountFen)
    : undefined;
  return {
    memberId,
    category: standard.category,
    ...(amount.baseFen !== undefined && { baseFen: amount.baseFen }),
    standardFen: amount.amountFen,
    dueFen: relieved ?? amount.amountFen,
    ...(amount.bandRuleId !== undefined && { ruleId: amount.bandRuleId }),
    ...(amount.rateBp !== undefined && { rateBp: amount.rateBp }),
    article: relief ? ruleTableArticle(amount.article) : amount.article,
    ...(relief && { reliefId: relief.id }),
  };
}

/** A relieved line cites 第七条 beside the article of the standard it replaces. */
const ruleTableArticle = (standardArticle: string): string => `${standardArticle}、第七条`;
