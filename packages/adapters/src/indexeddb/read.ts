import type { AuditQuery, AuditRecord, EntityRecords, StoredState } from '@dangjian/core';
import { request } from './requests.js';
import { auditRange, stores, tenantRange, type AuditRow, type EntityRow, type TenantRow } from './schema.js';

/** The tenant's revision and entities, read in one transaction so they belong together. */
export async function readState(db: IDBDatabase, tenant: string): Promise<StoredState> {
  const tx = db.transaction([stores.tenants, stores.entities], 'readonly');
  // Both requests are issued before the first await: the transaction stays alive for both.
  const [row, rows] = await Promise.all([
    request(tx.objectStore(stores.tenants).get(tenant) as IDBRequest<TenantRow | undefined>),
    request(tx.objectStore(stores.entities).getAll(tenantRange(tenant)) as IDBRequest<EntityRow[]>),
  ]);
  const records: Record<string, unknown[]> = {};
  for (const { collection, value } of rows) (records[collection] ??= []).push(value);
  return { tenant, revision: row?.revision ?? 0, records: records as EntityRecords };
}

/** The tenant's audit records after `afterSeq`, oldest first; the key order is the seq order. */
export async function readAuditRecords(db: IDBDatabase, tenant: string, query: AuditQuery): Promise<AuditRecord[]> {
  // getAll reads a count of 0 as "no limit"; a limit of 0 means none.
  if (query.limit !== undefined && query.limit <= 0) return [];
  const tx = db.transaction(stores.audit, 'readonly');
  const range = auditRange(tenant, query.afterSeq ?? 0);
  return request(tx.objectStore(stores.audit).getAll(range, query.limit) as IDBRequest<AuditRow[]>);
}
