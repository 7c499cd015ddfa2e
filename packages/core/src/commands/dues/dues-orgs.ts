import { ancestorsOf } from '../../engines/org-tree.js';
import type { Transaction } from '../../kernel/transaction.js';
import type { Org } from '../../schema/org.js';
import { refuse } from '../../kernel/rule.js';
import { duesRules } from './rules.js';

/** The branch a member's dues go to: the relation org if a branch, else the branch above it (a group's). */
export function collectingBranchOf(tx: Transaction, orgId: string): Org | undefined {
  return ancestorsOf(tx.snapshot, orgId).find((org) => org.kind === 'branch');
}

/** Refuses unless `byOrgId` lies above the branch: approvals and settlement are the higher org's (第七条). */
export function requireHigher(tx: Transaction, branch: Org, byOrgId: string, field: string): Org {
  const by = tx.require('orgs', byOrgId, field);
  if (
    !ancestorsOf(tx.snapshot, branch.id)
      .slice(1)
      .some((ancestor) => ancestor.id === by.id)
  ) {
    throw refuse(duesRules.higherDecides, { collection: 'orgs', id: by.id }, field, {
      branch: branch.name,
      name: by.name,
    });
  }
  return by;
}
