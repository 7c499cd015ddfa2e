import fc from 'fast-check';
import {
  execute,
  PersistentMap,
  snapshotFromRecords,
  Transaction,
  type Member,
  type Org,
  type Snapshot,
} from '@dangjian/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ctx, tenant } from './fixtures.js';

// A command acting on one branch must not pass over the whole roster: its work is what it acts
// on (bench figure 2, command cost at 100k vs 1k). Counted, not timed: every walk over a table
// goes through `entries`, `keys` or `values`, so the sizes of the tables walked are recorded.

const roster = 3_000;

const orgs: Org[] = [
  { id: 'street', name: '青龙街道党工委', kind: 'committee', subkind: 'working', parentId: null },
  { id: 'c1', name: '紫云苑社区党委', kind: 'committee', subkind: 'community', parentId: 'street' },
  { id: 'b1', name: '紫云苑第一党支部', kind: 'branch', setting: 'residential', parentId: 'c1' },
  { id: 'g1', name: '1号楼党小组', kind: 'group', setting: 'buildingGroup', parentId: 'b1' },
  { id: 'g2', name: '2号楼党小组', kind: 'group', setting: 'buildingGroup', parentId: 'b1' },
  { id: 'far', name: '远处党支部', kind: 'branch', setting: 'residential', parentId: 'street' },
  { id: 'gg', name: '远处一网格党小组', kind: 'group', setting: 'grid', parentId: 'far' },
];

const person = (id: string, relationOrgId: string): Member => ({
  id,
  name: `党员${id}`,
  gender: 'female',
  birthDate: '1970-01-01',
  stage: 'full',
  relationOrgId,
  managingOrgId: relationOrgId,
});

const applicant: Member = { ...person('a1', 'b1'), stage: 'applicant', birthDate: '1998-06-15' };

/**
 * Three members and an applicant in b1, the rest of the roster in another branch. Every member
 * has a dues standard, reported to c1 (双报到), a grid placement and a development process: the
 * tables that grow with the roster besides the members'.
 */
function street(): Snapshot {
  const near = ['m1', 'm2', 'm3'].map((id) => person(id, 'b1'));
  const far = Array.from({ length: roster - near.length }, (_, n) => person(`f${n}`, 'far'));
  const everyone = [...near, ...far];
  const records = {
    orgs,
    members: [...everyone, applicant],
    duesStandards: everyone.map((member) => ({
      id: `std-${member.id}`,
      memberId: member.id,
      category: 'employed' as const,
      baseFen: 300_000,
      from: '2026-01',
      setOn: '2026-01-05',
    })),
    registrations: everyone.map((member) => ({
      id: `r-${member.id}`,
      memberId: member.id,
      communityOrgId: 'c1',
      registeredOn: '2026-01-01',
      postIds: [],
      serviceMinutes: 0,
    })),
    gridPlacements: far.map((member) => ({
      id: `gp-${member.id}`,
      memberId: member.id,
      groupOrgId: 'gg',
      since: '2026-01-01',
    })),
    // A month of the far branch that everyone paid: a payments table the size of the roster.
    duesMonths: [
      {
        id: 'dm-far',
        orgId: 'far',
        period: '2026-10',
        openedOn: '2026-10-01',
        state: 'collecting' as const,
        lines: [],
      },
    ],
    duesPayments: far.map((member) => ({
      id: `pay-${member.id}`,
      monthId: 'dm-far',
      memberId: member.id,
      amountFen: 1500,
      extraFen: 0,
      paidOn: '2026-10-05',
      collectedByOrgId: 'far',
      creditPeriod: '2026-10',
      payer: { kind: 'self' as const },
      method: { kind: 'cash' as const },
    })),
    // A year of service by the far branch: an hours table the size of the roster.
    volunteerHours: far.map((member, n) => ({
      id: `vh-${member.id}`,
      volunteer: { kind: 'member' as const, memberId: member.id },
      teamId: 'far-team',
      on: `2026-${String(1 + (n % 10)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
      minutes: 60,
      confirmedBy: 'far-leader',
    })),
    developmentProcesses: far.map((member) => ({
      id: `dp-${member.id}`,
      memberId: member.id,
      orgId: 'far',
      steps: [{ step: 1, on: '2020-03-04', actor: secretary, documents: [] }],
      contacts: [],
      introducers: [],
    })),
  };
  let snapshot = snapshotFromRecords(tenant, 1, records);
  for (const [type, input] of prepared) {
    const result = execute(snapshot, type, input, ctx);
    if (!result.ok) throw result.error;
    snapshot = result.value.snapshot;
  }
  return snapshot;
}

const secretary = { name: '王秀英', memberId: 'm1', orgId: 'b1' };

const paid = (id: string, monthId: string, memberId: string, paidOn: string) =>
  [
    'dues.pay',
    { id, monthId, memberId, amountFen: 1500, paidOn, payer: { kind: 'self' }, method: { kind: 'cash' } },
  ] as const;

/**
 * What the commands below act on: b1's September dues paid by all three, its October by m2 and
 * m3, its August by no one; an open wish, a post, a service project and a team in c1.
 */
const prepared = [
  ['dues.openMonth', { id: 'dm-sep', orgId: 'b1', period: '2026-09', openedOn: '2026-09-01' }],
  ...['m1', 'm2', 'm3'].map((memberId) => paid(`sep-${memberId}`, 'dm-sep', memberId, '2026-09-05')),
  ['dues.openMonth', { id: 'dm-oct', orgId: 'b1', period: '2026-10', openedOn: '2026-10-01' }],
  ['dues.openMonth', { id: 'dm-aug', orgId: 'b1', period: '2026-08', openedOn: '2026-08-01' }],
  ...['m2', 'm3'].map((memberId) => paid(`oct-${memberId}`, 'dm-oct', memberId, '2026-10-05')),
  ['wish.post', { id: 'w1', communityOrgId: 'c1', title: '帮忙修理水龙头' }],
  ['wish.review', { wishId: 'w1' }],
  ['wish.publish', { wishId: 'w1' }],
  ['post.create', { id: 'ps1', name: '楼道环境先锋岗', kind: 'pioneer', orgId: 'c1', capacity: 5 }],
  [
    'service.offer',
    { id: 'sp1', communityOrgId: 'c1', name: '助老服务', kind: 'project', capacity: 5, from: '2026-01-01' },
  ],
  [
    'volunteer.formTeam',
    {
      id: 'vt1',
      name: '志愿服务队',
      orgId: 'c1',
      leaderMemberId: 'm1',
      memberIds: ['m2'],
      residentNames: [],
      formedOn: '2026-03-01',
    },
  ],
] as const;

/** The sizes of the tables walked while `run` runs. */
function walked(run: () => void): number[] {
  const sizes: number[] = [];
  for (const method of ['entries', 'keys', 'values'] as const) {
    const original = PersistentMap.prototype[method];
    vi.spyOn(PersistentMap.prototype, method).mockImplementation(function (this: PersistentMap<unknown>) {
      sizes.push(this.size);
      return original.call(this) as never;
    });
  }
  run();
  vi.restoreAllMocks();
  return sizes;
}

afterEach(() => vi.restoreAllMocks());

const cases = [
  ['dues.openMonth', { id: 'dm1', orgId: 'b1', period: '2026-11', openedOn: '2026-11-01' }, 3],
  ['evaluation.open', { id: 'ev1', orgId: 'b1', year: 2026, subjectKind: 'member' }, 3],
  ['org.dissolve', { orgId: 'g2' }, undefined],
  ['org.merge', { sourceId: 'g2', targetId: 'g1' }, undefined],
  [...paid('oct-m1', 'dm-oct', 'm1', '2026-10-06'), undefined],
  ['dues.defer', { monthId: 'dm-oct', memberId: 'm1', reason: '住院治疗', agreedOn: '2026-10-03' }, undefined],
  ['dues.report', { monthId: 'dm-sep', on: '2026-09-30' }, undefined],
  ['wish.claim', { wishId: 'w1', claimId: 'cl1', claimant: { kind: 'member', memberId: 'm1' } }, undefined],
  // f0 is no member of c1's orgs: it may hold the post because it reported to c1.
  ['post.claim', { postId: 'ps1', memberId: 'f0' }, undefined],
  ['service.join', { projectId: 'sp1', claimId: 'sj1', claimant: { kind: 'member', memberId: 'm1' } }, undefined],
  [
    'volunteer.recordHours',
    { id: 'vh1', volunteer: { kind: 'member', memberId: 'm2' }, teamId: 'vt1', on: '2026-11-20', minutes: 60 },
    undefined,
  ],
  ['grid.place', { id: 'gp-m1', memberId: 'm1', groupOrgId: 'gg', since: '2026-11-01' }, undefined],
  [
    'development.open',
    { id: 'dp1', memberId: 'a1', orgId: 'b1', appliedOn: '2026-10-08', actor: secretary },
    undefined,
  ],
] as const;

describe('commands on one branch or member, in a tenant of 3,000 members', () => {
  it.each(cases)('%s walks no table of roster size', (type, input, lines) => {
    const start = street();
    // The first command on a loaded table may build its indexes: one pass, then carried forward.
    const first = execute(start, type, input, ctx);
    expect(first.ok || first.error).toBe(true);
    let again: ReturnType<typeof execute> | undefined;
    const sizes = walked(() => (again = execute(start, type, input, ctx)));
    expect(again?.ok).toBe(true);
    // What the command acts on is a handful of rows; a table in the thousands is the roster's.
    expect(sizes.filter((size) => size > roster / 2)).toEqual([]);
    // The answer is still the branch's: its three members owe the month / take part in the round.
    if (lines !== undefined && again?.ok) {
      const written = again.value.changes[0]?.value as { lines?: unknown[]; participants?: unknown[] };
      expect((written.lines ?? written.participants)?.length).toBe(lines);
    }
  });

  it('dues.pay after another payment walks no table of roster size: the month index is carried, not rebuilt', () => {
    const [type, input] = paid('aug-m1', 'dm-aug', 'm1', '2026-08-05');
    const first = execute(street(), type, input, ctx);
    if (!first.ok) throw first.error;
    let second: ReturnType<typeof execute> | undefined;
    const [, next] = paid('aug-m2', 'dm-aug', 'm2', '2026-08-06');
    const sizes = walked(() => (second = execute(first.value.snapshot, type, next, ctx)));
    expect(second?.ok).toBe(true);
    expect(sizes.filter((size) => size > roster / 2)).toEqual([]);
    // A second payment of the same line is still refused.
    const twice = execute(first.value.snapshot, type, { ...input, id: 'aug-m1-again' }, ctx);
    expect(twice.ok || twice.error.code).toBe('dues.alreadyPaid');
  });

  it('still finds every reference when dissolving: a branch with members is refused', () => {
    const result = execute(street(), 'org.dissolve', { orgId: 'far' }, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('org.inUse');
  });
});

describe('the members of an org, from the carried index', () => {
  const place = fc.constantFrom('b1', 'g1', 'g2', 'far');
  const step = fc.oneof(
    fc.record({ op: fc.constant('insert' as const), n: fc.nat(30), org: place }),
    fc.record({ op: fc.constant('move' as const), n: fc.nat(30), org: place }),
    fc.record({ op: fc.constant('remove' as const), n: fc.nat(30), org: place }),
  );

  it('agrees with a filter over the table after any writes, asked before, between and after them', () => {
    fc.assert(
      fc.property(fc.array(fc.array(step, { maxLength: 8 }), { maxLength: 6 }), (commands) => {
        let snapshot = snapshotFromRecords(tenant, 1, { orgs, members: [person('m1', 'b1'), person('m2', 'far')] });
        for (const writes of commands) {
          const tx = new Transaction(snapshot);
          tx.idsWhere('members', ['relationOrgId'], 'b1'); // built on the loaded table, then carried
          for (const { op, n, org } of writes) {
            const id = `p${n}`;
            const exists = tx.get('members', id) !== undefined;
            if (op === 'insert' && !exists) tx.insert('members', person(id, org));
            if (op === 'move' && exists) tx.update('members', id, (draft) => void (draft.relationOrgId = org));
            if (op === 'remove' && exists) tx.remove('members', id);
            const holders = tx
              .table('members')
              .toArray()
              .filter((member) => member.relationOrgId === org);
            expect(tx.idsWhere('members', ['relationOrgId'], org).sort()).toEqual(holders.map((m) => m.id).sort());
          }
          snapshot = tx.finish().snapshot;
          for (const org of ['b1', 'g1', 'g2', 'far']) {
            const expected = snapshot.members
              .toArray()
              .filter((member) => member.relationOrgId === org)
              .map((member) => member.id)
              .sort();
            expect(new Transaction(snapshot).idsWhere('members', ['relationOrgId'], org).sort()).toEqual(expected);
          }
        }
      }),
    );
  });
});
