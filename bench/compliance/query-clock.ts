import { existsSync, readFileSync } from 'node:fs';
import type pg from 'pg';

/**
 * The CPU milliseconds a PostgreSQL backend has used, from /proc (user + system, 10 ms ticks),
 * or undefined when the server is not on this machine (PG_URL elsewhere): its CPU is then out of reach.
 */
export async function backendCpuClock(client: pg.PoolClient): Promise<(() => number) | undefined> {
  const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  const stat = `/proc/${rows[0]!.pid}/stat`;
  if (!existsSync(stat)) return undefined;
  const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux
  return () => {
    // Fields after "(comm) ": state is [0], utime [11], stime [12].
    const fields = readFileSync(stat, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
  };
}
