import { describeStoreConformance } from './conformance/store-conformance.js';
import { restPostgresTarget } from './targets/rest-postgres.js';

describeStoreConformance(restPostgresTarget);
