import type { AuditDraft, AuditQuery, AuditRecord } from '@dangjian/core';
import type { SqlExecutor } from '../driver.js';
import type { Claim } from './revision.js';

const insertAudit = `
INSERT INTO dj_audit (tenant, seq, revision, actor_id, at, command, patches)
VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`;

export async function appendAudit(tx: SqlExecutor, tenant: string, claim: Claim, draft: AuditDraft): Promise<void> {
  await tx.query(insertAudit, [
    tenant,
    claim.auditSeq,
    claim.revision,
    draft.actorId,
    draft.at,
    draft.command,
    JSON.stringify(draft.patches),
  ]);
}

interface AuditRow {
  seq: number | string;
  revision: number | string;
  actor_id: string;
  at: string;
  command: string;
  patches: AuditRecord['patches'];
}

// LIMIT NULL means no limit, so one statement serves both forms of the query.
const selectAudit = `
SELECT seq, revision, actor_id, at, command, patches
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
  }));
}
