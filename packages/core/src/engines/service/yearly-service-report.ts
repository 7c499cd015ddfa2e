import { civilDate } from '../../calendar/civil-date.js';
import { shanghaiDate } from '../../calendar/instant.js';
import type { Finding } from '../../kernel/finding.js';
import { finding } from '../../kernel/rule.js';
import type { Snapshot } from '../../kernel/snapshot.js';
import type { Registration } from '../../schema/registration.js';
import { liveClaimOf, type Wish } from '../../schema/wish.js';
import type { EngineReport } from '../engine-report.js';
import { subtreeOf } from '../org-tree.js';
import { defaultYearlyReportDeadline, dualReportRules } from './rules.js';
import { servedFor } from './served-in.js';

export interface YearlyServiceQuery {
  /** Whose registrations: a community, or an org above communities. */
  readonly orgId: string;
  readonly year: number;
  readonly asOf: string;
  /** The day in the next year by which the report is due (a local custom; 31 January unless set). */
  readonly deadline?: { readonly month: number; readonly day: number };
}

/** One line of a member's year: what was counted and the records it was counted from. */
export interface ServiceLine {
  readonly item: 'minutes' | 'wishesClaimed' | 'wishesFulfilled' | 'projectsJoined' | 'postsHeld';
  readonly value: number;
  readonly ids: readonly string[];
}

/** 双报告: one registered member's year, line by line, and whether it was reported back in time. */
export interface MemberServiceYear {
  readonly registrationId: string;
  readonly memberId: string;
  readonly communityOrgId: string;
  readonly employerOrgName?: string;
  readonly lines: readonly ServiceLine[];
  readonly minutes: number;
  /** Days of service recorded plus wishes fulfilled: what the feedback report calls activities. */
  readonly activities: number;
  /** The yearly feedback reports sent on or before the deadline. */
  readonly reportIds: readonly string[];
}

export type YearlyServiceReport = EngineReport<{
  readonly year: number;
  readonly deadline: string;
  readonly members: readonly MemberServiceYear[];
}>;

type Sources = Pick<
  Snapshot,
  | 'orgs'
  | 'members'
  | 'registrations'
  | 'feedbackReports'
  | 'volunteerHours'
  | 'volunteerTeams'
  | 'serviceProjects'
  | 'wishes'
  | 'posts'
>;

const inYear = (day: string | undefined, year: number): boolean => day !== undefined && day.startsWith(`${year}-`);
const dayOf = (instant: string | undefined) => (instant === undefined ? undefined : shanghaiDate(instant, 'instant'));

/** Wishes in the community whose standing claim is the member's (a claim given up does not count). */
function membersWishes(snapshot: Sources, registration: Registration): Wish[] {
  const community = subtreeOf(snapshot, registration.communityOrgId);
  return snapshot.wishes.toArray().filter((wish) => {
    if (!community.has(wish.communityOrgId) || (wish.state !== 'claimed' && wish.state !== 'fulfilled')) return false;
    const claim = liveClaimOf(wish)?.claimant;
    return claim?.kind === 'member' && claim.memberId === registration.memberId;
  });
}

/** A member's year, each figure with the records behind it. */
export function memberServiceYear(
  snapshot: Sources,
  registration: Registration,
  year: number,
  deadline: string,
): MemberServiceYear {
  const { memberId } = registration;
  const hours = snapshot.volunteerHours
    .toArray()
    .filter(
      (entry) =>
        entry.volunteer.kind === 'member' &&
        entry.volunteer.memberId === memberId &&
        inYear(entry.on, year) &&
        servedFor(snapshot, registration, entry),
    );
  const wishes = membersWishes(snapshot, registration);
  const claimed = wishes.filter((wish) => inYear(dayOf(liveClaimOf(wish)?.claimedAt), year));
  const fulfilled = wishes.filter((wish) => inYear(dayOf(wish.fulfilledAt), year));
  const projects = snapshot.serviceProjects
    .toArray()
    .filter(
      (project) =>
        project.communityOrgId === registration.communityOrgId &&
        project.claims.some(
          (claim) =>
            claim.claimant.kind === 'member' && claim.claimant.memberId === memberId && inYear(claim.joinedOn, year),
        ),
    );
  // Posts keep no claim date (who claimed and released when lives in the post.* events): a post
  // counts if the member holds it now in this community, whatever year it was claimed.
  const community = subtreeOf(snapshot, registration.communityOrgId);
  const posts = new Set([
    ...registration.postIds,
    ...snapshot.posts
      .toArray()
      .filter((post) => community.has(post.orgId) && post.holderMemberIds?.includes(memberId))
      .map((post) => post.id),
  ]);
  const minutes = hours.reduce((sum, entry) => sum + entry.minutes, 0);
  const ids = <T extends { id: string }>(list: readonly T[]) => list.map((entry) => entry.id).sort();
  const lines: ServiceLine[] = [
    { item: 'minutes', value: minutes, ids: ids(hours) },
    { item: 'wishesClaimed', value: claimed.length, ids: ids(claimed) },
    { item: 'wishesFulfilled', value: fulfilled.length, ids: ids(fulfilled) },
    { item: 'projectsJoined', value: projects.length, ids: ids(projects) },
    { item: 'postsHeld', value: posts.size, ids: [...posts].sort() },
  ];
  const serviceDays = new Set(hours.map((entry) => entry.on)).size;
  const reportIds = snapshot.feedbackReports
    .toArray()
    .filter(
      (report) => report.registrationId === registration.id && report.period === `${year}` && report.sentOn <= deadline,
    )
    .map((report) => report.id)
    .sort();
  return {
    registrationId: registration.id,
    memberId,
    communityOrgId: registration.communityOrgId,
    ...(registration.employerOrgName !== undefined && { employerOrgName: registration.employerOrgName }),
    lines,
    minutes,
    activities: serviceDays + fulfilled.length,
    reportIds,
  };
}

/** The day the year's report is due: in the next year, on the portal's day or 31 January. */
export function yearlyReportDeadline(
  year: number,
  deadline: { readonly month: number; readonly day: number } = defaultYearlyReportDeadline,
): string {
  return civilDate(year + 1, deadline.month, deadline.day);
}

/**
 * 双报告: for each member registered (双报到) in the org's communities by the year's end, the year's
 * confirmed service minutes, wishes claimed and fulfilled, projects joined and posts held, each with
 * the records it counts; and, once the deadline has passed, a finding for each member whose year
 * was not reported back to the employer org by then. Registrations come in id order.
 */
export function yearlyServiceReport(snapshot: Sources, query: YearlyServiceQuery): YearlyServiceReport {
  const today = shanghaiDate(query.asOf);
  const deadline = yearlyReportDeadline(query.year, query.deadline);
  const orgIds = subtreeOf(snapshot, query.orgId);
  const registrations = snapshot.registrations
    .toArray()
    .filter(
      (registration) => orgIds.has(registration.communityOrgId) && registration.registeredOn <= `${query.year}-12-31`,
    )
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const members = registrations.map((registration) => memberServiceYear(snapshot, registration, query.year, deadline));
  const findings: Finding[] =
    today <= deadline
      ? []
      : members
          .filter((entry) => entry.reportIds.length === 0)
          .map((entry) => {
            const name = snapshot.members.get(entry.memberId)?.name ?? entry.memberId;
            const place = {
              subject: { collection: 'registrations', id: entry.registrationId },
              severity: 'warning' as const,
              facts: { memberId: entry.memberId, year: query.year, deadline, minutes: entry.minutes },
            };
            return finding(dualReportRules.sentByDeadline, place, { name, year: String(query.year), deadline });
          });
  return { findings, data: { year: query.year, deadline, members } };
}
