import { describeBackendConformance } from './conformance/backend-conformance.js';
import { restTarget } from './conformance/backend-target.js';
import { postgresTarget } from './targets/postgres.js';

describeBackendConformance(restTarget(postgresTarget));
