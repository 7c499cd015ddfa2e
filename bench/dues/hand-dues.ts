/**
 * The baseline a peer would write for a month's dues: the 2008 rules' bands as `if`s over integer
 * fen, half-up to the fen, the fixed amounts as constants. Same figures as packages/core/rules/dues.json.
 */
export type HandCategory =
  | 'employed'
  | 'annualSalary'
  | 'selfEmployed'
  | 'retired'
  | 'farmer'
  | 'student'
  | 'unemployed'
  | 'relief'
  | 'subsistence';

/** basis points of the base, by band (upper bounds inclusive, 第二条 / 第五条). */
function rateBp(category: HandCategory, baseFen: number): number {
  if (category === 'retired') return baseFen <= 500_000 ? 50 : 100;
  if (baseFen <= 300_000) return 50;
  if (baseFen <= 500_000) return 100;
  if (baseFen <= 1_000_000) return 150;
  return 200;
}

/** Whole fen, half up, in integer arithmetic. */
const halfUp = (numerator: number, denominator: number): number => {
  const whole = Math.floor(numerator / denominator);
  return 2 * (numerator - whole * denominator) >= denominator ? whole + 1 : whole;
};

export function handDuesFen(category: HandCategory, baseFen: number | undefined, fixedFen?: number): number {
  switch (category) {
    case 'farmer':
      return fixedFen ?? 20;
    case 'student':
    case 'unemployed':
    case 'relief':
    case 'subsistence':
      return 20;
    default:
      return halfUp(baseFen! * rateBp(category, baseFen!), 10_000);
  }
}

/** What a month's line holds for a member: what a peer stores when opening the month. */
export interface HandDuesLine {
  readonly category: HandCategory;
  readonly amountFen: number;
  readonly baseFen: number | undefined;
  readonly rateBp: number | undefined;
}

/** The same as a line, as a peer opening a month writes one per member. */
export function handDuesLine(category: HandCategory, baseFen: number | undefined, fixedFen?: number): HandDuesLine {
  const rate = baseFen === undefined || fixedOnly.has(category) ? undefined : rateBp(category, baseFen);
  return { category, amountFen: handDuesFen(category, baseFen, fixedFen), baseFen, rateBp: rate };
}

const fixedOnly: ReadonlySet<HandCategory> = new Set(['farmer', 'student', 'unemployed', 'relief', 'subsistence']);
