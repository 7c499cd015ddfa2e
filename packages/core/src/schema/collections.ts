import { AgreementSchema } from './agreement.js';
import { BuildingSchema } from './building.js';
import { CommitteeSeatSchema } from './committee-seat.js';
import { ConferenceSessionSchema, JointConferenceSchema } from './conference.js';
import { DevelopmentProcessSchema } from './development.js';
import { DisclosureSchema } from './disclosure.js';
import { WishSchema } from './wish.js';
import { EvaluationBallotSchema, EvaluationSchema } from './evaluation.js';
import { PointAwardSchema } from './point-award.js';
import { ScoreSchemeSchema } from './score-scheme.js';
import { DuesMonthSchema, DuesPaymentSchema, DuesReliefSchema, DuesStandardSchema } from './dues.js';
import { MeetingSchema } from './meeting.js';
import { MemberSchema } from './member.js';
import { OrgSchema } from './org.js';
import { PledgeSchema } from './pledge.js';
import { PostSchema } from './post.js';
import { FeedbackReportSchema, RegistrationSchema } from './registration.js';
import { GridPlacementSchema } from './grid.js';
import { ServiceProjectSchema } from './service-project.js';
import { VolunteerHoursSchema, VolunteerTeamSchema } from './volunteer.js';
import { ProjectSchema } from './project.js';
import { UnitRegistrationSchema } from './unit-registration.js';
import { UnitSchema } from './unit.js';
import type { z } from './zod.js';

/**
 * Every entity collection of a tenant and the schema of its records. A snapshot holds one table
 * per collection; stores persist them by collection name; the REST contract is generated from here.
 */
export const collections = {
  orgs: OrgSchema,
  members: MemberSchema,
  units: UnitSchema,
  unitRegistrations: UnitRegistrationSchema,
  committeeSeats: CommitteeSeatSchema,
  conferences: JointConferenceSchema,
  conferenceSessions: ConferenceSessionSchema,
  agreements: AgreementSchema,
  projects: ProjectSchema,
  buildings: BuildingSchema,
  posts: PostSchema,
  registrations: RegistrationSchema,
  feedbackReports: FeedbackReportSchema,
  meetings: MeetingSchema,
  disclosures: DisclosureSchema,
  developmentProcesses: DevelopmentProcessSchema,
  duesStandards: DuesStandardSchema,
  duesReliefs: DuesReliefSchema,
  duesMonths: DuesMonthSchema,
  duesPayments: DuesPaymentSchema,
  wishes: WishSchema,
  pledges: PledgeSchema,
  serviceProjects: ServiceProjectSchema,
  volunteerTeams: VolunteerTeamSchema,
  volunteerHours: VolunteerHoursSchema,
  gridPlacements: GridPlacementSchema,
  evaluations: EvaluationSchema,
  evaluationBallots: EvaluationBallotSchema,
  scoreSchemes: ScoreSchemeSchema,
  pointAwards: PointAwardSchema,
} as const;

export type Collections = typeof collections;
export type CollectionName = keyof Collections;
export type EntityOf<C extends CollectionName> = z.output<Collections[C]>;
export type AnyEntity = EntityOf<CollectionName>;

export const collectionNames = Object.keys(collections) as CollectionName[];

export function isCollectionName(value: unknown): value is CollectionName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(collections, value);
}
