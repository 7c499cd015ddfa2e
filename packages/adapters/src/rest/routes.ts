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
} as const;

export type RestOperation = keyof typeof restRoutes;

/** The concrete path of a tenant route, the tenant percent-encoded. */
export function tenantPath(operation: Exclude<RestOperation, 'openApi'>, tenant: string): string {
  return restRoutes[operation].path.replace('{tenant}', encodeURIComponent(tenant));
}

export interface RouteMatch {
  readonly operation: RestOperation;
  /** The decoded `{tenant}` segment, for tenant routes. */
  readonly tenant?: string;
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

function matchSegments(template: readonly string[], actual: readonly string[]): { tenant?: string } | undefined {
  if (template.length !== actual.length) return undefined;
  const params: { tenant?: string } = {};
  for (const [index, part] of template.entries()) {
    const segment = actual[index]!;
    if (part !== '{tenant}') {
      if (part !== segment) return undefined;
      continue;
    }
    const tenant = decodeSegment(segment);
    if (!tenant) return undefined;
    params.tenant = tenant;
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
