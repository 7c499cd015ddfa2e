import {
  auditGenesisHash,
  canonicalJson,
  sealAuditRecord,
  sha256Hex,
  verifyAudit,
  type AuditRecord,
} from '@dangjian/core';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';

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
