import {
  IdSchema,
  MemberQuerySchema,
  ReadView,
  memberPage,
  subtreeOf,
  validate,
  visibleMemberCounts,
} from '@dangjian/core';
import type { OperationContext } from './context.js';
import { NoQuery } from './wire-schemas.js';
import { noEntity } from './refusals.js';
import { clientClosedResponse, jsonResponse } from './responses.js';

async function viewOf(context: OperationContext): Promise<ReadView> {
  const snapshot = await context.host.snapshot(context.tenant);
  return new ReadView(context.policy, context.actor, snapshot);
}

function idParam(context: OperationContext): string {
  const id = validate(IdSchema, context.params['id'], { prefix: ['id'] });
  if (!id.ok) throw id.error;
  return id.value;
}

/**
 * `GET /tenants/{tenant}/members?org&category&stage&q&sort&order&offset&limit`: one page of the
 * roster the actor may read, filtered, sorted and cut here. Categories are computed on the
 * server's date (Asia/Shanghai).
 */
export async function readMembers(context: OperationContext): Promise<Response> {
  const query = validate(MemberQuerySchema, Object.fromEntries(context.url.searchParams));
  if (!query.ok) throw query.error;
  const view = await viewOf(context);
  if (context.request.signal.aborted) return clientClosedResponse();
  const asOf = context.host.clock.now();
  return jsonResponse(
    memberPage(view, { ...query.value, limit: Math.min(query.value.limit, context.options.maxPage) }, { asOf }),
  );
}

/** `GET /tenants/{tenant}/members/{id}`: one member, masked; 404 alike for "none" and "not yours". */
export async function readMember(context: OperationContext): Promise<Response> {
  const id = idParam(context);
  const view = await viewOf(context);
  const member = view.snapshot.members.get(id);
  const shown = member && view.show('members', member);
  if (!shown) throw noEntity('members', id);
  return jsonResponse(shown);
}

/** `GET /tenants/{tenant}/orgs/{id}/subtree`: the org and every org below it that the actor may read. */
export async function readOrgSubtree(context: OperationContext): Promise<Response> {
  const id = idParam(context);
  const view = await viewOf(context);
  const root = view.snapshot.orgs.get(id);
  if (!root || !view.canRead('orgs', root)) throw noEntity('orgs', id);
  const ids = subtreeOf(view.snapshot, id);
  const orgs = [...ids].flatMap((orgId) => {
    const org = view.snapshot.orgs.get(orgId);
    return org && view.canRead('orgs', org) ? [org] : [];
  });
  return jsonResponse({ revision: view.snapshot.revision, orgs });
}

/** `GET /tenants/{tenant}/member-counts`: each org's members, subtree included, counting only members the actor may read. */
export async function readMemberCounts(context: OperationContext): Promise<Response> {
  const query = validate(NoQuery, Object.fromEntries(context.url.searchParams));
  if (!query.ok) throw query.error;
  const view = await viewOf(context);
  return jsonResponse({ revision: view.snapshot.revision, counts: Object.fromEntries(visibleMemberCounts(view)) });
}
