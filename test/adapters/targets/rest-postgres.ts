import { postgresTarget } from './postgres.js';
import { restTarget } from './rest-target.js';

/** The handler in front of a PostgreSQL store on a fresh database of the real server. */
export const restPostgresTarget = restTarget(postgresTarget);
