import { describeBackendConformance } from './conformance/backend-conformance.js';
import { restTarget } from './conformance/backend-target.js';
import { memoryTarget } from './targets/memory.js';

describeBackendConformance(restTarget(memoryTarget));
