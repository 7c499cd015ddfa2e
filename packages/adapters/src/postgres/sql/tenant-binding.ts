import { ForbiddenError, phrase, storeMessages } from '@dangjian/core';
import type { SqlExecutor } from '../driver.js';

/**
 * Binds the transaction to one tenant: the Row-Level Security policies then hide and refuse every
 * other tenant's rows. Through the owner's `dj_bind_tenant` (migration 003), not a setting the
 * caller could change: once bound, the transaction cannot be rebound, and the binding ends with
 * it, so a pooled connection never carries one request's tenant into the next.
 */
export async function bindTenant(tx: SqlExecutor, tenant: string): Promise<void> {
  await tx.query('SELECT dj_bind_tenant($1)', [tenant]);
}

/** insufficient_privilege: what a policy's WITH CHECK (or a missing grant) raises. */
export const isPrivilegeRefusal = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === '42501';

/** The typed error a store bound to `bound` gives when the database refused a write to `asked`. */
export function tenantMismatch(bound: string, asked: string): ForbiddenError {
  return new ForbiddenError({
    ...phrase(storeMessages.tenantMismatch, { expected: bound, actual: asked }),
    subject: { collection: 'tenants', id: asked },
    field: 'tenant',
    details: { bound, tenant: asked },
  });
}
