import { defaultScoreScheme, type CommandType } from '@dangjian/core';
import type { GeneratedTenant } from '../generate.js';
import { bench, developmentStep } from './command-setup.js';

/**
 * A valid input for the i-th command of each kind (i < 200), each run on the snapshot the one
 * before it left, from the bench community's starting state (command-setup.ts). Kinds that act on
 * one entity once take the i-th of 200 entities prepared for them.
 */
export type InputOf = (i: number, tenant: GeneratedTenant) => unknown;

/** A generated member (every i < 1,000 names its own); what the first kinds measured were given. */
const member = (i: number): string => `m${(i * 37) % 1000}`;
const branch = (i: number, tenant: GeneratedTenant): string => tenant.branchIds[i % tenant.branchIds.length]!;
const group = (i: number, tenant: GeneratedTenant): string => tenant.groupIds[i % tenant.groupIds.length]!;
const bm = bench.member;
const claimant = (i: number) => ({ kind: 'member', memberId: bm(i) });
const day = (i: number) => `2026-11-${String(1 + (i % 20)).padStart(2, '0')}`;

const orgInputs = {
  'org.create': (i, t) => ({
    id: `new-org${i}`,
    name: `新党支部${i}`,
    kind: 'branch',
    setting: 'residential',
    parentId: t.branchIds[0]!.replace(/b\d+$/, ''),
  }),
  'org.rename': (i, t) => ({ orgId: branch(i, t), name: `党支部${i}` }),
  // Group k starts under branch ⌊k/2⌋; its r-th move goes one branch further, so no move is a no-op.
  'org.move': (i, t) => {
    const [k, r] = [i % t.groupIds.length, Math.floor(i / t.groupIds.length)];
    return { orgId: t.groupIds[k]!, parentId: branch(Math.floor(k / 2) + 1 + r, t) };
  },
  'org.merge': (i) => ({ sourceId: `bmg${i}`, targetId: 'bc0g0' }),
  'org.dissolve': (i) => ({ orgId: `bdg${i}` }),
  'org.splitCourtyard': (i) => ({
    sourceBranchId: bench.branchOf(i),
    branch: { id: `court${i}`, name: `楼院党支部${i}` },
    memberIds: [bm(i)],
  }),
  'org.setUpTransitionalGroups': (i) => ({
    retainedBranchId: bench.retained,
    groups: [{ id: `tg${i}`, name: `过渡期党小组${i}`, memberIds: [`bv${i}`] }],
  }),
} satisfies Partial<Record<CommandType, InputOf>>;

const memberInputs = {
  'member.register': (i, t) => ({
    id: `new${i}`,
    name: '新党员',
    gender: 'female',
    birthDate: '1999-09-09',
    stage: 'probationary',
    relationOrgId: branch(i, t),
  }),
  'member.import': (i) => ({
    members: Array.from({ length: 10 }, (_, k) => ({
      id: `imp${i}-${k}`,
      name: '吴晓东',
      gender: k % 2 === 0 ? 'male' : 'female',
      birthDate: '1985-01-02',
      stage: 'full',
      relationOrgId: bench.branch(i + k),
    })),
  }),
  'member.update': (i) => ({ memberId: member(i), employment: 'retired' }),
  'member.addSkill': (i) => ({ memberId: member(i), skill: `特长${i % 7}` }),
  'member.removeSkill': (i) => ({ memberId: bm(i), skill: '书法' }),
  'member.changeManagingOrg': (i, t) => ({ memberId: member(i), managingOrgId: group(i, t) }),
  // bc5–bc9 have no dues month open, so their members owe nothing and may leave.
  'member.transfer': (i) => ({
    memberId: bm(200 + i),
    direction: 'within',
    letterNo: `转字${i}号`,
    on: '2026-11-20',
    toOrgId: 'bc0',
  }),
  'member.recordContact': (i) => ({ memberId: bm(i), card: { whereabouts: '在家', updatedOn: '2026-11-20' } }),
  'member.markOutflow': (i) => ({ memberId: member(i), since: '2026-05-01' }),
  'member.markReturn': (i) => ({ memberId: bm(i), returnedOn: '2026-11-01' }),
  'member.markLostContact': (i) => ({ memberId: member(i), since: '2026-05-01' }),
  'member.markFound': (i) => ({ memberId: bm(i), on: '2026-11-01' }),
  'member.retire': (i) => ({ memberId: member(i), on: '2026-11-01' }),
  'member.archive': (i) => ({ memberId: member(i), status: 'deceased', on: '2026-11-01' }),
  'member.registerInCommunity': (i) => ({
    id: `reg${i}`,
    memberId: bm(i),
    communityOrgId: bench.community,
    registeredOn: '2026-03-01',
  }),
  'member.sendFeedbackReport': (i) => ({
    id: `fb${i}`,
    registrationId: `br${i}`,
    memberId: bm(i),
    period: '2026-H1',
    serviceMinutes: 600,
    activities: 4,
    sentOn: '2026-07-05',
  }),
  'member.disclose': (i) => ({ id: `d${i}`, memberId: bm(i), field: 'phone', reason: '通知参加主题党日' }),
  'member.sendYearlyReport': (i) => ({ id: `yr${i}`, registrationId: `br${i}`, year: 2026, sentOn: '2027-01-10' }),
} satisfies Partial<Record<CommandType, InputOf>>;

const meetingInputs = {
  'meeting.record': (i) => ({
    id: `meeting${i}`,
    orgId: bench.branchOf(i),
    kind: 'assembly',
    heldOn: '2026-11-20',
    topic: '学习',
    attendance: [0, 1, 2].map((k) => ({ memberId: bm(i + k), mode: 'onSite' })),
  }),
  'meeting.submit': (i) => ({ meetingId: `bmt${i}` }),
  'meeting.approve': (i) => ({ meetingId: `bms${i}` }),
  'meeting.return': (i) => ({ meetingId: `bms${i}`, reason: '缺少会议记录照片' }),
} satisfies Partial<Record<CommandType, InputOf>>;

const wishInputs = {
  'wish.post': (i) => ({ id: `wish${i}`, communityOrgId: bench.community, title: `帮忙修理水龙头${i}` }),
  'wish.review': (i) => ({ wishId: `wp${i}` }),
  'wish.publish': (i) => ({ wishId: `wr${i}` }),
  'wish.claim': (i) => ({ wishId: `wo${i}`, claimId: `cl${i}`, claimant: claimant(i) }),
  'wish.cancelClaim': (i) => ({ wishId: `wc${i}`, reason: '临时出差' }),
  'wish.confirm': (i) => ({ wishId: `wc${i}` }),
  'wish.withdraw': (i) => ({ wishId: `wo${i}`, reason: '已自行解决' }),
  'wish.expire': (i) => ({ wishId: `we${i}` }),
} satisfies Partial<Record<CommandType, InputOf>>;

const serviceInputs = {
  'service.offer': (i) => ({
    id: `sp${i}`,
    communityOrgId: bench.community,
    name: `助老送餐${i}`,
    kind: 'project',
    capacity: 10,
    from: '2026-01-01',
  }),
  'service.join': (i) => ({ projectId: 'bsp-join', claimId: `sj${i}`, claimant: claimant(i) }),
  'service.leave': (i) => ({ projectId: 'bsp-leave', claimant: claimant(i) }),
  'volunteer.formTeam': (i) => ({
    id: `vt${i}`,
    name: `文明劝导队${i}`,
    orgId: bench.community,
    leaderMemberId: bm(i),
    memberIds: [bm(i + 1)],
    residentNames: ['王阿姨'],
    formedOn: '2026-11-01',
  }),
  'volunteer.enrol': (i) => ({ teamId: 'bvt', volunteer: { kind: 'member', memberId: bm(i) } }),
  'volunteer.recordHours': (i) => ({
    id: `vh${i}`,
    volunteer: { kind: 'member', memberId: bm(i) },
    teamId: 'bvt-hours',
    on: day(i),
    minutes: 90,
  }),
  'grid.place': (i) => ({ id: `gp${i}`, memberId: bm(i), groupOrgId: bench.grid, since: '2026-11-01' }),
} satisfies Partial<Record<CommandType, InputOf>>;

const evaluationInputs = {
  'evaluation.open': (i) => ({
    id: `ev${i}`,
    orgId: bench.branch(i),
    year: 2040 + Math.floor(i / 10),
    subjectKind: 'member',
  }),
  'evaluation.submitRating': (i) => ({
    id: `ballot${i}`,
    evaluationId: 'bev',
    raterKind: 'masses',
    raterId: `masses-${i}`,
    marks: [{ subjectId: bm(i % 40), grade: 'qualified' }],
  }),
  'evaluation.close': (i) => ({ evaluationId: `bevc${i}` }),
  'evaluation.decide': (i) => ({
    evaluationId: 'bevd',
    subjectId: bm(40 + (i % 40)),
    rating: 'qualified',
    reason: '支委会结合日常表现研究提出',
  }),
  'evaluation.recordFollowUp': (i) => ({
    evaluationId: 'bevd',
    subjectId: bm(40 + (i % 40)),
    followUp: 'improvementPlan',
    doneOn: day(i),
  }),
} satisfies Partial<Record<CommandType, InputOf>>;

const regionalInputs = {
  'unit.register': (i) => ({
    id: `unit${i}`,
    name: `某科技公司${i}`,
    kind: 'privateEnterprise',
    communityOrgId: bench.community,
  }),
  'unit.setCoverage': (i) => ({ unitId: bench.unit, formation: 'instructor', instructor: { name: `党建指导员${i}` } }),
  'unit.reportToCommunity': (i) => ({
    id: `ur${i}`,
    unitId: bench.unit,
    communityOrgId: bench.community,
    registeredOn: '2026-04-01',
  }),
  'committee.appointPartTimeMember': (i) => ({
    id: `seat${i}`,
    orgId: bench.community,
    unitId: bench.unit,
    personName: '张委员',
    from: '2026-01-01',
  }),
  'conference.create': (i) => ({
    id: `conf${i}`,
    name: `联席会议${i}`,
    hostOrgId: 'street',
    memberUnitIds: [bench.unit],
    cadence: 'quarterly',
    startsOn: '2026-01-01',
    chairRotation: [bench.unit],
  }),
  'conference.recordSession': (i) => ({ id: `session${i}`, conferenceId: 'bconf', heldOn: day(i), chairUnitId: 'bu' }),
  'agreement.sign': (i) => ({
    id: `agreement${i}`,
    kind: 'coBuilding',
    orgId: bench.community,
    unitId: bench.unit,
    signedOn: '2026-01-10',
    year: 2026,
    targets: [],
  }),
  'agreement.assess': (i) => ({
    agreementId: 'bagr',
    assessedOn: '2026-12-20',
    achieved: [{ targetId: 't1', achieved: i % 5 }],
  }),
  'project.create': (i) => ({ id: `project${i}`, name: `书记项目${i}`, ownerOrgId: bench.community, year: 2026 }),
  'project.review': (i) => ({
    projectId: 'bproj',
    reviewedOn: '2026-12-20',
    rating: i % 2 === 0 ? 'good' : 'excellent',
  }),
} satisfies Partial<Record<CommandType, InputOf>>;

const postInputs = {
  'post.create': (i) => ({ id: `post${i}`, name: `先锋岗${i}`, kind: 'pioneer', orgId: bench.branch(i) }),
  'building.add': (i) => ({ id: `bld${i}`, name: `${i}号楼`, orgId: bench.branch(i) }),
  'post.claim': (i) => ({ postId: 'bpost', memberId: bm(i) }),
  'post.release': (i) => ({ postId: 'bpost-held', memberId: bm(i) }),
  'pledge.make': (i) => ({ id: `pledge${i}`, memberId: bm(i), text: `每周巡查楼道${i}次`, dueOn: '2026-12-31' }),
  'pledge.reportFulfilment': (i) => ({ pledgeId: `bpl${i}`, evidence: '每周巡查 1 号楼楼道，清理杂物 6 次' }),
  'pledge.assess': (i) => ({ pledgeId: `bpr${i}`, outcome: 'fulfilled', comment: '按期践诺' }),
  'pledge.withdraw': (i) => ({ pledgeId: `bpl${i}`, reason: '岗位调整' }),
} satisfies Partial<Record<CommandType, InputOf>>;

const developmentInputs = {
  'development.open': (i) => ({
    id: `dvo${i}`,
    memberId: `ba${i}`,
    orgId: bench.development,
    appliedOn: '2026-10-08',
    actor: bench.secretary,
  }),
  'development.recordStep': (i) => developmentStep(`dvs${i}`, 2),
  'development.extendProbation': (i) => ({ processId: `dvq${i}`, decidedOn: '2026-08-05', months: 6 }),
} satisfies Partial<Record<CommandType, InputOf>>;

// bdm0–bdm4 collect November for bc0–bc4, whose members are bm0–bm199: 40 lines each.
const novemberMonth = (i: number) => `bdm${Math.floor(i / 40)}`;

const duesInputs = {
  'dues.setStandard': (i) => ({
    id: `std${i}`,
    memberId: bm(i),
    category: 'employed',
    baseFen: 450_000,
    from: '2026-12',
    setOn: '2026-11-20',
  }),
  'dues.proposeRelief': (i) => ({
    id: `relief${i}`,
    memberId: bm(i),
    kind: 'reduce',
    amountFen: 100,
    from: '2027-01',
    reason: '家庭生活困难',
    branchDecidedOn: '2026-11-20',
  }),
  'dues.decideRelief': (i) => ({
    reliefId: `brl${i}`,
    decision: 'approve',
    on: '2026-11-21',
    byOrgId: bench.community,
  }),
  // Ten branches × twenty months (January 2025 to August 2026), none open yet.
  'dues.openMonth': (i) => {
    const month = Math.floor(i / 10);
    const period = `${2025 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    return { id: `dm${i}`, orgId: bench.branch(i), period, openedOn: `${period}-01` };
  },
  'dues.pay': (i) => ({
    id: `pay${i}`,
    monthId: novemberMonth(i),
    memberId: bm(i),
    amountFen: 1500,
    paidOn: '2026-11-05',
    payer: { kind: 'proxy', name: '李家属', relation: 'relative' },
    method: { kind: 'online', reference: `WX2026110500${i}` },
  }),
  'dues.defer': (i) => ({ monthId: novemberMonth(i), memberId: bm(i), reason: '住院治疗', agreedOn: '2026-11-03' }),
  'dues.report': (i) => ({ monthId: `bdr${i}`, on: `${bench.period(i)}-20` }),
  'dues.settle': (i) => ({ monthId: `bds${i}`, on: `${bench.period(i)}-28`, byOrgId: bench.community }),
  'points.setScheme': (i) => ({
    ...defaultScoreScheme,
    id: `scheme-bc-${i}`,
    orgId: bench.community,
    version: `bc.${i}`,
  }),
  'points.award': (i) => ({
    id: `award${i}`,
    memberId: bm(i),
    itemId: 'task.assigned',
    points: 5,
    reason: '协助社区完成人口普查入户登记',
    on: '2026-11-20',
  }),
  'points.revoke': (i) => ({ awardId: `baw${i}`, reason: '任务由他人完成，登记有误', on: '2026-11-21' }),
} satisfies Partial<Record<CommandType, InputOf>>;

/** Every registered kind: a kind missing here does not compile, and the quick bench names it too. */
export const commandInputs: Record<CommandType, InputOf> = {
  ...orgInputs,
  ...memberInputs,
  ...meetingInputs,
  ...wishInputs,
  ...serviceInputs,
  ...evaluationInputs,
  ...regionalInputs,
  ...postInputs,
  ...developmentInputs,
  ...duesInputs,
};

/** What one command of a kind does, where that is not the obvious one thing. */
export const commandNotes: Partial<Record<CommandType, string>> = {
  'member.import': 'one command imports 10 members',
  'org.merge': 'one command merges one empty group (of 200 prepared) into another',
  'org.dissolve': 'one command dissolves one empty group (of 200 prepared)',
  'org.splitCourtyard': 'one command splits a courtyard branch off with one member',
  'org.setUpTransitionalGroups': 'one command sets up one transitional group with one member',
  'meeting.record': 'one command records a meeting with three attendees',
  'dues.openMonth': 'one command opens a branch month of about 40 members',
  'evaluation.open': 'one command opens a round for a branch of 40 members',
  'dues.report': 'one command reports a month of two paid lines (of 200 prepared)',
  'dues.settle': 'one command settles one reported month (of 200 prepared)',
};
