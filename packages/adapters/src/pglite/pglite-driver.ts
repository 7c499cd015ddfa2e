import type { PGliteInterface, Transaction } from '@electric-sql/pglite';
import { CommitLedger } from '../postgres/commit-ledger.js';
import { ExecutorDriver, type SqlExecutor, type SqlResult } from '../postgres/driver.js';

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

// One ledger per database, whichever drivers and stores are opened on it: a commit through any
// of them is a commit every other one must know of.
const ledgers = new WeakMap<PGliteInterface, CommitLedger>();

function ledgerOf(db: PGliteInterface): CommitLedger {
  let ledger = ledgers.get(db);
  if (!ledger) ledgers.set(db, (ledger = new CommitLedger()));
  return ledger;
}

/**
 * For code that wrote the kit's tables around its stores (a test emptying them with TRUNCATE):
 * the stores on `db` forget the newest commits they knew and ask the database again.
 */
export function forgetKnownCommits(db: PGliteInterface): void {
  ledgers.delete(db);
}

/** PGlite and PGliteWorker have it; `PGliteInterface` does not declare it. */
type Syncable = PGliteInterface & { syncToFs?: () => Promise<void> };

/**
 * A `SqlDriver` over PGlite (Postgres in wasm: Node, or the browser with `idb://`). PGlite is
 * one connection: its `transaction()` holds every other query back until it ends.
 */
export class PgliteDriver extends ExecutorDriver {
  readonly #db: PGliteInterface;
  readonly #owned: boolean;

  /** `owned`: close the database on `close()` (the caller's own instance is left open). */
  constructor(db: PGliteInterface, owned = false) {
    super(executorOf(db));
    this.#db = db;
    this.#owned = owned;
  }

  /** The database lives in this process and one PGlite instance is its only client. */
  get commitLedger(): CommitLedger {
    return ledgerOf(this.#db);
  }

  /**
   * Resolves once the commit is where the database persists (IndexedDB for `idb://`). PGlite
   * 0.5 writes its files through after every query but not after a transaction's COMMIT
   * (electric-sql/pglite#1065): without the flush, closing the page loses the commit.
   */
  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const result = await this.#db.transaction((tx) => fn(executorOf(tx)));
    await this.#flush();
    return result;
  }

  async close(): Promise<void> {
    if (this.#owned) await this.#db.close();
  }

  /**
   * Writes the database's files through, under PGlite's query lock. PGlite's own syncs run under
   * that lock too, so none is left half scheduled (its `syncToFs` returns at once while one is)
   * and this one waits for the whole write. Memory and Node directories have nothing to write.
   */
  #flush(): Promise<void> {
    const db = this.#db as Syncable;
    if (typeof db.syncToFs !== 'function') return Promise.resolve();
    return db.runExclusive(() => db.syncToFs!());
  }
}
