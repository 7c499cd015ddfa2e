import { ForbiddenError, NotFoundError, ValidationError, type DangjianError, type LocalizedText } from '@dangjian/core';
import type { RestOperation } from '../rest/routes.js';

/**
 * A request the handler turns away before it reaches the store, with the status to send. The
 * body is still a kit error, so a client rebuilds it like any other.
 */
export class HttpRefusal extends Error {
  override readonly name = 'HttpRefusal';

  constructor(
    readonly status: number,
    readonly error: DangjianError,
    readonly headers: Record<string, string> = {},
  ) {
    super(error.message);
  }
}

const actions: Readonly<Record<RestOperation, LocalizedText>> = {
  openApi: { 'zh-CN': '读取接口说明', en: 'read the API description' },
  load: { 'zh-CN': '读取数据', en: 'load data' },
  command: { 'zh-CN': '执行命令', en: 'run a command' },
  readAudit: { 'zh-CN': '读取审计记录', en: 'read the audit log' },
  members: { 'zh-CN': '分页读取党员', en: 'read a page of members' },
  member: { 'zh-CN': '读取党员', en: 'read a member' },
  orgSubtree: { 'zh-CN': '读取下级组织', en: 'read an org subtree' },
  memberCounts: { 'zh-CN': '读取党员人数', en: 'read member counts' },
};

/** 401: the authenticate hook recognised no one. */
export function unauthenticated(operation: RestOperation, challenge: string): HttpRefusal {
  const error = new ForbiddenError({
    code: 'policy.forbidden',
    params: {
      action: actions[operation],
      subject: { 'zh-CN': '党建数据', en: 'Dangjian data' },
      reason: { 'zh-CN': '请求未通过身份认证', en: 'the request is not authenticated' },
    },
    rule: { id: 'rest.authenticate' },
  });
  return new HttpRefusal(401, error, { 'www-authenticate': challenge });
}

/** 403: the path names a tenant other than the authenticated one. Nothing about it is revealed. */
export function otherTenant(operation: RestOperation, tenant: string): HttpRefusal {
  const error = new ForbiddenError({
    code: 'policy.forbidden',
    params: {
      action: actions[operation],
      subject: { 'zh-CN': `租户 ${tenant}`, en: `tenant ${tenant}` },
      reason: { 'zh-CN': '只能访问本人所属租户的数据', en: 'only the authenticated tenant can be accessed' },
    },
    rule: { id: 'rest.tenantScope' },
    subject: { collection: 'tenants', id: tenant },
  });
  return new HttpRefusal(403, error);
}

/** 404: no route for this method and path. */
export function noRoute(method: string, path: string): HttpRefusal {
  const id = `${method} ${path}`.slice(0, 200);
  const error = new NotFoundError({
    code: 'entity.notFound',
    params: { collection: 'route', id, field: 'url' },
    field: 'url',
    subject: { collection: 'route', id },
  });
  return new HttpRefusal(404, error);
}

function badBody(detail: LocalizedText): ValidationError {
  return new ValidationError({ code: 'input.invalid', params: { field: '(body)', detail }, field: '' });
}

/** 413: the body is larger than the handler accepts. */
export function bodyTooLarge(limit: number): HttpRefusal {
  const detail = {
    'zh-CN': `请求体超过 ${limit} 字节的上限`,
    en: `the request body exceeds the limit of ${limit} bytes`,
  };
  return new HttpRefusal(413, badBody(detail));
}

/** 415: only JSON bodies; also keeps cross-site HTML forms (which cannot send JSON) out. */
export function notJson(): HttpRefusal {
  const detail = { 'zh-CN': '请求体必须是 application/json', en: 'the request body must be application/json' };
  return new HttpRefusal(415, badBody(detail));
}

/** 400: the body broke off (the client went away or the connection dropped): a client's failure, not the server's. */
export function unreadableBody(): HttpRefusal {
  const detail = {
    'zh-CN': '请求体未能完整接收（连接中断）',
    en: 'the request body could not be read in full (the connection broke)',
  };
  return new HttpRefusal(400, badBody(detail));
}

/** 400: the body is not UTF-8 JSON. */
export function malformedJson(): HttpRefusal {
  const detail = { 'zh-CN': '请求体不是有效的 UTF-8 JSON', en: 'the request body is not valid UTF-8 JSON' };
  return new HttpRefusal(400, badBody(detail));
}

/** 403: the policy grants the actor no `read` of this (the audit log, say). */
export function cannotRead(operation: RestOperation, subject: string): HttpRefusal {
  const error = new ForbiddenError({
    code: 'policy.forbidden',
    params: {
      action: actions[operation],
      subject,
      reason: { 'zh-CN': '当前角色没有查看权限', en: "none of the actor's roles may read it" },
    },
    rule: { id: 'policy.noGrant' },
    subject: { collection: subject, id: '*' },
  });
  return new HttpRefusal(403, error);
}

/** 404 for an entity that does not exist or that the actor may not read: the two look the same. */
export function noEntity(collection: string, id: string): HttpRefusal {
  const error = new NotFoundError({
    code: 'entity.notFound',
    params: { collection, id, field: 'id' },
    field: 'id',
    subject: { collection, id },
  });
  return new HttpRefusal(404, error);
}
