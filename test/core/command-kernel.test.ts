import {
  DangjianError,
  applySnapshotPatches,
  createOrg,
  emptySnapshot,
  execute,
  isWithin,
  moveOrg,
  mergeOrgs,
  dissolveOrg,
  orgKinds,
  registerMember,
  renameOrg,
  snapshotToRecords,
  allowedChildKinds,
  type Snapshot,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ctx, smallStreet, tenant } from './fixtures.js';

/** Entities sorted by id: two snapshots with the same content compare equal whatever their history. */
function canonical(snapshot: Snapshot): unknown {
  const records = snapshotToRecords(snapshot);
  return Object.fromEntries(
    Object.entries(records).map(([name, rows]) => [name, [...rows].sort((a, b) => (a.id < b.id ? -1 : 1))]),
  );
}

const orgId = fc.constantFrom('o0', 'o1', 'o2', 'o3', 'o4', 'o5', 'o6', 'o7');
const name = fc.oneof(fc.constantFrom('党支部', '  青龙社区党委 ', '', '   '), fc.string({ maxLength: 120 }));

/** Any command with any input, valid or not: the kernel must hold its promises for all of them. */
const step = fc.oneof(
  fc.record({
    command: fc.constant(createOrg),
    input: fc.record({ id: orgId, name, kind: fc.constantFrom(...orgKinds), parentId: fc.option(orgId) }),
  }),
  fc.record({ command: fc.constant(renameOrg), input: fc.record({ orgId, name }) }),
  fc.record({ command: fc.constant(moveOrg), input: fc.record({ orgId, parentId: fc.option(orgId) }) }),
  fc.record({ command: fc.constant(mergeOrgs), input: fc.record({ sourceId: orgId, targetId: orgId }) }),
  fc.record({ command: fc.constant(dissolveOrg), input: fc.record({ orgId }) }),
  fc.record({
    command: fc.constant(registerMember),
    input: fc.record({
      id: fc.constantFrom('m0', 'm1', 'm2'),
      name,
      gender: fc.constantFrom('male', 'female', 'x'),
      birthDate: fc.constantFrom('1950-01-31', '2001-02-29', 'yesterday'),
      stage: fc.constantFrom('full', 'probationary', 'elder'),
      relationOrgId: orgId,
      managingOrgId: fc.option(orgId, { nil: undefined }),
    }),
  }),
);

function assertTreeInvariants(snapshot: Snapshot): void {
  for (const member of snapshot.members.values()) {
    expect(snapshot.orgs.has(member.relationOrgId), `member ${member.id} lost its relation org`).toBe(true);
    expect(snapshot.orgs.has(member.managingOrgId), `member ${member.id} lost its managing org`).toBe(true);
  }
  for (const org of snapshot.orgs.values()) {
    if (org.parentId === null) continue;
    const parent = snapshot.orgs.get(org.parentId);
    expect(parent, `orphan ${org.id}`).toBeDefined();
    expect(allowedChildKinds[parent!.kind]).toContain(org.kind);
    expect(isWithin(snapshot, org.parentId, org.id), `cycle through ${org.id}`).toBe(false);
  }
}

describe('command kernel', () => {
  it('patches replay the step, inverse patches undo it, and the base snapshot never changes', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let snapshot = emptySnapshot(tenant);
        for (const { command, input } of steps) {
          const before = JSON.stringify(canonical(snapshot));
          const result = execute(snapshot, command as typeof createOrg, input, ctx);
          expect(JSON.stringify(canonical(snapshot)), 'base snapshot touched').toBe(before);
          if (!result.ok) {
            expect(result.error).toBeInstanceOf(DangjianError);
            expect(result.error.text['zh-CN'].length).toBeGreaterThan(0);
            expect(result.error.text.en.length).toBeGreaterThan(0);
            continue;
          }
          const { snapshot: next, patches, inversePatches } = result.value;
          expect(canonical(applySnapshotPatches(snapshot, patches))).toEqual(canonical(next));
          expect(canonical(applySnapshotPatches(next, inversePatches))).toEqual(canonical(snapshot));
          assertTreeInvariants(next);
          snapshot = next;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same command on the same snapshot gives the same result', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        const replay = (): unknown[] => {
          let snapshot = emptySnapshot(tenant);
          return steps.map(({ command, input }) => {
            const result = execute(snapshot, command as typeof createOrg, input, ctx);
            if (!result.ok) return result.error.toJSON();
            snapshot = result.value.snapshot;
            return { patches: result.value.patches, events: result.value.events };
          });
        };
        expect(replay()).toEqual(replay());
      }),
      { numRuns: 100 },
    );
  });

  it('shares every untouched entity with the base snapshot', () => {
    let snapshot = emptySnapshot(tenant);
    for (let i = 0; i < 50; i++) {
      const result = execute(snapshot, createOrg, { id: `b${i}`, name: `第${i}党支部`, kind: 'branch' }, ctx);
      if (!result.ok) throw result.error;
      snapshot = result.value.snapshot;
    }
    const result = execute(snapshot, renameOrg, { orgId: 'b7', name: '改名党支部' }, ctx);
    if (!result.ok) throw result.error;
    const next = result.value.snapshot;
    expect(next.orgs.get('b7')?.name).toBe('改名党支部');
    expect(snapshot.orgs.get('b7')?.name).toBe('第7党支部');
    expect(next.orgs.get('b8')).toBe(snapshot.orgs.get('b8'));
    expect(next.members).toBe(snapshot.members);
    expect(Object.isFrozen(next.orgs.get('b7'))).toBe(true);
  });

  it('returns a typed error for a malformed actor instead of throwing', () => {
    const result = execute(
      smallStreet(),
      renameOrg,
      { orgId: 'b1', name: '新' },
      { actor: { id: '' }, now: '2026-11-23T00:00:00Z' },
    );
    expect(result.ok || result.error.field).toBe('actor.id');
  });
});
