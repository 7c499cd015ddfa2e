import { allowedChildKinds } from '@dangjian/core';
import type { OrgTreeModel } from './tree-model.js';

/**
 * Why a row cannot take the org being moved, for marking drop targets while dragging or while
 * an org is picked up with the keyboard:
 * - `self`: the org itself;
 * - `cycle`: one of its own descendants (core's `org.cycle`);
 * - `nesting`: a kind that may not hold it, read from core's `allowedChildKinds` (`org.nesting`);
 * - `unchanged`: its present parent, where a drop would change nothing.
 *
 * Only a hint for the eye and the pointer: the `moveOrg` command decides, and its typed error is
 * what the reader is shown.
 */
export type DropRefusal = 'self' | 'cycle' | 'nesting' | 'unchanged';

export function dropRefusal(model: OrgTreeModel, orgId: string, parentId: string): DropRefusal | undefined {
  const org = model.node(orgId)?.org;
  const parent = model.node(parentId)?.org;
  if (!org || !parent) return undefined;
  if (org.id === parent.id) return 'self';
  if (model.ancestorIds(parent.id).includes(org.id)) return 'cycle';
  if (!allowedChildKinds[parent.kind].includes(org.kind)) return 'nesting';
  if (org.parentId === parent.id) return 'unchanged';
  return undefined;
}
