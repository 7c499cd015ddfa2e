import { ScoreSchemeSchema, type ScoreScheme } from '../../schema/score-scheme.js';
import { shanghaiDate } from '../../calendar/instant.js';
import type { Snapshot } from '../../kernel/snapshot.js';
import { ancestorsOf } from '../org-tree.js';
import scheme from './default-score-scheme.json';

/**
 * The kit's example scheme (local schemes differ: this one splits base, task and reward points,
 * caps each item per month, quarter or year, vetoes the year under discipline and exempts members
 * over 70 or long ill from ranking). Parsed by the same schema a portal's scheme goes through.
 */
export const defaultScoreScheme: ScoreScheme = ScoreSchemeSchema.parse(scheme);

/**
 * The scheme that holds for a member managed in `orgId` on a day: the stored one of the nearest
 * org at or above it (a tenant-wide one last) with the latest `validFrom` not after the day; the
 * kit's default when the portal stored none.
 */
export function scoreSchemeFor(
  snapshot: Pick<Snapshot, 'orgs' | 'scoreSchemes'>,
  orgId: string | undefined,
  on: string,
): ScoreScheme {
  const day = shanghaiDate(on, 'on');
  const chain = [...(orgId === undefined ? [] : ancestorsOf(snapshot, orgId).map((org) => org.id)), undefined];
  for (const owner of chain) {
    let best: ScoreScheme | undefined;
    for (const stored of snapshot.scoreSchemes.values()) {
      if (stored.orgId !== owner || stored.validFrom > day) continue;
      if (!best || stored.validFrom > best.validFrom) best = stored;
    }
    if (best) return best;
  }
  return defaultScoreScheme;
}
