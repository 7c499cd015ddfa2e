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
}

/**
 * The tiny driver the one SQL implementation runs over (node-postgres, PGlite, or whatever
 * reaches Kingbase / openGauss). `transaction` commits when `fn` resolves and rolls back when it
 * rejects, on a single connection, so everything `fn` does lands together or not at all.
 */
export interface SqlDriver extends SqlExecutor {
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Releases what the driver owns; a pool or database handed in by the caller stays open. */
  close(): Promise<void>;
}
