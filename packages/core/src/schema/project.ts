import { IdSchema, IsoDateSchema, TextSchema } from './common.js';
import { z } from './zod.js';

/** 项目化: 以需立项、以项定责、以责评绩 — each committee secretary owns at least one project a year. */
export const ProjectSchema = z.object({
  id: IdSchema,
  name: TextSchema.min(1).max(100),
  ownerOrgId: IdSchema,
  ownerName: TextSchema.min(1).max(50).optional(),
  year: z.number().int().min(2000).max(2100),
  reviewedOn: IsoDateSchema.optional(),
  rating: z.enum(['excellent', 'good', 'fair', 'poor']).optional(),
});
export type Project = z.output<typeof ProjectSchema>;
