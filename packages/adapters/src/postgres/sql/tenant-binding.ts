import { ForbiddenError } from '@dangjian/core';
import type { SqlExecutor } from '../driver.js';

/**
 * Binds the transaction to one tenant: the Row-Level Security policies (migration 002) then hide
 * and refuse every other tenant's rows. `true` makes the setting end with the transaction, so a
 * pooled connection never carries one request's tenant into the next.
 */
export async function bindTenant(tx: SqlExecutor, tenant: string): Promise<void> {
  await tx.query(`SELECT set_config('dj.tenant', $1, true)`, [tenant]);
}

/** insufficient_privilege: what a policy's WITH CHECK (or a missing grant) raises. */
export const isPrivilegeRefusal = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === '42501';

/** The typed error a store bound to `bound` gives when the database refused a write to `asked`. */
export function tenantMismatch(bound: string, asked: string): ForbiddenError {
  return new ForbiddenError({
    code: 'store.tenantMismatch',
    params: { expected: bound, actual: asked },
    subject: { collection: 'tenants', id: asked },
    field: 'tenant',
    details: { bound, tenant: asked },
  });
}
