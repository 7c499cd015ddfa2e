import { IdSchema, IsoDateSchema, TextSchema } from './common.js';
import { z } from './zod.js';

/** 共驻共建协议 (co-building agreement) or 目标责任书 (responsibility pledge). */
export const agreementKinds = ['coBuilding', 'responsibility'] as const;

/** A yearly target, measured as a number (hours, events, yuan in fen, households …). */
export const TargetSchema = z.object({
  id: IdSchema,
  description: TextSchema.min(1).max(200),
  unit: TextSchema.min(1).max(20),
  target: z.number().int().nonnegative(),
  achieved: z.number().int().nonnegative().optional(),
});

export const AgreementSchema = z.object({
  id: IdSchema,
  kind: z.enum(agreementKinds),
  orgId: IdSchema,
  unitId: IdSchema,
  signedOn: IsoDateSchema,
  year: z.number().int().min(2000).max(2100),
  targets: z.array(TargetSchema).max(50),
  assessedOn: IsoDateSchema.optional(),
});
export type Agreement = z.output<typeof AgreementSchema>;
