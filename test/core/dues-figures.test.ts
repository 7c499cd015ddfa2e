import { duesAmount, officialDuesSchedule, type AppliedRule, type DuesCategory } from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import dues from '../../packages/core/rules/dues.json';

// Every figure of dues.json (each object that carries an article) is reachable through the public
// API with its article and confirmed flag — and the numbers are the table's. A figure added to
// the table without a way to reach it fails the first test.

type Entry = { readonly article: string; readonly confirmed?: boolean };
const schedule = officialDuesSchedule;

/** The path of every object in the table that cites an article (the regulation's own sources aside). */
function citedPaths(value: unknown, path: string[] = []): string[] {
  if (value === null || typeof value !== 'object') return [];
  const here = 'article' in value && path[0] !== 'sources' ? [path.join('.')] : [];
  return [...here, ...Object.entries(value).flatMap(([key, child]) => citedPaths(child, [...path, key]))];
}

const at = (path: string): Entry =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], dues) as Entry;

/** Where each cited figure is reached, by hand. */
const reach: Readonly<Record<string, () => AppliedRule>> = {
  ...Object.fromEntries(
    Object.keys(dues.incomeBase).map((key) => [
      `incomeBase.${key}`,
      () => schedule.incomeBase[key as keyof typeof schedule.incomeBase].rule,
    ]),
  ),
  ...Object.fromEntries(
    (['inService', 'retired'] as const).flatMap((group) =>
      dues.rates[group].bands.map((_, index) => [
        `rates.${group}.bands.${index}`,
        () => schedule.rates[group].bands[index]!.rule,
      ]),
    ),
  ),
  ...Object.fromEntries(
    dues.fixedAmounts.map((_, index) => [`fixedAmounts.${index}`, () => schedule.fixedAmounts[index]!.rule]),
  ),
  reductionOrExemption: () => schedule.reliefApprovals.rule,
  probationaryMembers: () => schedule.probationaryPayFromAcceptance.rule,
  whereToPay: () => schedule.whereToPay.rule,
  voluntaryExtra: () => schedule.voluntaryCentralThresholdFen.rule,
  schedule: () => schedule.cadence.rule,
  'schedule.quarterlyAllowed': () => schedule.quarterlyAllowed.rule,
  'schedule.proxyPaymentAllowed': () => schedule.proxyPayers.rule,
  'schedule.backPaymentMaxMonths': () => schedule.backPaymentMaxMonths.rule,
  'schedule.prepayment': () => schedule.prepayment.rule,
  collectionProhibitions: () => schedule.collectionProhibitions.rule,
  nonPayment: () => schedule.nonPaymentMonths.rule,
  'nonPayment.constitutionBasis': () => schedule.nonPaymentConstitution.rule,
  ...Object.fromEntries(
    dues.upwardRemittance.map((_, index) => [
      `upwardRemittance.${index}`,
      () => schedule.upwardRemittanceBp[index]!.rule,
    ]),
  ),
};

describe('every dues.json figure through the public API', () => {
  it('reaches each cited figure with its article and confirmed flag', () => {
    const paths = citedPaths(dues);
    expect(paths.length).toBeGreaterThan(20);
    expect(Object.keys(reach).sort()).toEqual([...paths].sort());
    for (const path of paths) {
      const entry = at(path);
      expect(reach[path]!(), path).toMatchObject({ article: entry.article, confirmed: entry.confirmed ?? true });
    }
  });

  it('carries the table’s numbers', () => {
    for (const group of ['inService', 'retired'] as const) {
      expect(
        schedule.rates[group].bands.map(({ lowerExclusiveFen, upperInclusiveFen, rateBp }) => ({
          lowerExclusiveFen,
          upperInclusiveFen,
          rateBp,
        })),
      ).toEqual(
        dues.rates[group].bands.map(({ lowerExclusiveFen, upperInclusiveFen, rateBp }) => ({
          lowerExclusiveFen,
          upperInclusiveFen,
          rateBp,
        })),
      );
      expect(schedule.rates[group].appliesTo).toEqual(dues.rates[group].appliesTo);
    }
    expect(schedule.fixedAmounts.map(({ category, minFen, maxFen }) => [category, minFen, maxFen])).toEqual(
      dues.fixedAmounts.map((entry) => [
        entry.category,
        'fenPerMonth' in entry ? entry.fenPerMonth : entry.minFenPerMonth,
        'fenPerMonth' in entry ? entry.fenPerMonth : entry.maxFenPerMonth,
      ]),
    );
    expect(schedule.reliefApprovals.value).toEqual(dues.reductionOrExemption.approvals);
    expect(schedule.backPaymentMaxMonths.value).toBe(dues.schedule.backPaymentMaxMonths.value);
    expect(schedule.proxyPayers.value).toEqual(dues.schedule.proxyPaymentAllowed.by);
    expect(schedule.quarterlyAllowed.value).toBe(true);
    expect(schedule.nonPaymentMonths.value).toBe(dues.nonPayment.consecutiveMonths);
    expect(schedule.voluntaryCentralThresholdFen.value).toBe(dues.voluntaryExtra.oneOffCentralThresholdFen);
    expect(schedule.upwardRemittanceBp.map((figure) => figure.value)).toEqual(
      dues.upwardRemittance.map((entry) => entry.rateBp),
    );
    expect(schedule.prepayment.rule.confirmed).toBe(false);
    expect(schedule.version).toBe(dues.asOf);
  });

  it('prices every band and fixed amount through duesAmount, citing the figure’s article', () => {
    for (const group of ['inService', 'retired'] as const) {
      const category = dues.rates[group].appliesTo[0] as DuesCategory;
      for (const band of dues.rates[group].bands) {
        const baseFen = band.upperInclusiveFen ?? (band.lowerExclusiveFen ?? 0) + 1;
        const amount = duesAmount({ category, baseFen });
        expect(amount.rateBp).toBe(band.rateBp);
        expect(amount.article).toBe(band.article);
      }
    }
    for (const entry of dues.fixedAmounts) {
      const fen = 'fenPerMonth' in entry ? entry.fenPerMonth : entry.maxFenPerMonth;
      const amount = duesAmount({ category: entry.category as DuesCategory, fixedFen: fen });
      expect(amount).toMatchObject({ amountFen: fen, article: entry.article });
    }
  });
});
