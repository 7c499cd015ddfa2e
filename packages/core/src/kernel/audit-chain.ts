import { phrase, type MessageArgs } from '../i18n/define-messages.js';
import type { LocalizedText } from '../i18n/locale.js';
import type { AuditRecord, UnsealedAuditRecord } from './audit.js';
import { canonicalJson } from './canonical-json.js';
import { sha256Hex } from './sha256.js';
import { auditMessages } from './messages.js';

/** The `prevHash` of a tenant's first audit record. */
export const auditGenesisHash = '0'.repeat(64);

function hashOf(record: UnsealedAuditRecord, prevHash: string): string {
  const { tenant, seq, revision, actorId, at, command, patches } = record;
  return sha256Hex(canonicalJson({ tenant, seq, revision, actorId, at, command, patches, prevHash }));
}

/** Seals a record into the chain after `prevHash` (the previous record's hash, or the genesis hash). */
export function sealAuditRecord(record: UnsealedAuditRecord, prevHash: string): AuditRecord {
  return { ...record, prevHash, hash: hashOf(record, prevHash) };
}

export interface AuditFinding {
  readonly seq: number;
  readonly code: AuditMessage['code'];
  readonly text: LocalizedText;
}

type AuditMessage = (typeof auditMessages)[keyof typeof auditMessages];

export function auditFinding<M extends AuditMessage>(seq: number, message: M, ...params: MessageArgs<M>): AuditFinding {
  const { text } = phrase(message, ...params);
  return { seq, code: message.code, text };
}

/**
 * Checks a tenant's whole audit log, oldest first: every record matches its hash, links to the
 * one before, and no number is missing. Give the tenant's current `revision` to also catch
 * records removed from the end. An empty list of findings means the log is intact.
 */
export function verifyAudit(
  records: readonly AuditRecord[],
  options: { readonly revision?: number } = {},
): AuditFinding[] {
  const findings: AuditFinding[] = [];
  let expectedSeq = 1;
  let prevHash = auditGenesisHash;
  for (const record of records) {
    if (record.seq !== expectedSeq)
      findings.push(auditFinding(record.seq, auditMessages.gap, { expected: expectedSeq, found: record.seq }));
    else if (record.prevHash !== prevHash)
      findings.push(auditFinding(record.seq, auditMessages.broken, { seq: record.seq }));
    if (hashOf(record, record.prevHash) !== record.hash)
      findings.push(auditFinding(record.seq, auditMessages.altered, { seq: record.seq }));
    expectedSeq = record.seq + 1;
    prevHash = record.hash;
  }
  const last = expectedSeq - 1;
  if (options.revision !== undefined && last < options.revision) {
    findings.push(auditFinding(last + 1, auditMessages.truncated, { last, revision: options.revision }));
  }
  return findings;
}
