import pg from 'pg';
import { freePort, startTempCluster, type TempCluster } from '../../scripts/postgres.js';

/** PG_URL, or a throw-away cluster on loopback (fsync off, like the tests), stopped by `stop`. */
export async function postgresServer(): Promise<{ readonly url: string; stop(): void }> {
  const given = process.env['PG_URL'];
  if (given) return { url: given, stop: () => undefined };
  const cluster: TempCluster = startTempCluster(await freePort());
  return cluster;
}

/** A database of its own on the server, with a pool; `drop` ends the pool, drops it and stops the server. */
export interface BenchDatabase {
  readonly pool: pg.Pool;
  drop(): Promise<void>;
}

export async function benchDatabase(suffix: string, maxClients: number): Promise<BenchDatabase> {
  const server = await postgresServer();
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  const name = `dj_bench_${suffix}${process.pid}`;
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: maxClients });
  // Dropping the database at the end ends idle clients: not an error of the bench.
  pool.on('error', () => undefined);
  return {
    pool,
    drop: async () => {
      await pool.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      server.stop();
    },
  };
}
