// Stages, statuses and the member enums as plain data, apart from the zod schemas: display code
// (counts, labels, filters) reads them without shipping a validator.

/** 入党申请人 → 积极分子 → 发展对象 → 预备党员 → 正式党员 */
export const stages = ['applicant', 'activist', 'candidate', 'probationary', 'full'] as const;
export type Stage = (typeof stages)[number];

/** Only full and probationary members are Party members (党章 第七条); the earlier stages are not. */
export const isPartyMember = (member: { readonly stage: Stage }): boolean =>
  member.stage === 'full' || member.stage === 'probationary';

/** Recorded states; a member is never deleted (停止党籍 / 出党 / 去世 / 转出 are states). */
export const memberStatuses = ['active', 'suspended', 'removed', 'deceased', 'transferredOut'] as const;

export const educationLevels = ['postgraduate', 'bachelor', 'associate', 'secondary', 'primary'] as const;
export const employmentStatuses = ['employed', 'retired', 'unemployed', 'student', 'farmer', 'selfEmployed'] as const;
export const memberRoles = ['liaison', 'householdCentre', 'partTimeMember', 'instructor'] as const;
/** 返迁过渡期 / 动迁安置 */
export const relocationStatuses = ['inTransition', 'resettled'] as const;
/** Care flags recorded by workers (高龄 is derived from age, so it is not here). */
export const recordedCareFlags = ['hardship', 'jobless', 'ill', 'disabledOrSubsistence', 'emptyNest'] as const;
