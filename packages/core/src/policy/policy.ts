import type { CommandContext } from '../kernel/command.js';
import type { ForbiddenError, SubjectRef } from '../kernel/errors.js';
import type { Snapshot } from '../kernel/snapshot.js';

/** What the policy is asked before a command runs: who, which command, on what, with what input. */
export interface PolicyRequest {
  readonly ctx: CommandContext;
  readonly command: string;
  readonly subject?: SubjectRef;
  readonly input: unknown;
  readonly snapshot: Snapshot;
}

/**
 * The authorisation port. The workspace and the REST handler ask it before every command;
 * a refusal is a `ForbiddenError` naming the rule, the subject and the field.
 */
export interface Policy {
  authorize(request: PolicyRequest): ForbiddenError | undefined;
}

/** Until roles arrive: everyone may do everything. */
export const allowAll: Policy = { authorize: () => undefined };
