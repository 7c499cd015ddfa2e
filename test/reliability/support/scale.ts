/**
 * How big the reliability runs are. `full` is what docs/RELIABILITY.md reports (`npm run
 * reliability`); `quick` is what `npm test` runs (the vitest project defaults to it): the same
 * assertions on smaller counts, so the whole suite stays within its time budget.
 */
export const scale: 'full' | 'quick' = process.env['DJ_RELIABILITY_SCALE'] === 'quick' ? 'quick' : 'full';

/** A count for this scale; an environment variable of its own overrides both. */
export function sized(full: number, quick: number, variable: string): number {
  const given = process.env[variable];
  return given ? Number(given) : scale === 'full' ? full : quick;
}
