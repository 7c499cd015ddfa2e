import { execute, type CommandContext, type CommandType, type Snapshot } from '@dangjian/core';
import { happySchedule } from '../../test/fixtures/development-pipeline.js';

/**
 * The bench community (基准社区, `bc`) every command kind acts in, built by real commands on top
 * of the generated street, the same at 1k and 100k: ten branches of 40 full members each
 * (`bm0` … `bm399`), and for each kind that cannot run 200 times on one entity, 200 entities
 * already in the state it acts on (wishes posted, reviewed, open, claimed; meetings recorded and
 * submitted; processes opened and on probation; dues months open, paid or reported …). The only
 * difference between the two tenants is the generated roster around it.
 */

export const perRun = 200;

/** Who runs every command: community staff (no member record of their own, acting for no org)
 * holding a role the default points scheme names, so awards are not refused. `execute` checks
 * no policy: a command's own rules are all that can refuse it. */
export const benchCtx: CommandContext = {
  actor: { id: 'bench', roles: ['communityCommittee'] },
  now: '2026-11-23T02:00:00.000Z',
};

const times = <T>(count: number, make: (i: number) => T): T[] => Array.from({ length: count }, (_, i) => make(i));
const ids = (prefix: string, count = perRun): string[] => times(count, (i) => `${prefix}${i}`);

/** The bench community's ids: `bm(j)` is a full member of branch `bc⌊j/40⌋`. */
export const bench = {
  community: 'bc',
  branch: (k: number) => `bc${k % 10}`,
  member: (j: number) => `bm${j % 400}`,
  /** The branch of `bm(j)`. */
  branchOf: (j: number) => `bc${Math.floor((j % 400) / 40)}`,
  grid: 'bcgrid',
  retained: 'bcv',
  development: 'bcd',
  secretary: { name: '王秀英', memberId: 'bm0', orgId: 'bc0' },
  /** 200 consecutive months from January 2008 (dues.report and dues.settle). */
  period: (i: number) => `${2008 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
  unit: 'bu',
};

type Step = { readonly type: CommandType; readonly input: unknown };
const step = (type: CommandType, input: unknown): Step => ({ type, input });

const org = (id: string, name: string, parentId: string, kind: 'branch' | 'group', setting: string): Step =>
  step('org.create', { id, name, kind, setting, parentId });

function orgs(): Step[] {
  return [
    step('org.create', { id: 'bc', name: '基准社区党委', kind: 'committee', subkind: 'community', parentId: 'street' }),
    ...times(10, (k) => org(`bc${k}`, `基准第${k + 1}党支部`, 'bc', 'branch', 'residential')),
    ...times(10, (k) => org(`bc${k}g0`, `基准${k + 1}号楼党小组`, `bc${k}`, 'group', 'buildingGroup')),
    org(bench.grid, '基准一网格党小组', 'bc0', 'group', 'grid'),
    org(bench.retained, '基准留守党支部', 'bc', 'branch', 'retained'),
    org(bench.development, '基准发展党支部', 'bc', 'branch', 'residential'),
    org('bcr', '基准上报党支部', 'bc', 'branch', 'residential'),
    org('bcs', '基准结算党支部', 'bc', 'branch', 'residential'),
    // Empty groups for org.merge and org.dissolve: each command consumes one.
    ...times(perRun, (i) => org(`bmg${i}`, `待合并党小组${i}`, 'bc0', 'group', 'buildingGroup')),
    ...times(perRun, (i) => org(`bdg${i}`, `待撤销党小组${i}`, 'bc1', 'group', 'buildingGroup')),
  ];
}

const person = (id: string, relationOrgId: string, n: number, stage = 'full', extra: object = {}) => ({
  id,
  name: `基准党员${n}`,
  gender: n % 2 === 0 ? 'female' : 'male',
  birthDate: `19${50 + (n % 48)}-0${1 + (n % 9)}-1${n % 10}`,
  stage,
  relationOrgId,
  ...extra,
});

function members(): Step[] {
  const applicant = (id: string, n: number) =>
    person(id, bench.development, n, 'applicant', { birthDate: '1998-06-15' });
  const people = [
    ...times(400, (j) => person(bench.member(j), bench.branchOf(j), j, 'full', { skills: ['书法'] })),
    ...times(perRun, (i) => person(`bv${i}`, bench.retained, i)),
    ...['ba', 'bb', 'bq'].flatMap((prefix) => times(perRun, (i) => applicant(`${prefix}${i}`, i))),
    ...['brm0', 'brm1'].map((id, n) => person(id, 'bcr', n)),
    ...['bsm0', 'bsm1'].map((id, n) => person(id, 'bcs', n)),
  ];
  return [step('member.import', { members: people })];
}

/** Standards from 2000 for every full member, registrations (双报到) for `bm*`, and member states. */
function memberStates(): Step[] {
  const payers = [...times(400, bench.member), 'brm0', 'brm1', 'bsm0', 'bsm1'];
  return [
    ...payers.map((memberId) =>
      step('dues.setStandard', {
        id: `bstd-${memberId}`,
        memberId,
        category: 'employed',
        baseFen: 280_000,
        from: '2000-01',
        setOn: '2000-01-05',
      }),
    ),
    ...times(400, (j) =>
      step('member.registerInCommunity', {
        id: `br${j}`,
        memberId: bench.member(j),
        communityOrgId: 'bc',
        registeredOn: '2026-01-01',
      }),
    ),
    ...times(perRun, (i) => step('member.markOutflow', { memberId: bench.member(i), since: '2026-05-01' })),
    ...times(perRun, (i) => step('member.markLostContact', { memberId: bench.member(i), since: '2026-05-01' })),
  ];
}

function meetings(): Step[] {
  const meeting = (id: string, i: number) =>
    step('meeting.record', {
      id,
      orgId: bench.branch(i),
      kind: 'themeDay',
      heldOn: '2026-11-01',
      topic: '主题党日',
      attendance: [],
    });
  return [
    ...times(perRun, (i) => meeting(`bmt${i}`, i)),
    ...times(perRun, (i) => meeting(`bms${i}`, i)),
    ...ids('bms').map((meetingId) => step('meeting.submit', { meetingId })),
  ];
}

/** Wishes in each state: `wp` posted, `wr` reviewed, `wo` open, `wc` claimed (by `bm(i)`), `we` open past its last day. */
function wishes(): Step[] {
  const post = (prefix: string, extra: object = {}) =>
    ids(prefix).map((id) => step('wish.post', { id, communityOrgId: 'bc', title: `微心愿${id}`, ...extra }));
  const reviewed = ['wr', 'wo', 'wc', 'we'].flatMap((prefix) => ids(prefix));
  const published = ['wo', 'wc', 'we'].flatMap((prefix) => ids(prefix));
  return [
    ...['wp', 'wr', 'wo', 'wc'].flatMap((prefix) => post(prefix)),
    ...post('we', { expiresOn: '2026-11-01' }),
    ...reviewed.map((wishId) => step('wish.review', { wishId })),
    ...published.map((wishId) => step('wish.publish', { wishId })),
    ...times(perRun, (i) =>
      step('wish.claim', {
        wishId: `wc${i}`,
        claimId: `bcl${i}`,
        claimant: { kind: 'member', memberId: bench.member(i) },
      }),
    ),
  ];
}

function services(): Step[] {
  const project = (id: string) =>
    step('service.offer', {
      id,
      communityOrgId: 'bc',
      name: `助老服务${id}`,
      kind: 'project',
      capacity: 500,
      from: '2026-01-01',
    });
  return [
    project('bsp-join'),
    project('bsp-leave'),
    ...times(perRun, (i) =>
      step('service.join', {
        projectId: 'bsp-leave',
        claimId: `bsj${i}`,
        claimant: { kind: 'member', memberId: bench.member(i) },
      }),
    ),
    ...[
      ['bvt', []],
      ['bvt-hours', ids('bm')],
    ].map(([id, memberIds]) =>
      step('volunteer.formTeam', {
        id,
        name: `基准志愿服务队${id}`,
        orgId: 'bc',
        leaderMemberId: 'bm399',
        memberIds,
        residentNames: [],
        formedOn: '2026-03-01',
      }),
    ),
  ];
}

/** `bev` open (bc0's members), `bevc*` open to be closed, `bevd` closed with bc1's members rated 基本合格. */
function evaluations(): Step[] {
  const open = (id: string, orgId: string, year: number) =>
    step('evaluation.open', { id, orgId, year, subjectKind: 'member' });
  return [
    open('bev', 'bc0', 2026),
    ...times(perRun, (i) => open(`bevc${i}`, bench.branch(i), 2000 + Math.floor(i / 10))),
    open('bevd', 'bc1', 2026),
    step('evaluation.close', { evaluationId: 'bevd' }),
    ...times(40, (k) =>
      step('evaluation.decide', {
        evaluationId: 'bevd',
        subjectId: bench.member(40 + k),
        rating: 'basicallyQualified',
        reason: '支委会结合日常表现研究提出',
      }),
    ),
  ];
}

function regional(): Step[] {
  return [
    step('unit.register', { id: bench.unit, name: '基准科技公司', kind: 'privateEnterprise', communityOrgId: 'bc' }),
    step('conference.create', {
      id: 'bconf',
      name: '基准联席会议',
      hostOrgId: 'street',
      memberUnitIds: [bench.unit],
      cadence: 'quarterly',
      startsOn: '2026-01-01',
      chairRotation: [bench.unit],
    }),
    step('agreement.sign', {
      id: 'bagr',
      kind: 'coBuilding',
      orgId: 'bc',
      unitId: bench.unit,
      signedOn: '2026-01-10',
      year: 2026,
      targets: [{ id: 't1', description: '联合开展志愿服务', unit: '次', target: 4 }],
    }),
    step('project.create', { id: 'bproj', name: '基准书记项目', ownerOrgId: 'bc', year: 2026 }),
    step('post.create', { id: 'bpost', name: '基准先锋岗', kind: 'pioneer', orgId: 'bc', capacity: 500 }),
    step('post.create', {
      id: 'bpost-held',
      name: '基准责任岗',
      kind: 'pioneer',
      orgId: 'bc',
      capacity: 500,
      holderMemberIds: ids('bm'),
    }),
    ...['bpl', 'bpr'].flatMap((prefix) =>
      times(perRun, (i) =>
        step('pledge.make', {
          id: `${prefix}${i}`,
          memberId: bench.member(i),
          text: '每周巡查楼道',
          dueOn: '2026-12-31',
        }),
      ),
    ),
    ...ids('bpr').map((pledgeId) => step('pledge.reportFulfilment', { pledgeId, evidence: '巡查楼道六次' })),
    ...times(perRun, (i) =>
      step('points.award', {
        id: `baw${i}`,
        memberId: bench.member(i),
        itemId: 'task.assigned',
        points: 5,
        reason: '协助社区完成入户登记',
        on: '2026-11-20',
      }),
    ),
  ];
}

/** The input recording step `n` of the happy schedule, its contacts and introducers bench members. */
export function developmentStep(processId: string, n: number): Record<string, unknown> {
  const { on, extra } = happySchedule[n - 1]!;
  const people = n === 5 ? { contacts: ['bm0', 'bm1'] } : n === 9 ? { introducers: ['bm0', 'bm1'] } : {};
  return { processId, step: n, on, actor: bench.secretary, ...extra, ...people };
}

/** `dvs*` opened (step 1), `dvq*` on probation (step 21). */
function development(): Step[] {
  const open = (id: string, memberId: string) =>
    step('development.open', {
      id,
      memberId,
      orgId: bench.development,
      appliedOn: happySchedule[0]!.on,
      actor: bench.secretary,
    });
  return [
    ...times(perRun, (i) => open(`dvs${i}`, `bb${i}`)),
    ...times(perRun, (i) => [
      open(`dvq${i}`, `bq${i}`),
      ...times(20, (s) => step('development.recordStep', developmentStep(`dvq${i}`, s + 2))),
    ]).flat(),
  ];
}

const payment = (id: string, monthId: string, memberId: string, paidOn: string) =>
  step('dues.pay', {
    id,
    monthId,
    memberId,
    amountFen: 1500,
    paidOn,
    payer: { kind: 'self' },
    method: { kind: 'cash' },
  });

/** Reliefs proposed; `bdm0`–`bdm4` collecting November for bc0–bc4; `bdr*` paid up, `bds*` reported. */
function dues(): Step[] {
  const paidMonth = (prefix: string, branch: string, people: string, i: number) => {
    const [id, period] = [`${prefix}${i}`, bench.period(i)];
    return [
      step('dues.openMonth', { id, orgId: branch, period, openedOn: `${period}-01` }),
      ...[0, 1].map((n) => payment(`${id}-p${n}`, id, `${people}${n}`, `${period}-05`)),
    ];
  };
  return [
    ...times(perRun, (i) =>
      step('dues.proposeRelief', {
        id: `brl${i}`,
        memberId: bench.member(i),
        kind: 'reduce',
        amountFen: 100,
        from: '2026-12',
        reason: '家庭生活困难',
        branchDecidedOn: '2026-11-20',
      }),
    ),
    ...times(5, (k) =>
      step('dues.openMonth', { id: `bdm${k}`, orgId: `bc${k}`, period: '2026-11', openedOn: '2026-11-01' }),
    ),
    ...times(perRun, (i) => paidMonth('bdr', 'bcr', 'brm', i)).flat(),
    ...times(perRun, (i) => [
      ...paidMonth('bds', 'bcs', 'bsm', i),
      step('dues.report', { monthId: `bds${i}`, on: `${bench.period(i)}-20` }),
    ]).flat(),
  ];
}

/** The commands that build the bench community, in order. */
export const benchSetup = (): Step[] => [
  ...orgs(),
  ...members(),
  ...memberStates(),
  ...meetings(),
  ...wishes(),
  ...services(),
  ...evaluations(),
  ...regional(),
  ...development(),
  ...dues(),
];

/** Runs the setup on a snapshot; any refusal throws, naming the command. */
export function withBenchCommunity(start: Snapshot): Snapshot {
  let snapshot = start;
  for (const { type, input } of benchSetup()) {
    const result = execute(snapshot, type, input, benchCtx);
    if (!result.ok) {
      const { code, field, text } = result.error;
      throw new Error(
        `bench setup: ${type} ${JSON.stringify(input).slice(0, 120)} refused: ${code} ${field} ${text.en}`,
      );
    }
    snapshot = result.value.snapshot;
  }
  return snapshot;
}
