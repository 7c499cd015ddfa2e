import type { PGliteInterface, Transaction } from '@electric-sql/pglite';
import type { SqlDriver, SqlExecutor, SqlResult } from '../postgres/driver.js';

type PgliteQueryable = Pick<PGliteInterface, 'query' | 'exec'> | Transaction;

function executorOf(db: PgliteQueryable): SqlExecutor {
  return {
    query: async <T>(sql: string, params: readonly unknown[] = []): Promise<SqlResult<T>> => ({
      rows: (await db.query<T>(sql, [...params])).rows,
    }),
    // `query` takes one statement (extended protocol); `exec` runs a whole script.
    exec: async (sql: string): Promise<void> => {
      await db.exec(sql);
    },
  };
}

/**
 * A `SqlDriver` over PGlite (Postgres in wasm: Node, or the browser with `idb://`). PGlite is
 * one connection: its `transaction()` holds every other query back until it ends.
 */
export class PgliteDriver implements SqlDriver {
  readonly #db: PGliteInterface;
  readonly #owned: boolean;
  readonly #executor: SqlExecutor;

  /** `owned`: close the database on `close()` (the caller's own instance is left open). */
  constructor(db: PGliteInterface, owned = false) {
    this.#db = db;
    this.#owned = owned;
    this.#executor = executorOf(db);
  }

  query<T>(sql: string, params?: readonly unknown[]): Promise<SqlResult<T>> {
    return this.#executor.query<T>(sql, params);
  }

  exec(sql: string): Promise<void> {
    return this.#executor.exec(sql);
  }

  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.#db.transaction((tx) => fn(executorOf(tx)));
  }

  async close(): Promise<void> {
    if (this.#owned) await this.#db.close();
  }
}
