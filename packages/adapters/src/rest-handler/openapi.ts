import { restRoutes, type RestOperation } from '../rest/routes.js';
import { normaliseBasePath } from './base-path.js';
import { componentSchemas, schemaRef, type JsonSchema } from './openapi-schemas.js';

export interface OpenApiOptions {
  /** The path the handler is mounted at; every path in the document starts with it. */
  readonly basePath?: string;
  readonly title?: string;
  /** The version of this API as the portal deploys it. */
  readonly version?: string;
  readonly servers?: readonly { readonly url: string; readonly description?: string }[];
}

export interface OpenApiOperation {
  readonly operationId: RestOperation;
  readonly summary: string;
  readonly description?: string;
  readonly [key: string]: unknown;
}

/** An OpenAPI 3.1 document (only the parts this module writes are typed). */
export interface OpenApiDocument {
  readonly openapi: '3.1.0';
  readonly info: { readonly title: string; readonly version: string; readonly description: string };
  readonly servers?: readonly { readonly url: string; readonly description?: string }[];
  readonly paths: Readonly<Record<string, Readonly<Partial<Record<'get' | 'post', OpenApiOperation>>>>>;
  readonly components: {
    readonly schemas: Record<string, JsonSchema>;
    readonly responses: Record<string, unknown>;
    readonly parameters: Record<string, unknown>;
    readonly securitySchemes: Record<string, unknown>;
  };
  readonly security: readonly Record<string, readonly string[]>[];
}

const json = (schema: JsonSchema) => ({ 'application/json': { schema } });
const responseRef = (name: string) => ({ $ref: `#/components/responses/${name}` });
const parameterRef = (name: string) => ({ $ref: `#/components/parameters/${name}` });

/** Error responses, each carrying the kit error (`DangjianError.toJSON()`), except the bare 500. */
const errorResponses = {
  BadRequest: 'The request is invalid: `field` names the first bad field, `details.issues` lists all (400).',
  Unauthorized: 'The authenticate hook recognised no one (401).',
  Forbidden:
    'Another tenant than the authenticated one, or the policy refused: `rule` names the deciding rule, ' +
    '`text` carries its reason (403).',
  NotFound: 'No such command type, entity or route (404).',
  Conflict:
    'Another writer changed what this command writes after `expectedRevision`: nothing was written; reload and retry (409).',
  PayloadTooLarge: 'The request body is over the configured limit (413).',
  UnsupportedMediaType: 'The request body is not `application/json` (415).',
};

function components(): OpenApiDocument['components'] {
  const responses: Record<string, unknown> = Object.fromEntries(
    Object.entries(errorResponses).map(([name, description]) => [
      name,
      { description, content: json(schemaRef('Error')) },
    ]),
  );
  responses['InternalError'] = {
    description: 'An unexpected failure; no detail is sent (500).',
    content: json(schemaRef('InternalError')),
  };
  return {
    schemas: componentSchemas(),
    responses,
    parameters: {
      tenant: {
        name: 'tenant',
        in: 'path',
        required: true,
        description: 'Region code (行政区划代码); must be the authenticated tenant.',
        schema: schemaRef('Tenant'),
      },
      id: { name: 'id', in: 'path', required: true, description: 'An entity id.', schema: schemaRef('Id') },
      offset: { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0 } },
      afterSeq: { name: 'afterSeq', in: 'query', schema: { type: 'integer', minimum: 0 } },
      limit: { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1 } },
    },
    securitySchemes: {
      portal: {
        type: 'http',
        scheme: 'bearer',
        description: "Placeholder: the portal's own authentication, recognised by the handler's `authenticate` hook.",
      },
    },
  };
}

const statusOf: Record<string, string> = {
  BadRequest: '400',
  Unauthorized: '401',
  Forbidden: '403',
  NotFound: '404',
  Conflict: '409',
  PayloadTooLarge: '413',
  UnsupportedMediaType: '415',
  InternalError: '500',
};
const failures = (...names: string[]) => Object.fromEntries(names.map((name) => [statusOf[name], responseRef(name)]));

const operations: Record<RestOperation, OpenApiOperation> = {
  openApi: {
    operationId: 'openApi',
    summary: 'This document',
    security: [],
    responses: { '200': { description: 'The OpenAPI document.', content: json({ type: 'object' }) } },
  },
  load: {
    operationId: 'load',
    summary: "Load the tenant's state as the caller may read it (读取数据)",
    description:
      'The entities the policy lets the authenticated actor read, by collection, and the revision they are at. ' +
      'ID numbers and phones arrive masked unless the actor holds `unmask`.',
    parameters: [
      parameterRef('tenant'),
      {
        name: 'members',
        in: 'query',
        description: '`omit`: leave members out (read them by pages).',
        schema: { enum: ['omit'] },
      },
    ],
    responses: {
      '200': { description: 'The state.', content: json(schemaRef('StoredState')) },
      ...failures('BadRequest', 'Unauthorized', 'Forbidden', 'InternalError'),
    },
  },
  command: {
    operationId: 'command',
    summary: 'Run a command (执行命令)',
    description:
      'The server checks the policy, runs the command on its own state and commits the changes with an audit ' +
      'record it builds: actor from authentication, time from its clock, patches from the run. Unknown keys at ' +
      'any level and bodies nested deeper than 34 levels are a 400. `expectedRevision` is the revision the ' +
      'client read when it built the input: if what the command writes changed since, nothing is written (409).',
    parameters: [parameterRef('tenant')],
    requestBody: { required: true, content: json(schemaRef('CommandRequest')) },
    responses: {
      '200': {
        description: 'Committed: what changed, as the caller may see it.',
        content: json(schemaRef('CommandReply')),
      },
      ...failures('BadRequest', 'Unauthorized', 'Forbidden', 'NotFound', 'Conflict', 'PayloadTooLarge'),
      ...failures('UnsupportedMediaType', 'InternalError'),
      '422': { description: 'A domain rule refused the command.', content: json(schemaRef('Error')) },
    },
  },
  members: {
    operationId: 'members',
    summary: 'One page of the roster (分页读取党员)',
    description:
      "Members the actor may read, filtered by an org's subtree (`org`), a category or care flag (`category`, " +
      "computed on the server's date), a `stage` and a name or id fragment (`q`); sorted by `sort` and `order`; " +
      'the window is `offset` and `limit` (at most 500). Masked like the state. Unknown parameters are a 400.',
    parameters: [
      parameterRef('tenant'),
      ...['org', 'category', 'stage', 'q', 'sort', 'order'].map((name) => ({
        name,
        in: 'query',
        schema: { type: 'string' },
      })),
      parameterRef('offset'),
      parameterRef('limit'),
    ],
    responses: {
      '200': { description: 'The page and how many match in all.', content: json(schemaRef('MemberPage')) },
      ...failures('BadRequest', 'Unauthorized', 'Forbidden', 'InternalError'),
    },
  },
  member: {
    operationId: 'member',
    summary: 'One member (读取党员)',
    description: 'The member, masked; 404 both when there is none and when the actor may not read it.',
    parameters: [parameterRef('tenant'), parameterRef('id')],
    responses: {
      '200': { description: 'The member.', content: json(schemaRef('Member')) },
      ...failures('BadRequest', 'Unauthorized', 'Forbidden', 'NotFound', 'InternalError'),
    },
  },
  orgSubtree: {
    operationId: 'orgSubtree',
    summary: "An org's subtree (读取下级组织)",
    description: 'The org and every org below it that the actor may read.',
    parameters: [parameterRef('tenant'), parameterRef('id')],
    responses: {
      '200': { description: 'The orgs.', content: json(schemaRef('OrgSubtree')) },
      ...failures('BadRequest', 'Unauthorized', 'Forbidden', 'NotFound', 'InternalError'),
    },
  },
  memberCounts: {
    operationId: 'memberCounts',
    summary: 'Members per org (党员人数)',
    description:
      "Each org's members, its subtree included, counting only members the actor may read: the org tree's " +
      'badges for a client that pages members (`state?members=omit`) instead of holding them.',
    parameters: [parameterRef('tenant')],
    responses: {
      '200': { description: 'Counts by org id.', content: json(schemaRef('MemberCounts')) },
      ...failures('BadRequest', 'Unauthorized', 'Forbidden', 'InternalError'),
    },
  },
  readAudit: {
    operationId: 'readAudit',
    summary: 'Read the audit log (读取审计记录)',
    description: 'Records after `afterSeq`, oldest first, at most `limit` and at most one page; follow `hasMore`.',
    parameters: [parameterRef('tenant'), parameterRef('afterSeq'), parameterRef('limit')],
    responses: {
      '200': { description: 'One page of the log.', content: json(schemaRef('AuditPage')) },
      ...failures('BadRequest', 'Unauthorized', 'Forbidden', 'InternalError'),
    },
  },
};

function paths(basePath: string): OpenApiDocument['paths'] {
  const byPath: Record<string, Partial<Record<'get' | 'post', OpenApiOperation>>> = {};
  for (const operation of Object.keys(restRoutes) as RestOperation[]) {
    const { method, path } = restRoutes[operation];
    byPath[basePath + path] = { ...byPath[basePath + path], [method.toLowerCase()]: operations[operation] };
  }
  return byPath;
}

/**
 * The OpenAPI 3.1 document of the REST API, generated from core's zod schemas and command
 * registry: what `createRestHandler` serves, and the contract another backend (a Java one, say)
 * implements.
 */
export function openApiDocument(options: OpenApiOptions = {}): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: options.title ?? 'Dangjian Kit REST API',
      version: options.version ?? '0.1.0',
      description:
        'Dangjian Kit (党建套件) over HTTP: commands are the protocol and the server their authority. Every ' +
        'request acts for the authenticated tenant and actor only; reads are scoped and masked by the policy; ' +
        'errors carry the kit error in zh-CN and en.',
    },
    ...(options.servers && { servers: options.servers }),
    paths: paths(normaliseBasePath(options.basePath ?? '')),
    components: components(),
    security: [{ portal: [] }],
  };
}
