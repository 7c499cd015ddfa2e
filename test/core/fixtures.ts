import {
  commandOf,
  emptySnapshot,
  execute,
  idNumberCheckCharacter,
  type Actor,
  type Snapshot,
  createOrg,
  type Command,
  type CommandContext,
  type ForbiddenError,
  type Policy,
} from '@dangjian/core';
import type { z } from 'zod';

export const tenant = '320402';
export const ctx: CommandContext = { actor: { id: 'tester', roles: [] }, now: '2026-11-23T02:00:00.000Z' };

/** A small street: 党工委 → 社区党委 → two branches → a group. */
export function smallStreet(): Snapshot {
  let snapshot = emptySnapshot(tenant);
  const orgs = [
    { id: 'street', name: '青龙街道党工委', kind: 'committee', subkind: 'working', parentId: null },
    { id: 'community', name: '青龙苑北区社区党委', kind: 'committee', subkind: 'community', parentId: 'street' },
    { id: 'b1', name: '第一党支部', kind: 'branch', setting: 'residential', parentId: 'community' },
    { id: 'b2', name: '楼院党支部', kind: 'branch', setting: 'courtyard', parentId: 'community' },
    { id: 'g1', name: '1号楼党小组', kind: 'group', setting: 'buildingGroup', parentId: 'b1' },
  ] as const;
  for (const org of orgs) {
    const result = execute(snapshot, createOrg, org, ctx);
    if (!result.ok) throw result.error;
    snapshot = result.value.snapshot;
  }
  return snapshot;
}

/** Runs a command that must succeed and returns the next snapshot; a refusal fails the test with its typed error. */
export function runOk(snapshot: Snapshot, command: Command<z.ZodType, unknown> | string, input: unknown): Snapshot {
  const result = execute(snapshot, command, input, ctx);
  if (!result.ok) throw result.error;
  return result.value.snapshot;
}

/** A valid 18-digit ID number: the 17-digit body with its check character. */
export const idNumber = (body: string): string => `${body}${idNumberCheckCharacter(body)}`;

/** A full member's registration input in b1; `extra` adds or overrides fields. */
export const member = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `党员${id}`,
  gender: 'male',
  birthDate: '1960-01-01',
  stage: 'full',
  relationOrgId: 'b1',
  ...extra,
});

/** The policy's answer for a whole run, as the host asks it: before (the subject) and after (every entity changed). */
export function policyVerdict(
  policy: Policy,
  snapshot: Snapshot,
  type: string,
  input: unknown,
  ctx: { readonly actor: Actor; readonly now: string },
): ForbiddenError | undefined {
  const outcome = execute(snapshot, type, input, ctx);
  if (!outcome.ok) throw outcome.error;
  const command = commandOf(type);
  const subject = command.ok ? command.value.subject?.(input) : undefined;
  const context = { actor: { roles: [], ...ctx.actor }, now: ctx.now };
  return (
    policy.authorize({ ctx: context, command: type, input, snapshot, ...(subject && { subject }) }) ??
    policy.authorizeChanges?.({
      ctx: context,
      command: type,
      before: snapshot,
      after: outcome.value.snapshot,
      changes: outcome.value.changes,
      patches: outcome.value.patches,
    })
  );
}
