import { ValidationError, assertTenant, isCollectionName, type Commit, phrase, storeMessages } from '@dangjian/core';

/**
 * Checks a commit's shape before any adapter writes anything, so a malformed tenant or change
 * fails the whole commit up front instead of half-way through.
 */
export function checkCommit(commit: Commit, tenantPattern?: RegExp): void {
  assertTenant(commit.tenant, tenantPattern);
  commit.changes.forEach((change, index) => {
    if (!isCollectionName(change.collection)) {
      throw new ValidationError({
        ...phrase(storeMessages.unknownCollection, { index, collection: String(change.collection) }),
        field: `changes.${index}.collection`,
      });
    }
  });
}
