import type { PgPool } from './pg-driver.js';

export interface PoolSettings {
  readonly connectionString: string;
  /** Most connections the pool opens; node-postgres defaults to 10. */
  readonly max?: number;
}

/**
 * A node-postgres pool, loaded only when asked for: a caller bringing its own pool (or a fork of
 * `pg` for Kingbase / openGauss) never loads `pg` at all.
 */
export async function createPool(settings: PoolSettings): Promise<PgPool> {
  // The default export is there in every pg 8 release; named ESM exports only in later ones.
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: settings.connectionString, max: settings.max });
  // An idle client whose server connection drops emits 'error' on the pool; unheard, that would
  // crash the process. The pool already discards such a client, so there is nothing more to do.
  pool.on('error', () => undefined);
  return pool;
}
