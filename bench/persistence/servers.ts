import { freePort, startTempCluster, type TempCluster } from '../../scripts/postgres.js';

/** PG_URL, or a throw-away cluster on loopback (fsync off, like the tests), stopped by `stop`. */
export async function postgresServer(): Promise<{ readonly url: string; stop(): void }> {
  const given = process.env['PG_URL'];
  if (given) return { url: given, stop: () => undefined };
  const cluster: TempCluster = startTempCluster(await freePort());
  return cluster;
}
