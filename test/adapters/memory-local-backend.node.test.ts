import { describeBackendConformance } from './conformance/backend-conformance.js';
import { localTarget } from './conformance/backend-target.js';
import { memoryTarget } from './targets/memory.js';

describeBackendConformance(localTarget(memoryTarget));
