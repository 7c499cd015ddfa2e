// This entry is the browser-side client: it must stay free of `node:` imports and of zod.
export { createRestBackend, type RestBackendOptions } from './create-rest-backend.js';
export { RestResponseError } from './wire-error.js';
export { restRoutes, type RestOperation } from './routes.js';
export type { AuditPage, CommandReply, CommandRequestBody, StateBody } from './wire.js';
