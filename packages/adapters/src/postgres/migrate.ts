import type { SqlDriver, SqlExecutor } from './driver.js';
import { migrations as allMigrations, type Migration } from './migrations/index.js';

/**
 * Any constant shared by every process opening the same database. Servers starting together
 * queue on it, so no two of them run the same migration at once.
 */
const migrationLock = 0x646a5f6d6967; // "dj_mig"

// Created only when missing, not with IF NOT EXISTS: that still needs CREATE on the schema, which
// the application's role (see `storeGrants`) does not have.
const ledgerExists = `SELECT to_regclass('dj_migrations') IS NOT NULL AS present`;

const createLedger = `
CREATE TABLE dj_migrations (
  version    integer     NOT NULL PRIMARY KEY,
  name       text        NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

/**
 * Brings the schema up to date in one transaction and returns the versions it applied. Each
 * version is recorded in `dj_migrations`, so opening the same database again applies nothing,
 * and needs no more than read access to the ledger.
 */
export function migrate(driver: SqlDriver, migrations: readonly Migration[] = allMigrations): Promise<number[]> {
  return driver.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${migrationLock})`);
    const { rows } = await tx.query<{ present: boolean }>(ledgerExists);
    if (!rows[0]?.present) await tx.exec(createLedger);
    const done = await appliedVersions(tx);
    const pending = migrations.filter((migration) => !done.has(migration.version));
    for (const migration of pending) await apply(tx, migration);
    return pending.map((migration) => migration.version);
  });
}

async function appliedVersions(tx: SqlExecutor): Promise<Set<number>> {
  const { rows } = await tx.query<{ version: number }>('SELECT version FROM dj_migrations');
  return new Set(rows.map((row) => Number(row.version)));
}

async function apply(tx: SqlExecutor, migration: Migration): Promise<void> {
  await tx.exec(migration.sql);
  await tx.query('INSERT INTO dj_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
}
