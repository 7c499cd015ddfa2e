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
 * Everything that points at `orgId`, from one index per reference path (built once per loaded
 * table, then carried through writes): what dissolving or merging a group costs is what points at
 * it, not a pass over a 100,000-member roster.
 */
export function referencesTo(tx: Transaction, orgId: string): OrgReference[] {
  return orgReferences.flatMap(({ collection, path }) =>
    tx.idsWhere(collection, path, orgId).map((id) => ({ collection, id, path, field: path.join('.') })),
  );
}

/** Points one reference at another org (merging). */
export function repoint(tx: Transaction, reference: OrgReference, orgId: string): void {
  tx.update(reference.collection, reference.id, (draft) => {
    const parentPath = reference.path.slice(0, -1);
    const holder = valueAt(draft, parentPath) as Record<string, unknown>;
    holder[reference.path.at(-1)!] = orgId;
  });
}
