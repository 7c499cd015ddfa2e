import { describeStoreConformance } from './conformance/store-conformance.js';
import { pgliteTarget } from './targets/pglite.js';

describeStoreConformance(pgliteTarget);
