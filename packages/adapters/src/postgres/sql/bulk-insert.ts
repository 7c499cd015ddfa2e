import type { SqlExecutor } from '../driver.js';
import type { EntityRows } from './entities.js';

// PostgreSQL refuses COPY FROM into a table under Row-Level Security (every kit table, for any
// role but a superuser). So the rows are copied into a temporary table, which has no policies,
// and moved over with one INSERT … SELECT, which the policies check like any other insert. The
// table goes with the transaction: dropped on commit, never created on rollback.
const createStaging = `
CREATE TEMPORARY TABLE dj_entities_import (collection text NOT NULL, id text NOT NULL, data jsonb NOT NULL)
ON COMMIT DROP`;

const moveStaged = `
INSERT INTO dj_entities (tenant, collection, id, data)
SELECT $1::text, collection, id, data FROM dj_entities_import`;

/** Writes a large commit's entities through the driver's COPY (see `SqlExecutor.copyRows`). */
export async function copyWritten(tx: SqlExecutor, tenant: string, written: EntityRows['written']): Promise<void> {
  const rows = written.ids.map((id, index) => [written.collections[index]!, id, written.data[index]!]);
  await tx.exec(createStaging);
  await tx.copyRows!('dj_entities_import', ['collection', 'id', 'data'], rows);
  await tx.query(moveStaged, [tenant]);
}
