import {
  applySnapshotPatches,
  canonicalJson,
  emptySnapshot,
  snapshotToRecords,
  type AuditRecord,
  type StoredState,
} from '@dangjian/core';

/** Entities of a state, by collection and id, sorted: a form two states can be compared in. */
export function canonicalRecords(records: StoredState['records']): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [collection, rows] of Object.entries(records)) {
    const byId = [...(rows ?? [])]
      .map((row) => row as { id: string })
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (byId.length > 0) out[collection] = Object.fromEntries(byId.map((row) => [row.id, row]));
  }
  return out;
}

/**
 * The state the audit log describes: every record's patches applied in order to an empty tenant,
 * with core's own patch application and nothing the store wrote. A store that wrote something
 * other than what its log says (a lost update, a half-applied commit) differs from it.
 */
export function replayAudit(tenant: string, audit: readonly AuditRecord[]): StoredState {
  let snapshot = emptySnapshot(tenant);
  for (const record of audit)
    snapshot = { ...applySnapshotPatches(snapshot, record.patches), revision: record.revision };
  return { tenant, revision: snapshot.revision, records: snapshotToRecords(snapshot) };
}

/** How many entities differ between the stored state and the replay of its audit log (0 when equal). */
export function replayDifferences(stored: StoredState, audit: readonly AuditRecord[]): number {
  const replayed = canonicalRecords(replayAudit(stored.tenant, audit).records);
  const actual = canonicalRecords(stored.records);
  let differences = stored.revision === (audit.at(-1)?.revision ?? 0) ? 0 : 1;
  for (const collection of new Set([...Object.keys(replayed), ...Object.keys(actual)])) {
    const a = replayed[collection] ?? {};
    const b = actual[collection] ?? {};
    for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) {
      // canonical JSON: PostgreSQL's jsonb hands keys back in its own order.
      if (canonicalJson(a[id]) !== canonicalJson(b[id])) differences++;
    }
  }
  return differences;
}
