import { describeStoreConformance } from './conformance/store-conformance.js';
import { postgresTarget } from './targets/postgres.js';

describeStoreConformance(postgresTarget);
