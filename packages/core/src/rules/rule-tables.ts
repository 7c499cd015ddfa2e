import development from '../../rules/development.json';
import dues from '../../rules/dues.json';
import meetings from '../../rules/meetings.json';
import membershipStatus from '../../rules/membership-status.json';
import orgThresholds from '../../rules/org-thresholds.json';

/**
 * The official rule tables, vendored as JSON (each figure with its article and a `confirmed`
 * flag). Engines read figures from here; where a figure is unconfirmed, they let a portal
 * override it.
 */
export const ruleTables = { orgThresholds, meetings, development, dues, membershipStatus } as const;

export type RuleTableName = keyof typeof ruleTables;

interface SourceEntry {
  readonly id: string;
  readonly name: string;
  readonly year: number;
}

/** The regulation a figure comes from: its full name and year, by the table's source id. */
export function ruleSource(table: RuleTableName, sourceId: string): SourceEntry | undefined {
  const sources = (ruleTables[table] as { sources?: readonly SourceEntry[] }).sources ?? [];
  return sources.find((source) => source.id === sourceId);
}
