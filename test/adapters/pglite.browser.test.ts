import { describeStoreConformance } from './conformance/store-conformance.js';
import { pgliteBrowserTarget } from './targets/pglite-browser.js';

describeStoreConformance(pgliteBrowserTarget);
