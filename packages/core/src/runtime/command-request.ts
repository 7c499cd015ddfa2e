import type { Patch } from 'immer';
import type { CommandOutcome } from '../kernel/command.js';
import type { DomainEvent } from '../kernel/events.js';
import type { Snapshot } from '../kernel/snapshot.js';
import type { EntityChange } from '../kernel/transaction.js';

/** A command as data, as it crosses a wire: `{ type: 'org.move', input: {…}, expectedRevision: 7 }`. */
export interface CommandRequest {
  readonly type: string;
  readonly input: unknown;
  /**
   * The revision the caller read when it built `input`. If what the command writes changed after
   * it, the run is refused with a `ConflictError` instead of overwriting a newer value — unless
   * the command is an intent (`Command.intent`), which is safe to apply to any revision.
   */
  readonly expectedRevision?: number;
}

/** What a committed command hands back: its effects as data, the revision and audit record it made. */
export interface CommittedCommand<R = unknown> {
  readonly revision: number;
  readonly auditSeq: number;
  readonly patches: readonly Patch[];
  readonly changes: readonly EntityChange[];
  readonly events: readonly DomainEvent[];
  readonly result: R;
  /** The whole next snapshot, when the command ran in this process. A remote reply has none. */
  readonly snapshot?: Snapshot;
}

export type HostedOutcome<R = unknown> = CommandOutcome<R> & {
  readonly revision: number;
  readonly auditSeq: number;
  /** The state the command ran on: what a server compares with to tell a reader what left its view. */
  readonly base: Snapshot;
};
