import { IdSchema, IsoDateSchema, TextSchema } from './common.js';
import { z } from './zod.js';

/** 入党申请人 → 积极分子 → 发展对象 → 预备党员 → 正式党员 */
export const stages = ['applicant', 'activist', 'candidate', 'probationary', 'full'] as const;
export type Stage = (typeof stages)[number];

/**
 * The member record's core. `relationOrgId` is where formal membership is held (组织关系所在),
 * `managingOrgId` where daily education and org life happen (日常管理): they differ under
 * dual management (双重管理).
 */
export const MemberSchema = z.object({
  id: IdSchema,
  name: TextSchema.min(1).max(50),
  gender: z.enum(['male', 'female']),
  birthDate: IsoDateSchema,
  stage: z.enum(stages),
  relationOrgId: IdSchema,
  managingOrgId: IdSchema,
  joinedOn: IsoDateSchema.optional(),
});
export type Member = z.output<typeof MemberSchema>;
