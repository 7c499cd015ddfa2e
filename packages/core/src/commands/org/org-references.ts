import type { Transaction } from '../../kernel/transaction.js';
import type { CollectionName } from '../../schema/collections.js';
import { orgReferences } from '../../schema/org-references.js';

export interface OrgReference {
  readonly collection: CollectionName;
  readonly id: string;
  readonly field: string;
}

/**
 * Everything that points at `orgId`. Scans the collections: dissolving and merging are rare,
 * deliberate acts, so they may cost a pass over the tenant; the everyday commands never do.
 */
export function referencesTo(tx: Transaction, orgId: string): OrgReference[] {
  const found: OrgReference[] = [];
  for (const { collection, field } of orgReferences) {
    for (const entity of tx.table(collection).values()) {
      if ((entity as unknown as Record<string, unknown>)[field] === orgId)
        found.push({ collection, id: entity.id, field });
    }
  }
  return found;
}
