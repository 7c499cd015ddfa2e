import { IdSchema, TextSchema } from './common.js';
import { z } from './zod.js';

/** 设岗定责: 服务岗 / 先锋岗 / 责任区 / 志愿服务队. */
export const postKinds = ['service', 'pioneer', 'responsibilityArea', 'volunteerTeam'] as const;
export type PostKind = (typeof postKinds)[number];

/**
 * A post members claim (设岗定责, 依岗承诺), or a volunteer team with its headcount. Everything
 * added since the first release is optional, so posts stored before still parse.
 */
export const PostSchema = z.object({
  id: IdSchema,
  name: TextSchema.min(1).max(100),
  kind: z.enum(postKinds),
  orgId: IdSchema,
  /** The members holding the post now: appointed when it was set up, or who claimed it since. */
  holderMemberIds: z.array(IdSchema).max(500).optional(),
  /** People in a volunteer team (members and residents). */
  headcount: z.number().int().nonnegative().optional(),
  /** How many members may hold the post at once; open to any number when absent. */
  capacity: z.number().int().positive().max(500).optional(),
  /** The 责任区 in words: the streets, courtyards or duties it covers. */
  area: TextSchema.trim().min(1).max(200).optional(),
  /** The buildings a 责任区 covers (`buildings` ids). */
  buildingIds: z.array(IdSchema).max(50).optional(),
});
export type Post = z.output<typeof PostSchema>;

/** Who holds a post now (none when nobody claimed it). */
export const holdersOf = (post: Pick<Post, 'holderMemberIds'>): readonly string[] => post.holderMemberIds ?? [];
