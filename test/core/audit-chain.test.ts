import {
  auditCheckpoint,
  auditGenesisHash,
  canonicalJson,
  sealAuditRecord,
  sha256Hex,
  verifyAudit,
  verifyAuditAnchored,
  type AuditCheckpoint,
  type AuditRecord,
} from '@dangjian/core';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';

/** Seals records again from the first, as someone with write access to the table could. */
function reseal(records: readonly AuditRecord[]): AuditRecord[] {
  const sealed: AuditRecord[] = [];
  records.forEach(({ prevHash: _prev, hash: _hash, ...record }, index) => {
    sealed.push(sealAuditRecord({ ...record, seq: index + 1 }, sealed.at(-1)?.hash ?? auditGenesisHash));
  });
  return sealed;
}

function chain(length: number): AuditRecord[] {
  const records: AuditRecord[] = [];
  for (let seq = 1; seq <= length; seq++) {
    const record = sealAuditRecord(
      {
        tenant: '320402',
        seq,
        revision: seq,
        actorId: `u${seq % 3}`,
        at: `2026-11-23T0${seq % 10}:00:00.000Z`,
        command: 'org.rename',
        patches: [{ op: 'replace', path: ['orgs', 'b1', 'name'], value: `第${seq}党支部` }],
      },
      records.at(-1)?.hash ?? auditGenesisHash,
    );
    records.push(record);
  }
  return records;
}

describe('sha256Hex', () => {
  it('matches node:crypto for any text, Chinese and astral characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const wellFormed = text.replace(/[\uD800-\uDFFF]/g, '?');
        expect(sha256Hex(wellFormed)).toBe(createHash('sha256').update(wellFormed, 'utf8').digest('hex'));
      }),
    );
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('党建')).toBe(createHash('sha256').update('党建').digest('hex'));
  });
});

describe('canonicalJson', () => {
  it('gives the same text whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }),
    );
  });
});

describe('verifyAudit', () => {
  it('accepts an intact chain', () => {
    expect(verifyAudit(chain(20), { revision: 20 })).toEqual([]);
  });

  it('finds any single altered, removed or reordered record', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 30 }).chain((length) =>
          fc.record({
            length: fc.constant(length),
            at: fc.integer({ min: 0, max: length - 1 }),
            how: fc.constantFrom('alter', 'remove', 'swap', 'truncate'),
          }),
        ),
        ({ length, at, how }) => {
          const records = chain(length);
          const tampered =
            how === 'alter'
              ? records.map((record, index) => (index === at ? { ...record, command: 'org.move' } : record))
              : how === 'remove'
                ? records.filter((_, index) => index !== at)
                : how === 'swap'
                  ? records.map((record, index) =>
                      index === at ? records[(at + 1) % length]! : index === (at + 1) % length ? records[at]! : record,
                    )
                  : records.slice(0, at);
          const findings = verifyAudit(tampered, { revision: length });
          expect(findings.length).toBeGreaterThan(0);
          for (const finding of findings) {
            expect(finding.text['zh-CN']).toMatch(/审计记录/);
            expect(finding.text.en).toMatch(/[Aa]udit/);
          }
        },
      ),
    );
  });
});

describe('audit checkpoints', () => {
  const hmacKey = (byte: number): Promise<CryptoKey> =>
    crypto.subtle.importKey('raw', new Uint8Array(32).fill(byte), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
  const codes = (findings: readonly { seq: number; code: string }[]): [number, string][] =>
    findings.map((finding) => [finding.seq, finding.code]);

  type Attack = (records: readonly AuditRecord[], at: number) => AuditRecord[];
  const attacks: Record<'alter' | 'remove' | 'truncate', Attack> = {
    alter: (records, at) =>
      reseal(records.map((record, index) => (index === at ? { ...record, patches: [] } : record))),
    remove: (records, at) => reseal(records.filter((_, index) => index !== at)),
    truncate: (records, at) => reseal(records.slice(0, at)),
  };

  it('accepts an intact chain with its checkpoints, old and new', async () => {
    const key = await hmacKey(7);
    const records = chain(12);
    const checkpoints = [await auditCheckpoint(records[4]!, key), await auditCheckpoint(records[11]!, key)];
    expect(await verifyAuditAnchored(records, checkpoints, key, { revision: 12 })).toEqual([]);
    // Records appended after a checkpoint are fine: it vouches for the past only.
    expect(await verifyAuditAnchored(chain(20), checkpoints, key)).toEqual([]);
  });

  it('finds every re-sealed attack at or before a checkpoint, which verifyAudit alone cannot', async () => {
    const key = await hmacKey(1);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 25 }).chain((length) =>
          fc.record({
            length: fc.constant(length),
            head: fc.integer({ min: 1, max: length - 1 }),
            how: fc.constantFrom(...(Object.keys(attacks) as (keyof typeof attacks)[])),
          }),
        ),
        fc.nat(),
        async ({ length, head, how }, pick) => {
          const records = chain(length);
          const checkpoint = await auditCheckpoint(records[head]!, key);
          const attacked = attacks[how](records, pick % (head + 1));
          // Consistent in itself: the chain check is blind to a re-seal.
          expect(verifyAudit(attacked)).toEqual([]);
          const findings = await verifyAuditAnchored(attacked, [checkpoint], key);
          expect(findings.map((finding) => finding.seq)).toEqual([head + 1]);
          expect(['audit.resealed', 'audit.checkpointBeyondLog']).toContain(findings[0]!.code);
          expect(findings[0]!.text['zh-CN']).toMatch(/审计记录/);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('names each attack: altered and removed records re-sealed, the tail cut off and re-sealed', async () => {
    const key = await hmacKey(2);
    const records = chain(10);
    const checkpoint = await auditCheckpoint(records[7]!, key);
    expect(codes(await verifyAuditAnchored(attacks.alter(records, 3), [checkpoint], key))).toEqual([
      [8, 'audit.resealed'],
    ]);
    expect(codes(await verifyAuditAnchored(attacks.remove(records, 3), [checkpoint], key))).toEqual([
      [8, 'audit.resealed'],
    ]);
    const cut = await verifyAuditAnchored(attacks.truncate(records, 6), [checkpoint], key);
    expect(codes(cut)).toEqual([[8, 'audit.checkpointBeyondLog']]);
    expect(cut[0]!.text.en).toBe(
      'The audit log ends at record 6 but a checkpoint vouches for record 8: records were removed from the end',
    );
  });

  it('reports a checkpoint under the wrong key, or altered, as vouching for nothing', async () => {
    const key = await hmacKey(3);
    const records = chain(6);
    const good = await auditCheckpoint(records[5]!, key);
    const forged = await auditCheckpoint(attacks.alter(records, 2)[5]!, await hmacKey(4));
    const tampered: AuditCheckpoint[] = [
      forged,
      { ...good, hash: attacks.alter(records, 2)[5]!.hash },
      { ...good, seq: 5 },
      { ...good, signature: good.signature.replace(/^./, (c) => (c === '0' ? '1' : '0')) },
      { ...good, signature: 'not hex' },
      { ...good, algorithm: 'Ed25519' },
    ];
    for (const checkpoint of tampered) {
      const findings = await verifyAuditAnchored(records, [checkpoint], key);
      expect(codes(findings), JSON.stringify(checkpoint).slice(0, 80)).toEqual([
        [checkpoint.seq, 'audit.checkpointInvalid'],
      ]);
    }
    // A checkpoint of another tenant, validly signed, is not taken for this one.
    const other = await auditCheckpoint({ ...records[5]!, tenant: '350602' }, key);
    expect(codes(await verifyAuditAnchored(records, [other], key))).toEqual([[6, 'audit.checkpointForeign']]);
  });

  it('signs with Ed25519 too: the auditor verifies with the public key alone', async () => {
    const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as CryptoKeyPair;
    const records = chain(5);
    const checkpoint = await auditCheckpoint(records[4]!, pair.privateKey);
    expect(checkpoint.algorithm).toBe('Ed25519');
    expect(await verifyAuditAnchored(records, [checkpoint], pair.publicKey)).toEqual([]);
    expect(codes(await verifyAuditAnchored(attacks.remove(records, 0), [checkpoint], pair.publicKey))).toEqual([
      [5, 'audit.checkpointBeyondLog'],
    ]);
    const hmac = await hmacKey(5);
    expect(codes(await verifyAuditAnchored(records, [checkpoint], hmac))).toEqual([[5, 'audit.checkpointInvalid']]);
  });
});
