import { IdSchema, IsoDateSchema, TextSchema } from './common.js';
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

export const MeetingSchema = z.object({
  id: IdSchema,
  orgId: IdSchema,
  kind: z.enum(meetingKinds),
  heldOn: IsoDateSchema,
  topic: TextSchema.min(1).max(200),
  attendance: z.array(z.object({ memberId: IdSchema, mode: z.enum(attendanceModes) })).max(5000),
  absences: z
    .array(z.object({ memberId: IdSchema, reason: TextSchema.max(200).optional() }))
    .max(5000)
    .default([]),
});
export type Meeting = z.output<typeof MeetingSchema>;
