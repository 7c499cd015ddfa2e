// The server side of the REST API. No `node:` imports here either: `toNodeListener` works on
// node:http's objects structurally, so this entry also runs on Deno, Bun and workers.
export { createRestHandler, type RestHandler } from './create-rest-handler.js';
export type { Authenticate, RestHandlerOptions, RestIdentity } from './options.js';
export { openApiDocument, type OpenApiDocument, type OpenApiOperation, type OpenApiOptions } from './openapi.js';
export { toNodeListener, type NodeRequestLike, type NodeResponseLike } from './node-listener.js';
export { statusOfKind } from './responses.js';
export { maxBodyDepth } from './read-json-body.js';
export { restMessages } from './messages.js';
export { restRules } from './rules.js';
