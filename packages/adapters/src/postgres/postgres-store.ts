import type { AuditQuery, AuditRecord, Commit, CommitReceipt, Store, StoredState } from '@dangjian/core';
import { checkCommit } from '../shared/check-commit.js';
import { staleRevision } from '../shared/conflict.js';
import type { SqlDriver, SqlExecutor } from './driver.js';
import { migrate } from './migrate.js';
import { appendAudit, readAudit } from './sql/audit.js';
import { readTenant, toEntityRows, writeEntities } from './sql/entities.js';
import { claimNextRevision, currentRevision, isFirstCommitRace } from './sql/revision.js';

/**
 * The one SQL implementation of the `Store` port, over any `SqlDriver` (node-postgres, PGlite,
 * a Kingbase / openGauss driver). A commit is one transaction: claim the next revision on the
 * tenant row (which also makes concurrent writers of the tenant queue), write the entities,
 * append the audit record. Any failure rolls all of it back.
 */
export class PostgresStore implements Store {
  readonly #driver: SqlDriver;
  #closed = false;

  private constructor(driver: SqlDriver) {
    this.#driver = driver;
  }

  /** Migrates the database to the current schema, then serves it. */
  static async open(driver: SqlDriver): Promise<PostgresStore> {
    await migrate(driver);
    return new PostgresStore(driver);
  }

  async load(tenant: string): Promise<StoredState> {
    this.#assertOpen();
    return { tenant, ...(await readTenant(this.#driver, tenant)) };
  }

  async commit(commit: Commit): Promise<CommitReceipt> {
    this.#assertOpen();
    checkCommit(commit);
    const rows = toEntityRows(commit.changes);
    try {
      return await this.#driver.transaction(async (tx) => {
        const claim = await claimNextRevision(tx, commit.tenant, commit.baseRevision);
        if (!claim) throw await conflict(tx, commit);
        await writeEntities(tx, commit.tenant, rows);
        await appendAudit(tx, commit.tenant, claim, commit.audit);
        return { revision: claim.revision, auditSeq: claim.auditSeq };
      });
    } catch (error) {
      if (isFirstCommitRace(error)) throw await conflict(this.#driver, commit);
      throw error;
    }
  }

  async readAudit(tenant: string, query: AuditQuery = {}): Promise<AuditRecord[]> {
    this.#assertOpen();
    return readAudit(this.#driver, tenant, query);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#driver.close();
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error('PostgresStore is closed');
  }
}

/**
 * The conflict, naming the revision the tenant is really at. Read through `db`: the open
 * transaction when there is one (PGlite would deadlock waiting for it otherwise).
 */
async function conflict(db: SqlExecutor, commit: Commit): Promise<Error> {
  return staleRevision(commit.tenant, commit.baseRevision, await currentRevision(db, commit.tenant));
}
