import type { Snapshot } from '../../kernel/snapshot.js';
import type { Registration } from '../../schema/registration.js';
import type { VolunteerHours } from '../../schema/volunteer.js';
import { ancestorsOf, isWithin } from '../org-tree.js';

type Orgs = Pick<Snapshot, 'orgs' | 'volunteerTeams' | 'serviceProjects'>;

/**
 * Whether hours done for a team or project count towards a 双报到 registration: a project in the
 * registration's community, or a team of that community — or of the street above it, or of a branch
 * below it (a street's team serves every community under it).
 */
export function servedFor(snapshot: Orgs, registration: Registration, hours: VolunteerHours): boolean {
  if (hours.projectId !== undefined) {
    return snapshot.serviceProjects.get(hours.projectId)?.communityOrgId === registration.communityOrgId;
  }
  const team = hours.teamId === undefined ? undefined : snapshot.volunteerTeams.get(hours.teamId);
  if (team === undefined) return false;
  return (
    ancestorsOf(snapshot, team.orgId).some((org) => org.id === registration.communityOrgId) ||
    isWithin(snapshot, registration.communityOrgId, team.orgId)
  );
}

/** The org a record of hours belongs to: its team's org or its project's community. */
export function hoursOrgId(snapshot: Orgs, hours: VolunteerHours): string | undefined {
  if (hours.teamId !== undefined) return snapshot.volunteerTeams.get(hours.teamId)?.orgId;
  return hours.projectId === undefined ? undefined : snapshot.serviceProjects.get(hours.projectId)?.communityOrgId;
}
