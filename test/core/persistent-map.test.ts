import { PersistentMap } from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

type Op = { kind: 'set'; key: string; value: number } | { kind: 'delete'; key: string };

// Short keys from a small alphabet collide in slots (and sometimes in hashes), exercising every branch.
const key = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '1', '2'), minLength: 0, maxLength: 4 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), key, value: fc.integer() }),
  fc.record({ kind: fc.constant('delete' as const), key }),
);

describe('PersistentMap', () => {
  it('behaves like a Map under any sequence of sets and deletes', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const model = new Map<string, number>();
        let map = PersistentMap.empty<number>();
        for (const step of ops) {
          if (step.kind === 'set') {
            model.set(step.key, step.value);
            map = map.set(step.key, step.value);
          } else {
            model.delete(step.key);
            map = map.delete(step.key);
          }
        }
        expect(map.size).toBe(model.size);
        expect(new Map(map.entries())).toEqual(model);
        for (const [k, v] of model) expect(map.get(k)).toBe(v);
      }),
    );
  });

  it('never changes an earlier version', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 100 }), fc.array(op, { maxLength: 50 }), (first, second) => {
        let map = PersistentMap.empty<number>();
        for (const step of first) map = step.kind === 'set' ? map.set(step.key, step.value) : map.delete(step.key);
        const frozen = new Map(map.entries());
        let later = map;
        for (const step of second)
          later = step.kind === 'set' ? later.set(step.key, step.value) : later.delete(step.key);
        expect(new Map(map.entries())).toEqual(frozen);
      }),
    );
  });

  it('returns itself when a write changes nothing', () => {
    const map = PersistentMap.from([['a', 1]]);
    expect(map.set('a', 1)).toBe(map);
    expect(map.delete('zz')).toBe(map);
  });

  it('holds 100,000 keys and shares structure between versions', () => {
    const big = PersistentMap.from(Array.from({ length: 100_000 }, (_, i) => [`m${i}`, i] as const));
    const next = big.set('m5', -5);
    expect(big.size).toBe(100_000);
    expect(next.size).toBe(100_000);
    expect(big.get('m5')).toBe(5);
    expect(next.get('m5')).toBe(-5);
    expect(next.get('m99999')).toBe(99_999);
  });
});
