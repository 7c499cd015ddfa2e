import { ConflictError, phrase, storeMessages } from '@dangjian/core';

/**
 * A write the storage engine gave up on (IndexedDB aborted the transaction: quota, a closing
 * page, another abort): nothing was written, and trying again may work. Typed, so a caller tells
 * it from a bug; not `store.conflict`, so no one retries it blindly as a lost race.
 */
export function writeAborted(reason: string): ConflictError {
  return new ConflictError({ ...phrase(storeMessages.aborted, { reason }), details: { reason } });
}

/** The one conflict every adapter reports when a commit's base revision is stale. */
export function staleRevision(tenant: string, expected: number, actual: number): ConflictError {
  return new ConflictError({
    ...phrase(storeMessages.conflict, { expected, actual }),
    subject: { collection: 'tenants', id: tenant },
    field: 'baseRevision',
    details: { tenant, expected, actual },
  });
}
