import type { SqlDriver, SqlExecutor } from '@dangjian/adapters/postgres';

/** What to do to a transaction after its n-th statement. */
export interface Fault {
  /** 1-based: the fault strikes right after this statement of the next transaction succeeded. */
  readonly after: number;
  /** `kill`: the backend is terminated from another connection; `throw`: the code around it throws. */
  readonly kind: 'kill' | 'throw';
}

export interface FaultyDriver {
  readonly driver: SqlDriver;
  /** Arms one fault for the next transaction; it strikes once. */
  arm(fault: Fault): void;
  /** Statements the last transaction ran (how many places a fault can strike). */
  readonly lastStatements: number;
}

/**
 * A driver whose next transaction can be struck mid-way: by `pg_terminate_backend` from another
 * connection (the server kills it, as an operator or an OOM killer would) or by an exception in
 * the code of the commit itself.
 */
export function faultyDriver(inner: SqlDriver, kill: (pid: number) => Promise<void>): FaultyDriver {
  let armed: Fault | undefined;
  let statements = 0;
  const wrap = (tx: SqlExecutor, fault: Fault | undefined): SqlExecutor => ({
    exec: (sql) => tx.exec(sql),
    query: async (sql, params) => {
      const result = await tx.query(sql, params);
      statements++;
      if (fault && statements === fault.after) {
        if (fault.kind === 'throw') throw new Error(`injected: the commit failed after statement ${fault.after}`);
        const { rows } = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        await kill(rows[0]!.pid);
      }
      return result as never;
    },
  });
  const faulty: FaultyDriver = {
    driver: {
      query: (sql, params) => inner.query(sql, params),
      exec: (sql) => inner.exec(sql),
      transaction: (fn) => {
        const fault = armed;
        armed = undefined;
        statements = 0;
        return inner.transaction((tx) => fn(wrap(tx, fault)));
      },
      close: () => inner.close(),
    },
    arm: (fault) => {
      armed = fault;
    },
    get lastStatements() {
      return statements;
    },
  };
  return faulty;
}
