import { IdSchema, IsoDateSchema, TextSchema } from './common.js';
import { z } from './zod.js';

/** How often a body must meet; calendar periods in Asia/Shanghai. */
export const cadences = ['monthly', 'quarterly', 'halfYearly', 'yearly'] as const;
export type Cadence = (typeof cadences)[number];

/**
 * 联席会议: the regional council of the street or community org and the unit orgs, with a
 * rotating chair (轮值会长) passing among member units in `chairRotation` order, one per period.
 */
export const JointConferenceSchema = z.object({
  id: IdSchema,
  name: TextSchema.min(1).max(100),
  hostOrgId: IdSchema,
  memberUnitIds: z.array(IdSchema).min(1).max(200),
  cadence: z.enum(cadences),
  /** The first period the conference is due in (its start date). */
  startsOn: IsoDateSchema,
  /** Units in chairing order; the first chairs the first period, and round it goes. */
  chairRotation: z.array(IdSchema).min(1).max(200),
});
export type JointConference = z.output<typeof JointConferenceSchema>;

/** One held session of a joint conference. */
export const ConferenceSessionSchema = z.object({
  id: IdSchema,
  conferenceId: IdSchema,
  heldOn: IsoDateSchema,
  chairUnitId: IdSchema,
  /** Community affairs settled at the session. */
  resolvedMatters: z.number().int().nonnegative().optional(),
});
export type ConferenceSession = z.output<typeof ConferenceSessionSchema>;
