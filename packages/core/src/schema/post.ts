import { IdSchema, TextSchema } from './common.js';
import { z } from './zod.js';

/** 设岗定责: 服务岗 / 先锋岗 / 责任区 / 志愿服务队. */
export const postKinds = ['service', 'pioneer', 'responsibilityArea', 'volunteerTeam'] as const;

/** A post members claim (设岗定责, 依岗承诺), or a volunteer team with its headcount. */
export const PostSchema = z.object({
  id: IdSchema,
  name: TextSchema.min(1).max(100),
  kind: z.enum(postKinds),
  orgId: IdSchema,
  holderMemberIds: z.array(IdSchema).max(500).optional(),
  /** People in a volunteer team (members and residents). */
  headcount: z.number().int().nonnegative().optional(),
});
export type Post = z.output<typeof PostSchema>;
