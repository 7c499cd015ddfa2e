import { auditGenesisHash } from '@dangjian/core';
import type { SqlExecutor } from '../driver.js';

/** The numbers one commit claims: the revision it makes and the seq of its audit record. */
export interface Claim {
  readonly revision: number;
  readonly auditSeq: number;
  /** The hash of the tenant's newest audit record: the new record links to it. */
  readonly prevHash: string;
}

interface CounterRow {
  revision: number | string;
  audit_seq: number | string;
  audit_head: string;
}

/** node-postgres returns bigint as a string, PGlite as a number. */
const toClaim = (row: CounterRow): Claim => ({
  revision: Number(row.revision),
  auditSeq: Number(row.audit_seq),
  prevHash: row.audit_head,
});

const bump = `
UPDATE dj_tenants SET revision = revision + 1, audit_seq = audit_seq + 1
WHERE tenant = $1 AND revision = $2
RETURNING revision, audit_seq, audit_head`;

// A tenant's first commit creates its row. Not ON CONFLICT: openGauss lacks it. Two first
// commits racing make the later one fail on the primary key; see `isFirstCommitRace`.
const create = `
INSERT INTO dj_tenants (tenant, revision, audit_seq, audit_head)
SELECT $1::text, 1, 1, $2::text
WHERE NOT EXISTS (SELECT 1 FROM dj_tenants WHERE tenant = $1::text)
RETURNING revision, audit_seq, audit_head`;

/**
 * Moves the tenant from `base` to the next revision, or returns `undefined` if it is not at
 * `base`. The row stays locked until the transaction ends, so concurrent writers of a tenant
 * queue here; the one that queued behind a winner re-reads the row and finds it moved on.
 */
export async function claimNextRevision(tx: SqlExecutor, tenant: string, base: number): Promise<Claim | undefined> {
  const bumped = await tx.query<CounterRow>(bump, [tenant, base]);
  if (bumped.rows[0]) return toClaim(bumped.rows[0]);
  if (base !== 0) return undefined;
  const created = await tx.query<CounterRow>(create, [tenant, auditGenesisHash]);
  return created.rows[0] && toClaim(created.rows[0]);
}

/** The tenant's revision now; 0 for a tenant never written to. */
export async function currentRevision(db: SqlExecutor, tenant: string): Promise<number> {
  const { rows } = await db.query<{ revision: number | string }>('SELECT revision FROM dj_tenants WHERE tenant = $1', [
    tenant,
  ]);
  return rows[0] ? Number(rows[0].revision) : 0;
}

/** True for the error the loser of two racing first commits of one tenant gets. */
export function isFirstCommitRace(error: unknown): boolean {
  const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown };
  return code === '23505' && constraint === 'dj_tenants_pkey';
}
