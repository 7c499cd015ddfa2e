import type { Transaction } from '../../kernel/transaction.js';
import type { CollectionName } from '../../schema/collections.js';
import { orgReferences } from '../../schema/org-references.js';

export interface OrgReference {
  readonly collection: CollectionName;
  readonly id: string;
  /** Where in the entity the reference sits, e.g. `['residence', 'communityOrgId']`. */
  readonly path: readonly string[];
  /** The same, dotted, for messages. */
  readonly field: string;
}

function valueAt(entity: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], entity);
}

/**
 * Everything that points at `orgId`. Scans the collections: dissolving and merging are rare,
 * deliberate acts, so they may cost a pass over the tenant; the everyday commands never do.
 */
export function referencesTo(tx: Transaction, orgId: string): OrgReference[] {
  const found: OrgReference[] = [];
  for (const { collection, path } of orgReferences) {
    for (const entity of tx.table(collection).values()) {
      if (valueAt(entity, path) === orgId) found.push({ collection, id: entity.id, path, field: path.join('.') });
    }
  }
  return found;
}

/** Points one reference at another org (merging). */
export function repoint(tx: Transaction, reference: OrgReference, orgId: string): void {
  tx.update(reference.collection, reference.id, (draft) => {
    const parentPath = reference.path.slice(0, -1);
    const holder = valueAt(draft, parentPath) as Record<string, unknown>;
    holder[reference.path.at(-1)!] = orgId;
  });
}
