import { describeBackendConformance } from './conformance/backend-conformance.js';
import { localTarget } from './conformance/backend-target.js';
import { postgresTarget } from './targets/postgres.js';

describeBackendConformance(localTarget(postgresTarget));
