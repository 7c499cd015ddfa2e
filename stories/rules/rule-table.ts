import development from '../../packages/core/rules/development.json';
import dues from '../../packages/core/rules/dues.json';
import meetings from '../../packages/core/rules/meetings.json';
import membershipStatus from '../../packages/core/rules/membership-status.json';
import orgThresholds from '../../packages/core/rules/org-thresholds.json';

/**
 * The rule tables' pages are generated from packages/core/rules/*.json each time Storybook
 * builds: every entry that cites an article becomes a row (what it says, its figures, the
 * article and regulation, whether the figure was confirmed), so a page cannot drift from the data.
 */

export const ruleTableFiles = {
  'org-thresholds': orgThresholds,
  meetings,
  development,
  dues,
  'membership-status': membershipStatus,
} as const;

export type RuleTableFile = keyof typeof ruleTableFiles;

interface Source {
  readonly id: string;
  readonly name: string;
  readonly article?: string;
  readonly year?: number;
}

export interface RuleRow {
  /** Where in the file, e.g. `units › branch › generalMaxMembers`. */
  readonly path: string;
  readonly label: string;
  /** The rule in words, where the entry has one. */
  readonly rule: string;
  /** The entry's figures, e.g. `mustEstablishWhenFullMembersAtLeast: 3`, `value: 6 months`. */
  readonly figures: string;
  readonly article: string;
  readonly source: string;
  readonly confirmed: boolean | undefined;
}

/** Keys that describe an entry rather than state one of its figures. */
const descriptive = new Set([
  'label',
  'rule',
  'role',
  'handling',
  'article',
  'source',
  'confirmed',
  'evidence',
  'engineHint',
  'wording',
  'note',
  'notes',
]);

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

const isRecord = (value: unknown): value is { readonly [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A figure as a reader says it: `6 months` for `{ value: 6, unit: 'months' }`, `1/2` for a fraction. */
function figureText(value: Json): string {
  if (isRecord(value)) {
    if ('value' in value && 'unit' in value) return `${String(value['value'])} ${String(value['unit'])}`;
    if ('num' in value && 'den' in value)
      return `${String(value['num'])}/${String(value['den'])}${value['strict'] ? ' (more than)' : ''}`;
    return Object.entries(value)
      .filter(([key, inner]) => !descriptive.has(key) && !isRecord(inner))
      .map(([key, inner]) => `${key} ${figureText(inner)}`)
      .join(', ');
  }
  if (Array.isArray(value)) return value.map((item) => figureText(item)).join(', ');
  return String(value);
}

function figuresOf(entry: { readonly [key: string]: Json }): string {
  return Object.entries(entry)
    .filter(([key, value]) => !descriptive.has(key) && (!isRecord(value) || !('article' in value)))
    .map(([key, value]) => `${key}: ${figureText(value)}`)
    .filter((text) => !text.endsWith(': '))
    .join('; ');
}

/** Every entry of a table that cites an article, depth first, in the file's order. */
export function ruleRows(file: RuleTableFile): RuleRow[] {
  const table = ruleTableFiles[file] as unknown as { readonly [key: string]: Json };
  const sources = (table['sources'] ?? []) as unknown as readonly Source[];
  const sourceName = (id: Json | undefined) => {
    const source = sources.find((candidate) => candidate.id === id);
    return source ? `${source.name}${source.year ? ` (${source.year})` : ''}` : String(id ?? '');
  };
  const rows: RuleRow[] = [];
  const walk = (value: Json, path: readonly string[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, String(index + 1)]));
      return;
    }
    if (!isRecord(value)) return;
    if (typeof value['article'] === 'string') {
      rows.push({
        path: path.join(' › '),
        label: String(value['label'] ?? path.at(-1) ?? ''),
        rule: String(value['rule'] ?? value['role'] ?? value['handling'] ?? ''),
        figures: figuresOf(value),
        article: value['article'],
        source: sourceName(value['source']),
        confirmed: typeof value['confirmed'] === 'boolean' ? value['confirmed'] : undefined,
      });
    }
    for (const [key, inner] of Object.entries(value)) walk(inner, [...path, key]);
  };
  for (const [key, value] of Object.entries(table)) {
    if (key !== 'sources' && key !== 'notes') walk(value, [key]);
  }
  return rows;
}

/** The table's header: title, what its numbers mean, its sources and the researchers' notes. */
export function ruleTableHeader(file: RuleTableFile): {
  title: string;
  schemaNote: string;
  asOf: string;
  sources: readonly Source[];
  notes: readonly string[];
} {
  const table = ruleTableFiles[file] as unknown as { readonly [key: string]: unknown };
  return {
    title: String(table['title'] ?? file),
    schemaNote: String(table['schemaNote'] ?? ''),
    asOf: String(table['asOf'] ?? ''),
    sources: (table['sources'] ?? []) as readonly Source[],
    notes: (table['notes'] ?? []) as readonly string[],
  };
}
