import type { TestProject } from 'vitest/node';
import { freePort, startTempCluster, type TempCluster } from '../../scripts/postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

/**
 * A real PostgreSQL server for the adapter tests: the one in PG_URL (CI starts it), or else a
 * throw-away cluster on loopback started here and removed afterwards.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env['PG_URL'];
  let cluster: TempCluster | undefined;
  if (!given) cluster = startTempCluster(Number(process.env['PG_TEST_PORT'] ?? (await freePort())));
  project.provide('pgUrl', given ?? cluster!.url);
  return () => cluster?.stop();
}
