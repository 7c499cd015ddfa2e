import { IdSchema, IsoDateSchema, IsoInstantSchema, TextSchema } from './common.js';
import { schemaMessages } from './messages.js';
import { schemaIssue } from './schema-issue.js';
import { z } from './zod.js';

/** 三会一课 and the rest of organisational life (meetings.json names their cadences). */
export const meetingKinds = [
  'assembly',
  'committeeMeeting',
  'groupMeeting',
  'lecture',
  'themeDay',
  'lifeMeeting',
  'review',
] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/** 就近参学 / 上门送学 / 网络共学: every mode counts as attending. */
export const attendanceModes = ['onSite', 'homeDelivery', 'online'] as const;

/** Who gave a 党课: the secretary's own yearly lecture is told apart from the rest. */
export const lecturerRoles = ['secretary', 'committeeMember', 'member', 'guest'] as const;

/** Votes the rules treat apart: admitting a probationary member and converting one to full. */
export const voteKinds = ['general', 'admitProbationary', 'conversionToFull'] as const;

/** Where a record stands in the optional review chain: the branch submits, the higher org decides. */
export const reviewStates = ['submitted', 'approved', 'returned'] as const;
export type ReviewState = (typeof reviewStates)[number];

const AttendeeSchema = z.object({
  memberId: IdSchema,
  mode: z.enum(attendanceModes),
  /** Came late: still took part, so it counts as attending and toward the quorum. */
  late: z.boolean().optional(),
});

const AbsenteeSchema = z
  .object({
    memberId: IdSchema,
    /** 请假: excused, with the reason the branch accepted. */
    excused: z.boolean().optional(),
    reason: TextSchema.max(200).optional(),
  })
  .refine((absence) => !absence.excused || (absence.reason ?? '').trim() !== '', {
    path: ['reason'],
    ...schemaIssue(schemaMessages.excusedNeedsReason),
  });

const LecturerSchema = z.object({
  /** The lecturer's member record, when they are on the roster. */
  memberId: IdSchema.optional(),
  name: TextSchema.min(1).max(50),
  role: z.enum(lecturerRoles),
});

const VoteSchema = z.object({
  id: IdSchema,
  kind: z.enum(voteKinds).default('general'),
  motion: TextSchema.min(1).max(200),
  /** The member the vote is about (admission, conversion). */
  memberId: IdSchema.optional(),
  yes: z.number().int().nonnegative(),
  no: z.number().int().nonnegative(),
  abstain: z.number().int().nonnegative().default(0),
});

const ReviewSchema = z.object({
  state: z.enum(reviewStates),
  /** The instant of the last step and who took it. */
  at: IsoInstantSchema,
  by: IdSchema,
  /** Why a record was returned. */
  reason: TextSchema.max(200).optional(),
});

const MeetingShape = z.object({
  id: IdSchema,
  orgId: IdSchema,
  kind: z.enum(meetingKinds),
  heldOn: IsoDateSchema,
  topic: TextSchema.min(1).max(200),
  attendance: z.array(AttendeeSchema).max(5000),
  absences: z.array(AbsenteeSchema).max(5000).default([]),
  lecturer: LecturerSchema.optional(),
  votes: z.array(VoteSchema).max(50).default([]),
  /** What the meeting decided, in the minutes' words. */
  decisions: z.array(TextSchema.min(1).max(500)).max(50).default([]),
});

const isLectureOrUnlectured = (meeting: { kind: MeetingKind; lecturer?: unknown }): boolean =>
  meeting.lecturer === undefined || meeting.kind === 'lecture';
const lecturerOnlyForLecture = { path: ['lecturer'], ...schemaIssue(schemaMessages.lecturerOnlyForLecture) };

/** What a branch records: the meeting itself. Where it stands in review is the review commands' business. */
export const MeetingRecordSchema = MeetingShape.refine(isLectureOrUnlectured, lecturerOnlyForLecture);

/** A stored meeting: the record and, once submitted, its review step. */
export const MeetingSchema = MeetingShape.extend({ review: ReviewSchema.optional() }).refine(
  isLectureOrUnlectured,
  lecturerOnlyForLecture,
);
export type Meeting = z.output<typeof MeetingSchema>;
export type MeetingVote = Meeting['votes'][number];
