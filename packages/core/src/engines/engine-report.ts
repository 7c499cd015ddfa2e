import type { Finding } from '../kernel/finding.js';

/**
 * What every engine returns: the findings it made (each with its rule, subject and reason text)
 * and the data it computed (rows, counts, schedules). An engine with nothing to find returns an
 * empty `findings`; one whose result is only findings returns the facts it read as `data`.
 *
 * Engines are named after what they return, a noun ending in `Report` (`structureReport`,
 * `coverageReport`): an engine never does anything, it reports; a verb name (`checkStructure`)
 * reads like an action, and a bare noun (`dualManagement`) hides that a report comes back.
 * test/core/engine-shape.test.ts holds every engine to this name and this shape.
 *
 * Nothing else is common: an `asOf` field would not be honest for structure, funding or dual
 * management, which take no date.
 */
export interface EngineReport<D> {
  readonly findings: readonly Finding[];
  readonly data: D;
}
