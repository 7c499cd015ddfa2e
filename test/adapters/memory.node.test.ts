import { describeStoreConformance } from './conformance/store-conformance.js';
import { memoryTarget } from './targets/memory.js';

describeStoreConformance(memoryTarget);
