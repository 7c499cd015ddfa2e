import { describeStoreConformance } from './conformance/store-conformance.js';
import { restPgliteTarget } from './targets/rest-pglite.js';

describeStoreConformance(restPgliteTarget);
