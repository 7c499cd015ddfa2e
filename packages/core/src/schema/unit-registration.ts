import { IdSchema, IsoDateSchema } from './common.js';
import { z } from './zod.js';

/** 双报到 (unit side): a unit's org reports to the community it sits in. */
export const UnitRegistrationSchema = z.object({
  id: IdSchema,
  unitId: IdSchema,
  communityOrgId: IdSchema,
  registeredOn: IsoDateSchema,
});
export type UnitRegistration = z.output<typeof UnitRegistrationSchema>;
