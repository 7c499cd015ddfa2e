import type { Finding } from '../kernel/finding.js';

/** What an engine returns: its findings, each with its rule and reason, and the data it computed. */
export interface EngineReport<D> {
  readonly findings: readonly Finding[];
  readonly data: D;
}
