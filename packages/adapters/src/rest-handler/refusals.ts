import {
  entityMessages,
  ForbiddenError,
  inputMessages,
  NotFoundError,
  phrase,
  policyRules,
  refusal,
  ValidationError,
  type DangjianError,
  type LocalizedText,
  type Message,
  type Phrase,
} from '@dangjian/core';
import type { RestOperation } from '../rest/routes.js';
import { restMessages } from './messages.js';
import { restRules } from './rules.js';

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

const actions: Readonly<Record<RestOperation, Message<string, never>>> = {
  openApi: restMessages.actionOpenApi,
  load: restMessages.actionLoad,
  command: restMessages.actionCommand,
  readAudit: restMessages.actionReadAudit,
  members: restMessages.actionMembers,
  member: restMessages.actionMember,
  orgSubtree: restMessages.actionOrgSubtree,
  memberCounts: restMessages.actionMemberCounts,
};

/** A fixed phrase as a placeholder value, in both languages. */
const words = (message: Message<string, never>): LocalizedText => phrase(message).text;

/** 401: the authenticate hook recognised no one. */
export function unauthenticated(operation: RestOperation, challenge: string): HttpRefusal {
  const error = new ForbiddenError({
    ...refusal(restRules.authenticate, { collection: 'tenants', id: '*' }, undefined, {
      action: words(actions[operation]),
      subject: words(restMessages.anyData),
      reason: words(restMessages.notAuthenticated),
    }),
  });
  return new HttpRefusal(401, error, { 'www-authenticate': challenge });
}

/** 403: the path names a tenant other than the authenticated one. Nothing about it is revealed. */
export function otherTenant(operation: RestOperation, tenant: string): HttpRefusal {
  const error = new ForbiddenError({
    ...refusal(restRules.tenantScope, { collection: 'tenants', id: tenant }, undefined, {
      action: words(actions[operation]),
      subject: phrase(restMessages.tenant, { tenant }).text,
      reason: words(restMessages.ownTenantOnly),
    }),
  });
  return new HttpRefusal(403, error);
}

/** 404: no route for this method and path. */
export function noRoute(method: string, path: string): HttpRefusal {
  const id = `${method} ${path}`.slice(0, 200);
  const error = new NotFoundError({
    ...phrase(entityMessages.notFound, { collection: 'route', id, field: 'url' }),
    field: 'url',
    subject: { collection: 'route', id },
  });
  return new HttpRefusal(404, error);
}

function badBody(detail: Phrase): ValidationError {
  return new ValidationError({ ...phrase(inputMessages.invalid, { field: '(body)', detail: detail.text }), field: '' });
}

/** 413: the body is larger than the handler accepts. */
export function bodyTooLarge(limit: number): HttpRefusal {
  return new HttpRefusal(413, badBody(phrase(restMessages.bodyTooLarge, { limit })));
}

/** 415: only JSON bodies; also keeps cross-site HTML forms (which cannot send JSON) out. */
export function notJson(): HttpRefusal {
  return new HttpRefusal(415, badBody(phrase(restMessages.notJson)));
}

/** 400: the body broke off (the client went away or the connection dropped): a client's failure, not the server's. */
export function unreadableBody(): HttpRefusal {
  return new HttpRefusal(400, badBody(phrase(restMessages.bodyBroken)));
}

/** 400: the body is not UTF-8 JSON. */
export function malformedJson(): HttpRefusal {
  return new HttpRefusal(400, badBody(phrase(restMessages.malformedJson)));
}

/** 403: the policy grants the actor no `read` of this (the audit log, say). */
export function cannotRead(operation: RestOperation, subject: string): HttpRefusal {
  const error = new ForbiddenError({
    ...refusal(policyRules.noGrant, { collection: subject, id: '*' }, undefined, {
      action: words(actions[operation]),
      subject,
      reason: words(restMessages.noReadGrant),
    }),
  });
  return new HttpRefusal(403, error);
}

/** 404 for an entity that does not exist or that the actor may not read: the two look the same. */
export function noEntity(collection: string, id: string): HttpRefusal {
  const error = new NotFoundError({
    ...phrase(entityMessages.notFound, { collection, id, field: 'id' }),
    field: 'id',
    subject: { collection, id },
  });
  return new HttpRefusal(404, error);
}
