import type { EntityRecords, Meeting, MeetingKind, Member, Org } from '@dangjian/core';
import { seededRandom, type GeneratedTenant } from '../generate.js';

/** The street with a year of organisational life: what `complianceReport` and the SQL baseline both read. */
export interface MeetingYear {
  readonly records: Required<Pick<EntityRecords, 'orgs' | 'members' | 'meetings'>>;
}

type Random = () => number;

const committeeSize = 5;
const modes = ['onSite', 'onSite', 'onSite', 'onSite', 'homeDelivery', 'online'] as const;
const twoDigits = (n: number): string => String(n).padStart(2, '0');
const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * A day in the month: mostly mid-month, one meeting in eight on the first or last day, so the
 * period edges (both inclusive) are exercised on every run.
 */
function dayIn(random: Random, year: number, month: number): string {
  const edge = random();
  const last = daysIn(year, month);
  const day = edge < 0.06 ? 1 : edge < 0.12 ? last : 2 + Math.floor(random() * (last - 2));
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

/**
 * The last month each member still comes to meetings, for the few who stop: 0 never came this
 * year (流动党员 away all year, say), 1–6 stopped after that month. Everyone else comes at the rate.
 */
type StoppedAfter = ReadonlyMap<string, number>;

/** What every org's meetings are drawn from: the seeded random numbers and who stopped coming. */
interface Year {
  readonly random: Random;
  readonly stopped: StoppedAfter;
}

function stoppedAfter(random: Random, members: readonly Member[]): StoppedAfter {
  const stopped = new Map<string, number>();
  for (const member of members) if (random() < 0.05) stopped.set(member.id, Math.floor(random() * 7));
  return stopped;
}

/** Who came and who did not: each invited member attends with `rate`, an absentee is excused one time in three. */
function roll(
  random: Random,
  invited: readonly string[],
  rate: number,
  month: number,
  stopped: StoppedAfter,
): Pick<Meeting, 'attendance' | 'absences'> {
  const attendance: Meeting['attendance'] = [];
  const absences: Meeting['absences'] = [];
  for (const memberId of invited) {
    if (random() < rate && month <= (stopped.get(memberId) ?? 12))
      attendance.push({ memberId, mode: modes[Math.floor(random() * modes.length)]! });
    else if (random() < 1 / 3) absences.push({ memberId, excused: true, reason: '外出务工' });
    else absences.push({ memberId });
  }
  return { attendance, absences };
}

const topics: Readonly<Record<MeetingKind, string>> = {
  assembly: '支部党员大会',
  committeeMeeting: '支委会',
  groupMeeting: '党小组学习',
  lecture: '党课',
  themeDay: '主题党日',
  lifeMeeting: '组织生活会',
  review: '民主评议党员',
};

/** One org's meetings of one kind: `months` lists the month of each meeting it held (a month twice: two meetings). */
function heldIn(
  { random, stopped }: Year,
  org: string,
  kind: MeetingKind,
  months: readonly number[],
  invited: readonly string[],
  rate: number,
): Meeting[] {
  return months.map((month, i) => ({
    id: `${org}-${kind}-${i}`,
    orgId: org,
    kind,
    heldOn: month === 0 ? dayIn(random, 2025, 12) : dayIn(random, 2026, month),
    topic: topics[kind],
    ...roll(random, invited, rate, month, stopped),
    votes: [],
    decisions: [],
  }));
}

/**
 * The months an org meets in when it should meet every `every` months: one per period, a period
 * missed with probability `miss`, a second meeting with probability `extra`; one in ten orgs also
 * met in December 2025 (month 0), outside the year, which must not count.
 */
function schedule(random: Random, every: number, miss: number, extra: number): number[] {
  const months: number[] = random() < 0.1 ? [0] : [];
  for (let first = 1; first <= 12; first += every) {
    if (random() < miss) continue;
    const pickMonth = (): number => first + Math.floor(random() * every);
    months.push(pickMonth());
    if (random() < extra) months.push(pickMonth());
  }
  return months;
}

const lecturers = [
  { name: '支部书记', role: 'secretary' },
  { name: '支部委员', role: 'committeeMember' },
  { name: '社区党委书记', role: 'guest' },
] as const;

function branchMeetings(year: Year, branch: string, members: readonly string[], hasCommittee: boolean): Meeting[] {
  const committee = members.slice(0, committeeSize);
  const lectures = heldIn(year, branch, 'lecture', schedule(year.random, 3, 0.1, 0.05), members, 0.85).map(
    (lecture, i) => ({
      ...lecture,
      // The first 党课 of the year is the secretary's in four branches out of five.
      lecturer: i === 0 && year.random() < 0.8 ? lecturers[0] : lecturers[1 + Math.floor(year.random() * 2)]!,
    }),
  );
  return [
    ...heldIn(year, branch, 'assembly', schedule(year.random, 3, 0.08, 0.1), members, 0.85),
    ...(hasCommittee
      ? heldIn(year, branch, 'committeeMeeting', schedule(year.random, 1, 0.1, 0.05), committee, 0.9)
      : []),
    ...lectures,
    ...heldIn(year, branch, 'themeDay', schedule(year.random, 1, 0.15, 0), members, 0.75),
    ...heldIn(year, branch, 'lifeMeeting', schedule(year.random, 12, 0.1, 0), members, 0.85),
    ...heldIn(year, branch, 'review', schedule(year.random, 12, 0.2, 0), members, 0.85),
  ];
}

/**
 * A year (2026) of 三会一课 for the generated street, deterministic for a seed: every branch holds
 * its 支部党员大会 quarterly, 支委会 monthly (nine branches in ten have a committee), 党课
 * quarterly (the first often the secretary's), 主题党日 monthly, 组织生活会 and 民主评议 once;
 * every group its 党小组会 monthly — each with some periods missed on purpose and an attendance
 * list per invited member (attended, or absent, excused or not). One member in twenty stops coming
 * (never this year, or after a month up to June); one in five has a last org-life date on record
 * from 2019–2025; one in a hundred has died this year.
 */
export function generateMeetingYear(tenant: GeneratedTenant, seed = 20260101): MeetingYear {
  const random = seededRandom(seed);
  const byBranch = new Map<string, string[]>(tenant.branchIds.map((id) => [id, []]));
  for (const member of tenant.records.members) byBranch.get(member.relationOrgId)?.push(member.id);
  const withCommittee = new Set(tenant.branchIds.filter(() => random() < 0.9));
  const orgs: Org[] = tenant.records.orgs.map((org) => (withCommittee.has(org.id) ? { ...org, committeeSize } : org));
  const year: Year = { random, stopped: stoppedAfter(random, tenant.records.members) };
  const meetings: Meeting[] = [];
  for (const [branch, members] of byBranch) {
    meetings.push(...branchMeetings(year, branch, members, withCommittee.has(branch)));
    // The branch's members split between its two groups, alternately.
    for (const g of [0, 1]) {
      const group = `${branch}g${g}`;
      const invited = members.filter((_, i) => i % 2 === g);
      meetings.push(...heldIn(year, group, 'groupMeeting', schedule(year.random, 1, 0.12, 0.03), invited, 0.8));
    }
  }
  const members: Member[] = tenant.records.members.map((member) => {
    const onRecord =
      random() < 0.2
        ? { lastOrgLifeOn: dayIn(random, 2019 + Math.floor(random() * 7), 1 + Math.floor(random() * 12)) }
        : {};
    const gone = random() < 0.01 ? { status: 'deceased' as const, statusSince: '2026-03-01' } : {};
    return { ...member, ...onRecord, ...gone };
  });
  return { records: { orgs, members, meetings } };
}
