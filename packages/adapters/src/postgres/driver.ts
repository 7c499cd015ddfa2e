import type { CommitLedger } from './commit-ledger.js';
/** The rows a statement returned; drivers hand back parsed values (jsonb as objects). */
export interface SqlResult<T> {
  readonly rows: T[];
}

/** What the store's SQL runs on: a connection, or the connection inside a transaction. */
export interface SqlExecutor {
  /** One parameterised statement ($1, $2 …). */
  query<T>(sql: string, params?: readonly unknown[]): Promise<SqlResult<T>>;
  /** A script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Optional bulk path: appends `rows` to `table` in one `COPY … FROM STDIN` (node-postgres has
   * it inside transactions). Values are text, or null for SQL NULL; the columns' types parse them.
   * Stores use it for large commits and fall back to one `INSERT … SELECT unnest(…)` without it.
   */
  copyRows?(table: string, columns: readonly string[], rows: readonly CopyRow[]): Promise<void>;
}

/** One row for `copyRows`, its values in the order of the columns. */
export type CopyRow = readonly (string | null)[];

/**
 * The tiny driver the one SQL implementation runs over (node-postgres, PGlite, or whatever
 * reaches Kingbase / openGauss). `transaction` commits when `fn` resolves and rolls back when it
 * rejects, on a single connection, so everything `fn` does lands together or not at all.
 */
export interface SqlDriver extends SqlExecutor {
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * Set only when no one else writes the database (PGlite runs inside this process): shared by
   * every driver on it, it lets stores answer `newestAuditSeq` without a query.
   */
  readonly commitLedger?: CommitLedger;
  /** Releases what the driver owns; a pool or database handed in by the caller stays open. */
  close(): Promise<void>;
}

/**
 * What every driver shares: statements outside a transaction go to one executor (the pool, the
 * database). A driver adds how it runs a transaction and what it closes.
 */
export abstract class ExecutorDriver implements SqlDriver {
  readonly #executor: SqlExecutor;

  protected constructor(executor: SqlExecutor) {
    this.#executor = executor;
  }

  query<T>(sql: string, params?: readonly unknown[]): Promise<SqlResult<T>> {
    return this.#executor.query<T>(sql, params);
  }

  exec(sql: string): Promise<void> {
    return this.#executor.exec(sql);
  }

  abstract transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  abstract close(): Promise<void>;
}
