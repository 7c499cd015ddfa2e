import { describeBackendConformance } from './conformance/backend-conformance.js';
import { restTarget } from './conformance/backend-target.js';
import { pgliteTarget } from './targets/pglite.js';

describeBackendConformance(restTarget(pgliteTarget));
