import type { CopyRow, SqlDriver, SqlExecutor } from '@dangjian/adapters/postgres';

/** What a recording driver saw inside its transactions. */
export interface Recording {
  /** Every parameterised statement, in order. */
  readonly statements: string[];
  /** Every COPY: the table and how many rows went in. */
  readonly copies: { table: string; rows: number }[];
}

/** Wraps a driver so a test can see which path a commit took: statements, and COPY when the driver has it. */
export function recordingDriver(inner: SqlDriver): { driver: SqlDriver; recording: Recording } {
  const recording: Recording = { statements: [], copies: [] };
  const record = (tx: SqlExecutor): SqlExecutor => ({
    exec: (sql) => tx.exec(sql),
    query: (sql, params) => {
      recording.statements.push(sql);
      return tx.query(sql, params);
    },
    ...(tx.copyRows && {
      copyRows: (table: string, columns: readonly string[], rows: readonly CopyRow[]) => {
        recording.copies.push({ table, rows: rows.length });
        return tx.copyRows!(table, columns, rows);
      },
    }),
  });
  const driver: SqlDriver = {
    query: (sql, params) => inner.query(sql, params),
    exec: (sql) => inner.exec(sql),
    transaction: (fn) => inner.transaction((tx) => fn(record(tx))),
    close: () => inner.close(),
  };
  return { driver, recording };
}
