import { IdSchema, IsoDateSchema, TextSchema } from './common.js';
import { IdNumberSchema } from './id-number.js';
import { unitKinds } from './unit.js';
import { z } from './zod.js';

export * from './member-stages.js';
import {
  stages,
  memberStatuses,
  educationLevels,
  employmentStatuses,
  memberRoles,
  relocationStatuses,
  recordedCareFlags,
} from './member-stages.js';

/** 联系卡 "六个清": whereabouts, contact, housing, thinking, employment, family — and when it was last brought up to date. */
export const ContactCardSchema = z.object({
  whereabouts: TextSchema.max(200).optional(),
  contact: TextSchema.max(200).optional(),
  housing: TextSchema.max(200).optional(),
  thinking: TextSchema.max(200).optional(),
  employment: TextSchema.max(200).optional(),
  family: TextSchema.max(200).optional(),
  updatedOn: IsoDateSchema,
});
export type ContactCard = z.output<typeof ContactCardSchema>;

/** Phone: a mainland mobile (11 digits) or a landline with area code. */
export const PhoneSchema = z.string().regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/);

/**
 * A member. `relationOrgId` is where formal membership is held (组织关系所在), `managingOrgId`
 * where daily education and org life happen (日常管理): they differ under dual management
 * (双重管理). Everything past the first block is a fact the classification rules read.
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
  fullMemberOn: IsoDateSchema.optional(),
  status: z.enum(memberStatuses).optional(),
  statusSince: IsoDateSchema.optional(),

  idNumber: IdNumberSchema.optional(),
  phone: PhoneSchema.optional(),
  ethnicity: TextSchema.max(20).optional(),
  education: z.enum(educationLevels).optional(),
  residence: z
    .object({
      communityOrgId: IdSchema.optional(),
      grid: TextSchema.max(50).optional(),
      building: TextSchema.max(50).optional(),
      unitNo: TextSchema.max(20).optional(),
    })
    .optional(),
  employer: z
    .object({
      name: TextSchema.min(1).max(100),
      unitId: IdSchema.optional(),
      kind: z.enum(unitKinds).optional(),
      orgId: IdSchema.optional(),
    })
    .optional(),
  skills: z.array(TextSchema.min(1).max(30)).max(20).optional(),
  roles: z.array(z.enum(memberRoles)).max(4).optional(),
  contactCard: ContactCardSchema.optional(),

  employment: z.enum(employmentStatuses).optional(),
  outflow: z
    .object({ since: IsoDateSchema, destination: TextSchema.max(100).optional(), returnedOn: IsoDateSchema.optional() })
    .optional(),
  lastContactOn: IsoDateSchema.optional(),
  lostContactSince: IsoDateSchema.optional(),
  relocation: z.enum(relocationStatuses).optional(),
  directlyManaged: z.boolean().optional(),
  care: z.array(z.enum(recordedCareFlags)).max(5).optional(),
  /** Latest dates of the three things 党章 第九条 counts (kept up to date by org-life and dues records). */
  lastOrgLifeOn: IsoDateSchema.optional(),
  lastDuesPaidOn: IsoDateSchema.optional(),
  lastAssignedWorkOn: IsoDateSchema.optional(),
  /** A valid reason for absence (illness, work abroad …) until a date: no self-lapse warning meanwhile. */
  excusedUntil: IsoDateSchema.optional(),
  /** The latest 组织关系转接, with the introduction letter's number. */
  lastTransfer: z
    .object({
      direction: z.enum(['in', 'out', 'within']),
      letterNo: TextSchema.min(1).max(50),
      on: IsoDateSchema,
      counterpart: TextSchema.max(100).optional(),
    })
    .optional(),
});
export type Member = z.output<typeof MemberSchema>;
