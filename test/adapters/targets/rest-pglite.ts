import { pgliteTarget } from './pglite.js';
import { restTarget } from './rest-target.js';

/** The handler in front of an in-memory PGlite store. */
export const restPgliteTarget = restTarget(pgliteTarget);
