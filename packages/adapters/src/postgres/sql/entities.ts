import type { EntityChange, EntityRecords } from '@dangjian/core';
import type { SqlExecutor } from '../driver.js';
import { copyWritten } from './bulk-insert.js';

/** A commit's entity changes as column arrays, serialised before any transaction opens. */
export interface EntityRows {
  /** Every key the commit touches: its old row goes, whatever happens next. */
  readonly touched: { readonly collections: string[]; readonly ids: string[] };
  /** The keys that get a new value, with the value as JSON text. */
  readonly written: { readonly collections: string[]; readonly ids: string[]; readonly data: string[] };
}

/** Later changes to the same entity win, as if the changes were applied one by one. */
function lastChangePerKey(changes: readonly EntityChange[]): EntityChange[] {
  const byKey = new Map<string, EntityChange>();
  for (const change of changes) byKey.set(`${change.collection}\u0000${change.id}`, change);
  return [...byKey.values()];
}

export function toEntityRows(changes: readonly EntityChange[]): EntityRows {
  const latest = lastChangePerKey(changes);
  const kept = latest.filter((change) => change.value !== null);
  return {
    touched: { collections: latest.map((change) => change.collection), ids: latest.map((change) => change.id) },
    written: {
      collections: kept.map((change) => change.collection),
      ids: kept.map((change) => change.id),
      data: kept.map((change) => JSON.stringify(change.value)),
    },
  };
}

// One statement per kind, whatever the number of rows: PGlite is slow row by row. Several
// unnest() calls in the select list advance in step; that form runs on old PostgreSQL-based
// servers too (openGauss), unlike multi-argument unnest in FROM. Delete-then-insert instead of
// ON CONFLICT for the same reason; the tenant row lock already keeps other writers out.
const deleteTouched = `
DELETE FROM dj_entities
WHERE tenant = $1 AND (collection, id) IN (SELECT unnest($2::text[]), unnest($3::text[]))`;

const insertWritten = `
INSERT INTO dj_entities (tenant, collection, id, data)
SELECT $1::text, unnest($2::text[]), unnest($3::text[]), unnest($4::jsonb[])`;

/** From this many written entities on, a driver that can `copyRows` gets the rows through COPY. */
export const bulkThreshold = 1_000;

export async function writeEntities(tx: SqlExecutor, tenant: string, rows: EntityRows): Promise<void> {
  const { touched, written } = rows;
  if (touched.ids.length > 0) await tx.query(deleteTouched, [tenant, touched.collections, touched.ids]);
  if (written.ids.length >= bulkThreshold && tx.copyRows) await copyWritten(tx, tenant, written);
  else if (written.ids.length > 0)
    await tx.query(insertWritten, [tenant, written.collections, written.ids, written.data]);
}

interface TenantRow {
  revision: number | string;
  collection: string | null;
  data: unknown;
}

// One statement reads revision and entities from the same snapshot, so a commit landing in
// between can never pair new rows with an old revision (or the reverse).
const selectTenant = `
SELECT t.revision, e.collection, e.data
FROM dj_tenants t LEFT JOIN dj_entities e ON e.tenant = t.tenant
WHERE t.tenant = $1
ORDER BY e.collection, e.id`;

/** The tenant's revision and its entities grouped by collection; revision 0 if never written. */
export async function readTenant(
  db: SqlExecutor,
  tenant: string,
): Promise<{ revision: number; records: EntityRecords }> {
  const { rows } = await db.query<TenantRow>(selectTenant, [tenant]);
  const records: Record<string, unknown[]> = {};
  for (const row of rows) {
    if (row.collection !== null) (records[row.collection] ??= []).push(row.data);
  }
  return { revision: rows[0] ? Number(rows[0].revision) : 0, records: records as EntityRecords };
}
