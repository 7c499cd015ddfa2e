// This entry is the browser-side client: it must stay free of `node:` imports and of zod.
export { createRestStore, type RestStoreOptions } from './create-rest-store.js';
export { RestResponseError } from './wire-error.js';
export { restRoutes, type RestOperation } from './routes.js';
export type { AuditPage, CommitRequestBody } from './wire.js';
