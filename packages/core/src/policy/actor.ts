import type { ActorSchema } from '../schema/common.js';
import type { z } from '../schema/zod.js';

/** An actor after parsing: roles always present. */
export type ActorOf = z.output<typeof ActorSchema>;
