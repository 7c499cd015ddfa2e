import { sealAuditRecord, type AuditDraft, type AuditQuery, type AuditRecord } from '@dangjian/core';
import type { SqlExecutor } from '../driver.js';
import type { Claim } from './revision.js';

const insertAudit = `
INSERT INTO dj_audit (tenant, seq, revision, actor_id, at, command, patches, prev_hash, hash)
VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9)`;

const moveHead = `UPDATE dj_tenants SET audit_head = $2 WHERE tenant = $1`;

/** Seals the draft into the tenant's chain, stores it and moves the chain's head to it. */
export async function appendAudit(tx: SqlExecutor, tenant: string, claim: Claim, draft: AuditDraft): Promise<void> {
  const record = sealAuditRecord({ ...draft, tenant, seq: claim.auditSeq, revision: claim.revision }, claim.prevHash);
  await tx.query(insertAudit, [
    tenant,
    record.seq,
    record.revision,
    record.actorId,
    record.at,
    record.command,
    JSON.stringify(record.patches),
    record.prevHash,
    record.hash,
  ]);
  await tx.query(moveHead, [tenant, record.hash]);
}

interface AuditRow {
  seq: number | string;
  revision: number | string;
  actor_id: string;
  at: string;
  command: string;
  patches: AuditRecord['patches'];
  prev_hash: string;
  hash: string;
}

// LIMIT NULL means no limit, so one statement serves both forms of the query.
const selectAudit = `
SELECT seq, revision, actor_id, at, command, patches, prev_hash, hash
FROM dj_audit
WHERE tenant = $1 AND seq > $2
ORDER BY seq
LIMIT $3`;

export async function readAudit(db: SqlExecutor, tenant: string, query: AuditQuery): Promise<AuditRecord[]> {
  const params = [tenant, query.afterSeq ?? 0, query.limit ?? null];
  const { rows } = await db.query<AuditRow>(selectAudit, params);
  return rows.map((row) => ({
    tenant,
    seq: Number(row.seq),
    revision: Number(row.revision),
    actorId: row.actor_id,
    at: row.at,
    command: row.command,
    patches: row.patches,
    prevHash: row.prev_hash,
    hash: row.hash,
  }));
}
