import type { Patch } from 'immer';
import type { CommandContext } from '../kernel/command.js';
import type { ForbiddenError, SubjectRef } from '../kernel/errors.js';
import type { Snapshot } from '../kernel/snapshot.js';
import type { EntityChange } from '../kernel/transaction.js';
import type { AnyEntity, CollectionName } from '../schema/collections.js';
import type { ActorOf } from './actor.js';

/** What the policy is asked before a command runs: who, which command, on what, with what input. */
export interface PolicyRequest {
  readonly ctx: CommandContext;
  readonly command: string;
  readonly subject?: SubjectRef;
  /** Fields of the subject the command names beyond what it writes (a disclosure's field). */
  readonly fields?: readonly string[];
  readonly input: unknown;
  readonly snapshot: Snapshot;
}

/** What the policy is asked after the pure run, before anything is stored: every entity it changes. */
export interface ChangesRequest {
  readonly ctx: CommandContext;
  readonly command: string;
  readonly before: Snapshot;
  readonly after: Snapshot;
  readonly changes: readonly EntityChange[];
  readonly patches: readonly Patch[];
}

/**
 * The authorisation port. The workspace and the REST handler ask it before every command and
 * again for every entity the command would change; a refusal is a `ForbiddenError` naming the
 * rule, the subject and the field. Reads ask `canRead` and `canUnmask` per entity.
 */
export interface Policy {
  authorize(request: PolicyRequest): ForbiddenError | undefined;
  authorizeChanges?(request: ChangesRequest): ForbiddenError | undefined;
  canRead?(actor: ActorOf, snapshot: Snapshot, collection: CollectionName | 'audit', entity?: AnyEntity): boolean;
  canUnmask?(actor: ActorOf, snapshot: Snapshot, member: AnyEntity, field: string): boolean;
  /** The fields a reader who may not read the whole entity still sees (a `read` rule with `fields`). */
  readableFields?(actor: ActorOf, snapshot: Snapshot, collection: CollectionName, entity: AnyEntity): readonly string[];
}

/** Everyone may do and read everything, and personal data still arrives masked. For tests and single-user tools. */
export const allowAll: Policy = {
  authorize: () => undefined,
  canRead: () => true,
  canUnmask: () => false,
};
