import { ConflictError } from '@dangjian/core';

/** The one conflict every adapter reports when a commit's base revision is stale. */
export function staleRevision(tenant: string, expected: number, actual: number): ConflictError {
  return new ConflictError({
    code: 'store.conflict',
    params: { expected, actual },
    subject: { collection: 'tenants', id: tenant },
    field: 'baseRevision',
    details: { tenant, expected, actual },
  });
}
