import { createMemoryStore } from '@dangjian/adapters/memory';
import {
  ForbiddenError,
  SimulatedClock,
  Workspace,
  commands,
  createRolePolicy,
  defaultEvaluationSchemes,
  type EntityRecords,
  defaultScoreScheme,
  type CommandType,
  seedTenant,
  verifyAudit,
  type Store,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activistsInDevelopment } from '../fixtures/development-pipeline.js';
import { identities, scopedAt, scopedRecords, scopedTenant } from '../fixtures/scoped-street.js';
import { backendFor, serveOnLoopback, type TestIdentity } from './targets/rest-server.js';

// Role × command × subject inside and outside the actor's scope, run through a local Workspace
// and over HTTP: allowed exactly where the rules say, and a refusal changes nothing. The oracle
// is the table below, written by hand from the role descriptions in DESIGN §7 — not the policy.

const tenant = scopedTenant;
type Role = keyof typeof identities;
const roles = Object.keys(identities) as Role[];

interface Probe {
  readonly name: string;
  readonly targets: readonly string[];
  readonly request: (target: string, n: number) => { type: string; input: unknown };
  /** Which targets each role may act on. */
  readonly allowed: Readonly<Record<Role, readonly string[]>>;
}

const everyone = (targets: readonly string[]) => ({ districtAdmin: targets, streetAdmin: targets });
const none = { groupLeader: [], member: [], unitOrg: [], resident: [] };
const memberOfOrg: Record<string, string> = { g1: 'm2', b2: 'm3', b3: 'm4' };

const probes: Probe[] = [
  {
    name: 'rename an org',
    targets: ['g1', 'b2', 'b3'],
    request: (orgId, n) => ({ type: 'org.rename', input: { orgId, name: `新名称${n}` } }),
    allowed: { ...everyone(['g1', 'b2', 'b3']), communityCommittee: ['g1', 'b2'], branchSecretary: ['g1'], ...none },
  },
  {
    name: 'set up a group under a branch',
    targets: ['b1', 'b2', 'b3'],
    request: (parentId, n) => ({
      type: 'org.create',
      input: { id: `new-${n}`, name: `新小组${n}`, kind: 'group', parentId },
    }),
    allowed: { ...everyone(['b1', 'b2', 'b3']), communityCommittee: ['b1', 'b2'], branchSecretary: ['b1'], ...none },
  },
  {
    name: "add to a member's skills",
    targets: ['m1', 'm2', 'm3', 'm4'],
    request: (memberId, n) => ({ type: 'member.addSkill', input: { memberId, skill: `特长${n % 5}` } }),
    allowed: {
      ...everyone(['m1', 'm2', 'm3', 'm4']),
      communityCommittee: ['m1', 'm2', 'm3'],
      branchSecretary: ['m1', 'm2'],
      ...none,
      member: ['m2'],
    },
  },
  {
    name: "correct a member's phone",
    targets: ['m1', 'm2', 'm3', 'm4'],
    request: (memberId, n) => ({
      type: 'member.update',
      input: { memberId, phone: `1390001${String(n % 10000).padStart(4, '0')}` },
    }),
    allowed: {
      ...everyone(['m1', 'm2', 'm3', 'm4']),
      communityCommittee: ['m1', 'm2', 'm3'],
      branchSecretary: ['m1', 'm2'],
      ...none,
      member: ['m2'],
    },
  },
  {
    name: "correct a member's name (not a field members may change themselves)",
    targets: ['m1', 'm2', 'm3', 'm4'],
    request: (memberId, n) => ({ type: 'member.update', input: { memberId, name: `改名${n}` } }),
    allowed: {
      ...everyone(['m1', 'm2', 'm3', 'm4']),
      communityCommittee: ['m1', 'm2', 'm3'],
      branchSecretary: ['m1', 'm2'],
      ...none,
    },
  },
  {
    name: "update a member's contact card",
    targets: ['m1', 'm2', 'm3', 'm4'],
    request: (memberId) => ({
      type: 'member.recordContact',
      input: { memberId, card: { whereabouts: '在家', updatedOn: '2026-11-20' } },
    }),
    allowed: {
      ...everyone(['m1', 'm2', 'm3', 'm4']),
      communityCommittee: ['m1', 'm2', 'm3'],
      branchSecretary: ['m1', 'm2'],
      ...none,
      groupLeader: ['m2'],
    },
  },
  {
    name: 'record a meeting',
    targets: ['g1', 'b2', 'b3'],
    request: (orgId, n) => ({
      type: 'meeting.record',
      input: {
        id: `meeting-${n}`,
        orgId,
        kind: 'groupMeeting',
        heldOn: '2026-11-20',
        topic: '学习',
        attendance: [{ memberId: memberOfOrg[orgId]!, mode: 'onSite' }],
      },
    }),
    allowed: {
      ...everyone(['g1', 'b2', 'b3']),
      communityCommittee: ['g1', 'b2'],
      branchSecretary: ['g1'],
      ...none,
      groupLeader: ['g1'],
    },
  },
  {
    name: "set a member's dues standard",
    targets: ['m1', 'm2', 'm3', 'm4'],
    request: (memberId, n) => ({
      type: 'dues.setStandard',
      input: { id: `std-${n}`, memberId, category: 'student', from: '2026-11', setOn: '2026-11-20' },
    }),
    allowed: {
      ...everyone(['m1', 'm2', 'm3', 'm4']),
      communityCommittee: ['m1', 'm2', 'm3'],
      branchSecretary: ['m1', 'm2'],
      ...none,
    },
  },
  {
    name: "see a member's phone in full",
    targets: ['m1', 'm2', 'm3', 'm4'],
    request: (memberId, n) => ({
      type: 'member.disclose',
      input: { id: `d-${n}`, memberId, field: 'phone', reason: '联系本人' },
    }),
    allowed: {
      ...everyone(['m1', 'm2', 'm3', 'm4']),
      communityCommittee: [],
      branchSecretary: ['m1', 'm2'],
      ...none,
      member: ['m2'],
    },
  },
  {
    // The default scheme names the branch secretary, the community committee and the admins as
    // awarders of `task.assigned`; the role rules scope each to its subtree.
    name: 'award a member points by hand',
    targets: ['m1', 'm2', 'm3', 'm4'],
    request: (memberId, n) => ({
      type: 'points.award',
      input: {
        id: `award-${n}`,
        memberId,
        itemId: 'task.assigned',
        points: 5,
        reason: '协助入户登记',
        on: '2026-11-20',
      },
    }),
    allowed: {
      ...everyone(['m1', 'm2', 'm3', 'm4']),
      communityCommittee: ['m1', 'm2', 'm3'],
      branchSecretary: ['m1', 'm2'],
      ...none,
    },
  },
  {
    // A points scheme (积分细则) is the community committee's to set for its subtree; a branch only awards under it.
    name: 'set the points scheme of an org',
    targets: ['b1', 'c1', 'c2'],
    request: (orgId, n) => ({
      type: 'points.setScheme',
      input: { ...defaultScoreScheme, id: `scheme-${orgId}-${n}`, orgId, version: `local.${n}` },
    }),
    allowed: { ...everyone(['b1', 'c1', 'c2']), communityCommittee: ['b1', 'c1'], branchSecretary: [], ...none },
  },
];

// A branch develops its own applicants: an activist's half-yearly assessment (step 6, which may
// repeat) recorded on the process of branch b1, b2 or b3.
probes.push({
  name: 'record a development step',
  targets: ['dv-b1', 'dv-b2', 'dv-b3'],
  request: (processId) => ({
    type: 'development.recordStep',
    input: { processId, step: 6, on: '2026-11-20', actor: { name: '支部书记' } },
  }),
  allowed: {
    ...everyone(['dv-b1', 'dv-b2', 'dv-b3']),
    communityCommittee: ['dv-b1', 'dv-b2'],
    branchSecretary: ['dv-b1'],
    ...none,
  },
});

// 设岗定责 and 依岗承诺 (issue 13): a branch sets up its posts; a member makes their own pledges,
// which the branch (and the levels above it) may also record; residents only read them.
probes.push(
  {
    name: 'set up a post',
    targets: ['g1', 'b2', 'b3'],
    request: (orgId, n) => ({
      type: 'post.create',
      input: { id: `post-${n}`, name: `先锋岗${n}`, kind: 'pioneer', orgId, capacity: 3 },
    }),
    allowed: { ...everyone(['g1', 'b2', 'b3']), communityCommittee: ['g1', 'b2'], branchSecretary: ['g1'], ...none },
  },
  {
    name: "make a member's pledge",
    targets: ['m1', 'm2', 'm3', 'm4'],
    request: (memberId, n) => ({
      type: 'pledge.make',
      input: { id: `pledge-${n}`, memberId, text: `承诺${n}`, dueOn: '2026-12-31' },
    }),
    allowed: {
      ...everyone(['m1', 'm2', 'm3', 'm4']),
      communityCommittee: ['m1', 'm2', 'm3'],
      branchSecretary: ['m1', 'm2'],
      ...none,
      member: ['m2'],
    },
  },
);

// 双报到 service (issue 13): the community offers projects; a team's leader (or staff above the
// team) confirms its volunteers' hours; branch secretaries place their members in grid groups.
probes.push(
  {
    name: 'offer a service project',
    targets: ['c1', 'c2'],
    request: (communityOrgId, n) => ({
      type: 'service.offer',
      input: { id: `sp-${n}`, communityOrgId, name: `助老服务${n}`, kind: 'project', capacity: 5, from: '2026-11-01' },
    }),
    allowed: { ...everyone(['c1', 'c2']), communityCommittee: ['c1'], branchSecretary: [], ...none },
  },
  {
    name: "confirm a resident's volunteer hours",
    targets: ['t-c1', 't-c2'],
    request: (teamId, n) => ({
      type: 'volunteer.recordHours',
      input: {
        id: `vh-${n}`,
        volunteer: { kind: 'resident', name: '张阿姨' },
        teamId,
        on: `2026-11-${String(1 + (n % 28)).padStart(2, '0')}`,
        minutes: 30,
      },
    }),
    allowed: {
      ...everyone(['t-c1', 't-c2']),
      communityCommittee: ['t-c1'],
      branchSecretary: [],
      ...none,
      member: ['t-c1'],
    },
  },
  {
    name: 'place a member in a grid group',
    targets: ['gg-b1', 'gg-b3'],
    request: (groupOrgId, n) => ({
      type: 'grid.place',
      input: { id: `gp-${n}`, memberId: groupOrgId === 'gg-b1' ? 'm2' : 'm4', groupOrgId, since: '2026-11-01' },
    }),
    allowed: {
      ...everyone(['gg-b1', 'gg-b3']),
      communityCommittee: ['gg-b1'],
      branchSecretary: ['gg-b1'],
      ...none,
    },
  },
);

/** The scoped street with a volunteer team in each community (m2 leads c1's) and a grid group under b1 and b3. */
function withServiceRecords(records: ReturnType<typeof activistsInDevelopment>) {
  const gridGroup = (id: string, parentId: string) => ({
    id,
    name: `${id}网格党小组`,
    kind: 'group' as const,
    setting: 'grid' as const,
    parentId,
  });
  const team = (id: string, orgId: string, leaderMemberId: string) => ({
    id,
    name: `${id}志愿服务队`,
    orgId,
    leaderMemberId,
    memberIds: [leaderMemberId],
    residentNames: ['张阿姨'],
    formedOn: '2026-03-01',
  });
  return {
    ...records,
    orgs: [...(records.orgs ?? []), gridGroup('gg-b1', 'b1'), gridGroup('gg-b3', 'b3')],
    volunteerTeams: [team('t-c1', 'c1', 'm2'), team('t-c2', 'c2', 'm4')],
  };
}

// 民主评议: a member rates peers of their own branch in their own name; the branch and the
// committees above run the round (and enter any ballot). Each branch's open round has its
// members and enough further subjects for every step to mark a new one.
const raterOf: Record<string, string> = { 'ev-b1': 'm2', 'ev-b2': 'm3', 'ev-b3': 'm4' };
probes.push({
  name: 'rate a peer in a branch review',
  targets: ['ev-b1', 'ev-b2', 'ev-b3'],
  request: (evaluationId, n) => ({
    type: 'evaluation.submitRating',
    input: {
      id: `ballot-${n}`,
      evaluationId,
      raterKind: 'peer',
      raterId: raterOf[evaluationId]!,
      marks: [{ subjectId: `x${n}`, grade: 'qualified' }],
    },
  }),
  allowed: {
    ...everyone(['ev-b1', 'ev-b2', 'ev-b3']),
    communityCommittee: ['ev-b1', 'ev-b2'],
    branchSecretary: ['ev-b1'],
    ...none,
    member: ['ev-b1'],
  },
});

function withReviews(records: EntityRecords): EntityRecords {
  const subjects = Array.from({ length: 600 }, (_, i) => ({ id: `x${i}`, stage: 'full' as const, rated: true }));
  const evaluations = Object.entries(raterOf).map(([id, raterId]) => ({
    id,
    orgId: id.slice(3),
    year: 2026,
    scheme: defaultEvaluationSchemes.member,
    state: 'open' as const,
    openedAt: scopedAt,
    participants: [{ id: raterId, stage: 'full' as const, rated: true }, ...subjects],
    decisions: [],
    followUps: [],
  }));
  return { ...records, evaluations };
}

const step = fc.record({
  role: fc.constantFrom(...roles),
  probe: fc.nat({ max: probes.length - 1 }),
  target: fc.nat({ max: 3 }),
});

interface Runner {
  run(role: Role, request: { type: string; input: unknown }): Promise<{ ok: boolean; error?: unknown }>;
  store: Store;
}

async function seeded(): Promise<Store> {
  const store = createMemoryStore();
  await seedTenant(store, tenant, withServiceRecords(activistsInDevelopment(scopedRecords)), {
    actorId: 'seed',
    at: scopedAt,
  });
  await seedTenant(store, tenant, withReviews(activistsInDevelopment(scopedRecords)), {
    actorId: 'seed',
    at: scopedAt,
  });
  return store;
}

async function localRunner(): Promise<Runner> {
  const store = await seeded();
  const clock = new SimulatedClock('2026-11-23T08:00:00+08:00');
  const workspaces = new Map<Role, Workspace>();
  const policy = createRolePolicy();
  for (const role of roles) {
    const actor = { ...identities[role], roles: [...identities[role].roles] };
    workspaces.set(role, await Workspace.open({ store, tenant, clock, actor, policy }));
  }
  return {
    store,
    async run(role, { type, input }) {
      const workspace = workspaces.get(role)!;
      await workspace.reload();
      return workspace.run(commands[type as CommandType] as never, input as never);
    },
  };
}

async function httpRunner(url: string, store: Store): Promise<Runner> {
  return {
    store,
    async run(role, request) {
      const identity: TestIdentity = { tenant, ...identities[role] };
      return backendFor(url, identity).run(tenant, { id: identity.id }, request);
    },
  };
}

async function check(runner: Runner, steps: readonly { role: Role; probe: number; target: number }[]): Promise<void> {
  let n = 0;
  for (const { role, probe: index, target: pick } of steps) {
    const probe = probes[index]!;
    const target = probe.targets[pick % probe.targets.length]!;
    const expected = probe.allowed[role].includes(target);
    const before = await runner.store.load(tenant);
    const result = await runner.run(role, probe.request(target, n++));
    const after = await runner.store.load(tenant);
    if (expected) {
      expect(result, `${role} may ${probe.name} (${target})`).toMatchObject({ ok: true });
      expect(after.revision).toBe(before.revision + 1);
    } else {
      expect(result.ok, `${role} may not ${probe.name} (${target})`).toBe(false);
      expect(result.error).toBeInstanceOf(ForbiddenError);
      expect(after).toEqual(before);
    }
  }
  const audit = await runner.store.readAudit(tenant);
  expect(verifyAudit(audit, { revision: (await runner.store.load(tenant)).revision })).toEqual([]);
}

describe('who may do what: the role rules against a hand-written table', () => {
  it('through a local Workspace', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        await check(await localRunner(), steps);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('over HTTP', async () => {
    const shared: { store: Store } = { store: createMemoryStore() };
    const server = await serveOnLoopback({
      load: (t) => shared.store.load(t),
      commit: (c) => shared.store.commit(c),
      readAudit: (t, q) => shared.store.readAudit(t, q),
      close: async () => {},
    });
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
          shared.store = await seeded();
          // A fresh server per run: its warm tenants belong to the store it started with.
          const fresh = await serveOnLoopback(shared.store);
          try {
            await check(await httpRunner(fresh.url, shared.store), steps);
          } finally {
            await fresh.close();
          }
        }),
        { numRuns: 40 },
      );
    } finally {
      await server.close();
    }
  }, 180_000);

  it('covers every role with every probe at every target, locally and over HTTP', async () => {
    const steps = roles.flatMap((role) =>
      probes.flatMap((probe, index) => probe.targets.map((_, target) => ({ role, probe: index, target }))),
    );
    await check(await localRunner(), steps);
    const store = await seeded();
    const server = await serveOnLoopback(store);
    try {
      await check(await httpRunner(server.url, store), steps);
    } finally {
      await server.close();
    }
  }, 120_000);
});
