import { ExecutorDriver, type CopyRow, type SqlExecutor, type SqlResult } from '../postgres/driver.js';
import { copyRows, type SubmittableClient } from './copy-in.js';

/** The part of a node-postgres `Pool` / `PoolClient` the driver uses (forks of `pg` fit too). */
export interface PgQueryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface PgPoolClient extends PgQueryable {
  /** `release(error)` destroys the connection instead of returning it to the pool. */
  release(destroy?: boolean | Error): void;
  on(event: 'error', listener: (error: Error) => void): unknown;
  removeListener(event: 'error', listener: (error: Error) => void): unknown;
}

export interface PgPool extends PgQueryable {
  connect(): Promise<PgPoolClient>;
  end(): Promise<void>;
}

function executorOf(db: PgQueryable, copyClient?: SubmittableClient): SqlExecutor {
  return {
    ...(copyClient && {
      copyRows: (table: string, columns: readonly string[], rows: readonly CopyRow[]) =>
        copyRows(copyClient, table, columns, rows),
    }),
    query: async <T>(sql: string, params: readonly unknown[] = []): Promise<SqlResult<T>> =>
      (await db.query(sql, [...params])) as SqlResult<T>,
    // Without parameters node-postgres uses the simple protocol, which runs several statements.
    exec: async (sql: string): Promise<void> => {
      await db.query(sql);
    },
  };
}

/** Rolls back; returns the error when the connection itself is gone, so it is not reused. */
async function rollback(client: PgPoolClient): Promise<Error | undefined> {
  try {
    await client.query('ROLLBACK');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * A `SqlDriver` over a node-postgres pool: each transaction takes one client for its whole life,
 * and can bulk-load rows with COPY on it (`copyRows`).
 */
export class PgDriver extends ExecutorDriver {
  readonly #pool: PgPool;
  readonly #owned: boolean;

  /** `owned`: end the pool on `close()` (the caller's own pool is left open). */
  constructor(pool: PgPool, owned = false) {
    super(executorOf(pool));
    this.#pool = pool;
    this.#owned = owned;
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    let broken: Error | undefined;
    // A connection lost between two statements is reported as an event, not through a query;
    // unheard, it would crash the process. Note it: the next statement fails anyway.
    const onLost = (error: Error): void => {
      broken = error;
    };
    client.on('error', onLost);
    try {
      await client.query('BEGIN');
      // A pool client is a node-postgres Client: it runs submittables, so COPY works on it.
      const result = await fn(executorOf(client, client as unknown as SubmittableClient));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      broken = (await rollback(client)) ?? broken;
      throw error;
    } finally {
      client.removeListener('error', onLost);
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    if (this.#owned) await this.#pool.end();
  }
}
