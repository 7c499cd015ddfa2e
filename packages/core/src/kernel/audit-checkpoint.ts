import { verifyAudit, auditFinding, type AuditFinding } from './audit-chain.js';
import type { AuditRecord } from './audit.js';
import { canonicalJson } from './canonical-json.js';
import { utf8 } from './sha256.js';
import { auditMessages } from './messages.js';

/**
 * The head of a tenant's chain, signed outside the database: the chain alone cannot show that
 * someone with write access rewrote a record and recomputed every hash after it (re-sealed it).
 * A checkpoint can: the record at `seq` must still have `hash`, and by the chain every record
 * before it must be what it was. Keep checkpoints where the database's users cannot write (a
 * different system, a signed mail, paper); records appended after the newest one are covered
 * only by the next.
 */
export interface AuditCheckpoint {
  readonly tenant: string;
  readonly seq: number;
  readonly hash: string;
  /** The WebCrypto algorithm that signed it. */
  readonly algorithm: CheckpointAlgorithm;
  /** Hex. */
  readonly signature: string;
}

export type AuditHead = Pick<AuditRecord, 'tenant' | 'seq' | 'hash'>;

/**
 * HMAC-SHA-256 (one secret key signs and verifies) or Ed25519 (the private key signs, anyone with
 * the public key verifies, so an auditor can check without being able to forge).
 */
export type CheckpointAlgorithm = 'HMAC' | 'Ed25519';

/**
 * A WebCrypto `CryptoKey`, as much of it as is read here. Core has no DOM or Node types, and
 * WebCrypto is the one signing API that exists unchanged in browsers, workers and Node 20.
 */
export interface CheckpointKey {
  readonly type: string;
  readonly algorithm: { readonly name: string; readonly hash?: { readonly name: string } };
}

interface Subtle {
  sign(algorithm: string, key: CheckpointKey, data: Uint8Array): Promise<ArrayBuffer>;
  verify(algorithm: string, key: CheckpointKey, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
}

function subtle(): Subtle {
  const found = (globalThis as { crypto?: { subtle?: Subtle } }).crypto?.subtle;
  if (!found)
    throw new Error('Audit checkpoints need WebCrypto (globalThis.crypto.subtle): a secure context or Node 20+');
  return found;
}

function algorithmOf(key: CheckpointKey): CheckpointAlgorithm {
  const { name, hash } = key.algorithm;
  if (name === 'Ed25519') return name;
  if (name === 'HMAC' && hash?.name === 'SHA-256') return name;
  throw new Error(
    `Audit checkpoints are signed with HMAC-SHA-256 or Ed25519, not ${name}${hash ? `-${hash.name}` : ''}`,
  );
}

/** What is signed: the head and the algorithm, so a checkpoint cannot be replayed under another one. */
function signedBytes(head: AuditHead, algorithm: CheckpointAlgorithm): Uint8Array {
  const { tenant, seq, hash } = head;
  return new Uint8Array(utf8(canonicalJson({ purpose: 'dangjian.audit-checkpoint.v1', algorithm, tenant, seq, hash })));
}

const toHex = (bytes: ArrayBuffer): string =>
  Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');

function fromHex(hex: string): Uint8Array | undefined {
  if (!/^(?:[0-9a-f]{2})*$/.test(hex)) return undefined;
  return new Uint8Array(hex.match(/../g)?.map((pair) => parseInt(pair, 16)) ?? []);
}

/**
 * Signs the head of a tenant's chain (its newest record) with `key`, a key the database never
 * sees. Take it from a chain `verifyAudit` accepts, e.g. daily or after each import.
 */
export async function auditCheckpoint(head: AuditHead, key: CheckpointKey): Promise<AuditCheckpoint> {
  const algorithm = algorithmOf(key);
  const signature = await subtle().sign(algorithm, key, signedBytes(head, algorithm));
  return { tenant: head.tenant, seq: head.seq, hash: head.hash, algorithm, signature: toHex(signature) };
}

async function isSigned(checkpoint: AuditCheckpoint, key: CheckpointKey): Promise<boolean> {
  const algorithm = algorithmOf(key);
  const signature = typeof checkpoint.signature === 'string' ? fromHex(checkpoint.signature) : undefined;
  if (checkpoint.algorithm !== algorithm || !signature) return false;
  return subtle().verify(algorithm, key, signature, signedBytes(checkpoint, algorithm));
}

/** What one checkpoint says about the records: nothing when the record it signed is still there. */
async function checkpointFindings(
  records: readonly AuditRecord[],
  checkpoint: AuditCheckpoint,
  key: CheckpointKey,
): Promise<AuditFinding[]> {
  const { seq } = checkpoint;
  if (!(await isSigned(checkpoint, key))) return [auditFinding(seq, auditMessages.checkpointInvalid, { seq })];
  const tenant = records[0]?.tenant;
  if (tenant !== undefined && tenant !== checkpoint.tenant)
    return [auditFinding(seq, auditMessages.checkpointForeign, { seq })];
  const record = records.find((candidate) => candidate.seq === seq);
  if (!record) return [auditFinding(seq, auditMessages.checkpointBeyondLog, { seq, last: records.at(-1)?.seq ?? 0 })];
  return record.hash === checkpoint.hash ? [] : [auditFinding(seq, auditMessages.resealed, { seq })];
}

/**
 * `verifyAudit`, plus every checkpoint: each must carry a good signature by `key` (else it is
 * reported, and vouches for nothing), and the record it signed must still be in the log with the
 * same hash — a record altered or removed before it and the chain re-sealed, or the tail cut
 * off and re-sealed, shows here even though the chain itself is consistent.
 *
 * A function of its own rather than an option of `verifyAudit`: WebCrypto only verifies
 * asynchronously, and `verifyAudit` stays synchronous for its callers (UIs, tests, imports).
 */
export async function verifyAuditAnchored(
  records: readonly AuditRecord[],
  checkpoints: readonly AuditCheckpoint[],
  key: CheckpointKey,
  options: { readonly revision?: number } = {},
): Promise<AuditFinding[]> {
  const findings = verifyAudit(records, options);
  for (const checkpoint of checkpoints) findings.push(...(await checkpointFindings(records, checkpoint, key)));
  return findings;
}
