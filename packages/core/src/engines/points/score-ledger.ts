import type { LocalizedText } from '../../i18n/locale.js';
import type {
  CapPeriod,
  ScoreItem,
  ScorePart,
  ScoreScheme,
  ScoreSourceId,
  ScoreVeto,
} from '../../schema/score-scheme.js';
import type { SourceEntry, SourceRef } from './score-sources.js';

/** Why a line counts less than its raw points: a cap reached in a period, a veto. */
export interface LedgerLine {
  /** The Asia/Shanghai day the member did it. */
  readonly on: string;
  readonly itemId: string;
  readonly item: LocalizedText;
  readonly part: ScorePart;
  /** The source it came from (meetings attended, wishes fulfilled, manual awards) and its record. */
  readonly source: ScoreSourceId;
  readonly sourceRef: SourceRef;
  readonly quantity: number;
  /** What the item gives for it before any cap. */
  readonly rawPoints: number;
  /** What is left of it under the item's cap for the period. */
  readonly cappedPoints: number;
  /** What counts: the capped points, or 0 under a veto. */
  readonly points: number;
  /** The cap that took points off this line: its period (`2026-03`, `2026-Q1`, `2026`) and figure. */
  readonly capped?: { readonly period: string; readonly max: number };
  /** The veto that zeroed the line. */
  readonly vetoedBy?: string;
  /** The day the award was taken back (on or before the ledger's day): the line counts 0 and fills no cap. */
  readonly revokedOn?: string;
}

export type PartTotals = Readonly<Record<ScorePart, number>>;

/** One member's year: every line, the parts and the total, each the sum of the lines below it. */
export interface LedgerTotals {
  readonly lines: readonly LedgerLine[];
  readonly parts: PartTotals;
  readonly total: number;
}

/** The cap period a day falls in, as its label. */
export function capPeriodOf(on: string, period: CapPeriod): string {
  const [year, month] = [on.slice(0, 4), Number(on.slice(5, 7))];
  if (period === 'year') return year;
  if (period === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return on.slice(0, 7);
}

/** Whether an item counts an entry of its source: the meeting kind it names, the award's own item. */
function counts(item: ScoreItem, source: ScoreSourceId, entry: SourceEntry): boolean {
  if (item.source !== source) return false;
  if (entry.itemId !== undefined && entry.itemId !== item.id) return false;
  return (
    item.kinds === undefined || (entry.kind !== undefined && (item.kinds as readonly string[]).includes(entry.kind))
  );
}

/** Raw points: an award's own points, else the item's points per whole `per.quantity` units. */
function rawPointsOf(item: ScoreItem, entry: SourceEntry): number {
  if (entry.points !== undefined) return entry.points;
  return Math.floor(entry.quantity / (item.per?.quantity ?? 1)) * item.points;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Lines in day order; the same day by source record, then the scheme's item order. */
function inOrder(
  pairs: { item: ScoreItem; itemIndex: number; source: ScoreSourceId; entry: SourceEntry }[],
): { item: ScoreItem; source: ScoreSourceId; entry: SourceEntry }[] {
  return pairs.sort(
    (a, b) =>
      compareText(a.entry.on, b.entry.on) ||
      compareText(a.entry.sourceRef.collection, b.entry.sourceRef.collection) ||
      compareText(a.entry.sourceRef.id, b.entry.sourceRef.id) ||
      a.itemIndex - b.itemIndex,
  );
}

/** Whether a veto zeroes a line of this part. */
const zeroes = (veto: ScoreVeto, part: ScorePart): boolean => veto.zeroes === 'year' || part === 'reward';

/**
 * One member's ledger for a year: each entry the scheme's items count becomes a line; the lines
 * fill each item's cap period by period in day order (what is over the cap is shown, not
 * counted); a veto that holds zeroes the lines it covers. Entries must be the member's, inside
 * one calendar year: caps and totals restart each year.
 */
export function scoreLedger(
  entries: readonly { readonly source: ScoreSourceId; readonly entry: SourceEntry }[],
  scheme: Pick<ScoreScheme, 'items'>,
  vetoes: readonly ScoreVeto[] = [],
): LedgerTotals {
  const pairs = entries.flatMap(({ source, entry }) =>
    scheme.items.flatMap((item, itemIndex) =>
      counts(item, source, entry) ? [{ item, itemIndex, source, entry }] : [],
    ),
  );
  const used = new Map<string, number>();
  const parts: Record<ScorePart, number> = { base: 0, task: 0, reward: 0 };
  const lines = inOrder(pairs).map(({ item, source, entry }): LedgerLine => {
    const rawPoints = rawPointsOf(item, entry);
    let cappedPoints = entry.revokedOn === undefined ? rawPoints : 0;
    let capped: LedgerLine['capped'];
    if (item.capPerPeriod && entry.revokedOn === undefined) {
      const period = capPeriodOf(entry.on, item.capPerPeriod.period);
      const key = `${item.id}\u0000${period}`;
      const before = used.get(key) ?? 0;
      cappedPoints = Math.max(0, Math.min(rawPoints, item.capPerPeriod.max - before));
      used.set(key, before + cappedPoints);
      if (cappedPoints < rawPoints) capped = { period, max: item.capPerPeriod.max };
    }
    const veto = vetoes.find((each) => zeroes(each, item.part));
    const points = veto ? 0 : cappedPoints;
    parts[item.part] += points;
    return {
      on: entry.on,
      itemId: item.id,
      item: item.label,
      part: item.part,
      source,
      sourceRef: entry.sourceRef,
      quantity: entry.quantity,
      rawPoints,
      cappedPoints,
      points,
      ...(capped && { capped }),
      ...(veto && { vetoedBy: veto.id }),
      ...(entry.revokedOn !== undefined && { revokedOn: entry.revokedOn }),
    };
  });
  return { lines, parts, total: parts.base + parts.task + parts.reward };
}
