import { IdSchema, IsoDateSchema, TextSchema } from './common.js';
import { WishClaimantSchema } from './wish.js';
import { z } from './zod.js';

/** 服务项目 / 志愿岗位: what a community offers its registered members and unit orgs (双报到) to take on. */
export const serviceProjectKinds = ['project', 'volunteerPost'] as const;

/** One claimant's place on a project: live from the day they joined until the day they left. */
export const ServiceClaimSchema = z.object({
  id: IdSchema,
  /** A member registered in the community, or a unit org whose unit reported to it (the wishes' claimant). */
  claimant: WishClaimantSchema,
  joinedOn: IsoDateSchema,
  leftOn: IsoDateSchema.optional(),
});
export type ServiceClaim = z.output<typeof ServiceClaimSchema>;

/**
 * A service project or volunteer post with a capacity the commands enforce (Tianque records a
 * planned number of claims and never checks it). It runs from `from` to `until`, both Asia/Shanghai
 * days and both included; open-ended without `until`.
 */
export const ServiceProjectSchema = z.object({
  id: IdSchema,
  communityOrgId: IdSchema,
  name: TextSchema.trim().min(1).max(100),
  kind: z.enum(serviceProjectKinds),
  /** The most claimants at once: the portal's own figure for each project, data not code. */
  capacity: z.number().int().min(1).max(500),
  from: IsoDateSchema,
  until: IsoDateSchema.optional(),
  claims: z.array(ServiceClaimSchema).max(2000).default([]),
});
export type ServiceProject = z.output<typeof ServiceProjectSchema>;

/** The claims standing now: joined and not left. */
export const liveServiceClaims = (project: Pick<ServiceProject, 'claims'>): readonly ServiceClaim[] =>
  project.claims.filter((claim) => claim.leftOn === undefined);
