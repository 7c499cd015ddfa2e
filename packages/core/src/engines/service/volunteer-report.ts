import { shanghaiDate } from '../../calendar/instant.js';
import type { Snapshot } from '../../kernel/snapshot.js';
import { volunteerKey, type Volunteer, type VolunteerHours } from '../../schema/volunteer.js';
import type { EngineReport } from '../engine-report.js';
import { subtreeOf } from '../org-tree.js';
import { hoursOrgId } from './served-in.js';

export interface VolunteerQuery {
  /** Whose teams and hours: an org and everything under it. */
  readonly orgId: string;
  /** Half-open: from the first day, up to but not including `to` (Asia/Shanghai dates or instants). */
  readonly from: string;
  readonly to: string;
}

/**
 * One team: counted from its roster (`roster`), or a `Post` of kind `volunteerTeam` that declares a
 * headcount without a roster (`declared`, what the regional street's year report gives).
 */
export interface VolunteerTeamLine {
  readonly teamId: string;
  readonly name: string;
  readonly orgId: string;
  readonly source: 'roster' | 'declared';
  readonly members: number;
  readonly residents: number;
  /** members + residents, or the declared headcount. */
  readonly people: number;
  /** Confirmed minutes done for the team in the period. */
  readonly minutes: number;
  readonly entries: number;
}

/** One person's confirmed minutes in the period, with the records they add up from. */
export interface VolunteerLine {
  readonly volunteer: Volunteer;
  readonly minutes: number;
  readonly hoursIds: readonly string[];
}

export interface VolunteerTotals {
  readonly teams: number;
  /** Sum of the teams' people: how a year report counts "8 teams of 268 people". */
  readonly people: number;
  /** Distinct people on the rosters (someone on two teams counts once). */
  readonly distinctVolunteers: number;
  readonly minutes: number;
}

export type VolunteerReport = EngineReport<{
  readonly teams: readonly VolunteerTeamLine[];
  readonly volunteers: readonly VolunteerLine[];
  readonly totals: VolunteerTotals;
}>;

const byId = <T extends { readonly id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Sums minutes per key, keeping the ids each sum comes from. */
function tally(hours: readonly VolunteerHours[], keyOf: (entry: VolunteerHours) => string | undefined) {
  const sums = new Map<string, { first: VolunteerHours; minutes: number; ids: string[] }>();
  for (const entry of hours) {
    const key = keyOf(entry);
    if (key === undefined) continue;
    const sum = sums.get(key) ?? { first: entry, minutes: 0, ids: [] };
    sum.minutes += entry.minutes;
    sum.ids.push(entry.id);
    sums.set(key, sum);
  }
  return sums;
}

/**
 * 志愿服务: the teams under an org with their people, and the confirmed minutes per team and per
 * person in a half-open Asia/Shanghai period. Every total is the sum of the lines above it: teams
 * by id, people by minutes (most first) and then by who they are, so equal totals list stably.
 */
export function volunteerReport(
  snapshot: Pick<Snapshot, 'orgs' | 'posts' | 'volunteerTeams' | 'volunteerHours' | 'serviceProjects'>,
  query: VolunteerQuery,
): VolunteerReport {
  const [from, to] = [shanghaiDate(query.from, 'from'), shanghaiDate(query.to, 'to')];
  const orgIds = subtreeOf(snapshot, query.orgId);
  const hours = snapshot.volunteerHours
    .toArray()
    .filter((entry) => entry.on >= from && entry.on < to && orgIds.has(hoursOrgId(snapshot, entry) ?? ''))
    .sort(byId);
  const perTeam = tally(hours, (entry) => entry.teamId);
  const rosters = snapshot.volunteerTeams
    .toArray()
    // A team formed on or after the period's end did not exist in it.
    .filter((team) => orgIds.has(team.orgId) && team.formedOn < to)
    .sort(byId);
  const rosterLines: VolunteerTeamLine[] = rosters.map((team) => {
    const [members, residents] = [new Set(team.memberIds).size, new Set(team.residentNames).size];
    const done = perTeam.get(team.id);
    const line = { teamId: team.id, name: team.name, orgId: team.orgId, source: 'roster' as const };
    return {
      ...line,
      members,
      residents,
      people: members + residents,
      minutes: done?.minutes ?? 0,
      entries: done?.ids.length ?? 0,
    };
  });
  const declaredLines: VolunteerTeamLine[] = snapshot.posts
    .toArray()
    .filter((post) => post.kind === 'volunteerTeam' && orgIds.has(post.orgId))
    .sort(byId)
    .map((post) => {
      const members = new Set(post.holderMemberIds ?? []).size;
      const people = post.headcount ?? members;
      const line = { teamId: post.id, name: post.name, orgId: post.orgId, source: 'declared' as const };
      return { ...line, members, residents: Math.max(people - members, 0), people, minutes: 0, entries: 0 };
    });
  const teams = [...rosterLines, ...declaredLines];
  const people = tally(hours, (entry) => volunteerKey(entry.volunteer));
  const volunteers = [...people.entries()]
    .map(([key, sum]) => ({ key, volunteer: sum.first.volunteer, minutes: sum.minutes, ids: sum.ids }))
    .sort((a, b) => b.minutes - a.minutes || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ volunteer, minutes, ids }) => ({ volunteer, minutes, hoursIds: ids }));
  const distinct = new Set(
    rosters.flatMap((team) => [
      ...team.memberIds.map((memberId) => volunteerKey({ kind: 'member', memberId })),
      ...team.residentNames.map((name) => volunteerKey({ kind: 'resident', name })),
    ]),
  );
  const totals = {
    teams: teams.length,
    people: teams.reduce((sum, team) => sum + team.people, 0),
    distinctVolunteers: distinct.size,
    minutes: hours.reduce((sum, entry) => sum + entry.minutes, 0),
  };
  return { findings: [], data: { teams, volunteers, totals } };
}
