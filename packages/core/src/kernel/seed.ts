import type { Patch } from 'immer';
import { collectionNames } from '../schema/collections.js';
import { snapshotFromRecords, type EntityRecords } from './snapshot.js';
import type { CommitReceipt, Store } from './store.js';
import { assertTenant } from './tenant.js';
import type { EntityChange } from './transaction.js';

/**
 * Writes a batch of records into a tenant in one audited commit: fixtures, demo data, the first
 * import. Every record is validated first; one bad record fails the batch and nothing is written.
 */
export async function seedTenant(
  store: Store,
  tenant: string,
  records: EntityRecords,
  audit: {
    readonly actorId: string;
    readonly at: string;
    readonly command?: string;
  },
): Promise<CommitReceipt> {
  assertTenant(tenant, store.tenantPattern);
  const { revision } = await store.load(tenant);
  const snapshot = snapshotFromRecords(tenant, revision, records);
  const changes: EntityChange[] = [];
  const patches: Patch[] = [];
  for (const collection of collectionNames) {
    for (const entity of snapshot[collection].values()) {
      changes.push({ collection, id: entity.id, value: entity });
      patches.push({ op: 'add', path: [collection, entity.id], value: entity });
    }
  }
  return store.commit({
    tenant,
    baseRevision: revision,
    changes,
    audit: {
      actorId: audit.actorId,
      at: audit.at,
      command: audit.command ?? 'tenant.seed',
      patches,
    },
  });
}
