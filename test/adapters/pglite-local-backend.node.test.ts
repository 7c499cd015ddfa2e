import { describeBackendConformance } from './conformance/backend-conformance.js';
import { localTarget } from './conformance/backend-target.js';
import { pgliteTarget } from './targets/pglite.js';

describeBackendConformance(localTarget(pgliteTarget));
