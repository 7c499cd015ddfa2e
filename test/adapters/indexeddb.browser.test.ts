import { describeStoreConformance } from './conformance/store-conformance.js';
import { indexedDbTarget } from './targets/indexeddb.js';

describeStoreConformance(indexedDbTarget);
