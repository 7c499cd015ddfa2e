/**
 * The REST contract's routes, written once: the client fills these paths, the handler matches
 * them and the OpenAPI document lists them, so the three cannot drift apart. Paths are relative
 * to the base path the handler is mounted at; `{tenant}` is the region code (行政区划代码).
 */
export const restRoutes = {
  openApi: { method: 'GET', path: '/openapi.json' },
  load: { method: 'GET', path: '/tenants/{tenant}/state' },
  command: { method: 'POST', path: '/tenants/{tenant}/commands' },
  readAudit: { method: 'GET', path: '/tenants/{tenant}/audit' },
  members: { method: 'GET', path: '/tenants/{tenant}/members' },
  member: { method: 'GET', path: '/tenants/{tenant}/members/{id}' },
  orgSubtree: { method: 'GET', path: '/tenants/{tenant}/orgs/{id}/subtree' },
  memberCounts: { method: 'GET', path: '/tenants/{tenant}/member-counts' },
} as const;

export type RestOperation = keyof typeof restRoutes;

/** The concrete path of a tenant route, the tenant (and an entity id) percent-encoded. */
export function tenantPath(operation: Exclude<RestOperation, 'openApi'>, tenant: string, id = ''): string {
  return restRoutes[operation].path
    .replace('{tenant}', encodeURIComponent(tenant))
    .replace('{id}', encodeURIComponent(id));
}

export interface RouteMatch {
  readonly operation: RestOperation;
  /** The decoded `{tenant}` segment, for tenant routes. */
  readonly tenant?: string;
  /** The decoded `{id}` segment, for entity routes. */
  readonly id?: string;
}

/** Which route a method and a path (below the base path) address, if any. */
export function matchRoute(method: string, path: string): RouteMatch | undefined {
  const segments = path.split('/');
  for (const operation of Object.keys(restRoutes) as RestOperation[]) {
    const route = restRoutes[operation];
    const params = route.method === method ? matchSegments(route.path.split('/'), segments) : undefined;
    if (params) return { operation, ...params };
  }
  return undefined;
}

function matchSegments(
  template: readonly string[],
  actual: readonly string[],
): { tenant?: string; id?: string } | undefined {
  if (template.length !== actual.length) return undefined;
  const params: { tenant?: string; id?: string } = {};
  for (const [index, part] of template.entries()) {
    const segment = actual[index]!;
    if (part !== '{tenant}' && part !== '{id}') {
      if (part !== segment) return undefined;
      continue;
    }
    const value = decodeSegment(segment);
    if (!value) return undefined;
    params[part === '{tenant}' ? 'tenant' : 'id'] = value;
  }
  return params;
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
