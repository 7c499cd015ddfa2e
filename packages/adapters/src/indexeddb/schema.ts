import type { AuditRecord } from '@dangjian/core';

/** The object stores, named once so a typo cannot open a transaction on a store that is not there. */
export const stores = { tenants: 'tenants', entities: 'entities', audit: 'audit' } as const;

/** Every store a commit writes: it runs as one readwrite transaction over all of them. */
export const allStores = [stores.tenants, stores.entities, stores.audit];

/** Bump with a new step in `upgrade` whenever the stores or their keys change. */
export const schemaVersion = 1;

/** Per tenant: the revision, the audit counter and the newest audit hash (the next record links to it). */
export interface TenantRow {
  readonly tenant: string;
  readonly revision: number;
  readonly auditSeq: number;
  readonly auditHead: string;
}

/** One entity, keyed `[tenant, collection, id]` so one tenant's rows are one contiguous key range. */
export interface EntityRow {
  readonly tenant: string;
  readonly collection: string;
  readonly id: string;
  readonly value: unknown;
}

/** Audit records are stored as they are, keyed `[tenant, seq]`, so a key range reads them in order. */
export type AuditRow = AuditRecord;

/** Creates the stores a database at `oldVersion` lacks; runs inside the `upgradeneeded` transaction. */
export function upgrade(db: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore(stores.tenants, { keyPath: 'tenant' });
    db.createObjectStore(stores.entities, { keyPath: ['tenant', 'collection', 'id'] });
    db.createObjectStore(stores.audit, { keyPath: ['tenant', 'seq'] });
  }
}

/**
 * Key ranges over one tenant. An array key sorts below any longer array it prefixes, and every
 * array sorts above every string and number, so `[tenant]` … `[tenant, []]` spans exactly the
 * tenant's rows whatever their collection or id.
 */
export const tenantRange = (tenant: string): IDBKeyRange => IDBKeyRange.bound([tenant], [tenant, []]);

/** The tenant's audit records with `seq` above `afterSeq`. */
export const auditRange = (tenant: string, afterSeq: number): IDBKeyRange =>
  IDBKeyRange.bound([tenant, afterSeq], [tenant, Infinity], true, false);
