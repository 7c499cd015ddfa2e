import { IdSchema, IsoDateSchema, TextSchema } from './common.js';
import { z } from './zod.js';

/**
 * 志愿服务队: a team with its roster — members by id, residents who are not members by name — and
 * the member who leads it and confirms its hours. A `Post` of kind `volunteerTeam` with only a
 * `headcount` still counts as a team (a declared figure without a roster).
 */
export const VolunteerTeamSchema = z.object({
  id: IdSchema,
  name: TextSchema.trim().min(1).max(100),
  /** The org the team belongs to: a street, a community or a branch. */
  orgId: IdSchema,
  leaderMemberId: IdSchema,
  memberIds: z.array(IdSchema).max(1000).default([]),
  residentNames: z.array(TextSchema.trim().min(1).max(50)).max(1000).default([]),
  formedOn: IsoDateSchema,
});
export type VolunteerTeam = z.output<typeof VolunteerTeamSchema>;

/** Whose hours: a member, or a resident on a team's roster (by name). */
export const VolunteerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member'), memberId: IdSchema }),
  z.object({ kind: z.literal('resident'), name: TextSchema.trim().min(1).max(50) }),
]);
export type Volunteer = z.output<typeof VolunteerSchema>;

/**
 * Service time on one day, in whole minutes (like money in fen), for a team or a service project,
 * confirmed by whoever recorded it (the team's leader, or community staff).
 */
export const VolunteerHoursSchema = z.object({
  id: IdSchema,
  volunteer: VolunteerSchema,
  teamId: IdSchema.optional(),
  projectId: IdSchema.optional(),
  /** The Asia/Shanghai day the service was done. */
  on: IsoDateSchema,
  minutes: z.number().int().min(1).max(1440),
  /** The actor who confirmed the hours. */
  confirmedBy: IdSchema,
  note: TextSchema.max(200).optional(),
});
export type VolunteerHours = z.output<typeof VolunteerHoursSchema>;

/** Who a volunteer is, as one key: `member:m1` or `resident:张阿姨`. */
export const volunteerKey = (volunteer: Volunteer): string =>
  volunteer.kind === 'member' ? `member:${volunteer.memberId}` : `resident:${volunteer.name}`;
