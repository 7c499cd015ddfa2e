import type { Patch } from 'immer';
import { allowAll, type Policy } from '../policy/policy.js';
import type { Actor } from '../schema/common.js';
import type { z } from '../schema/zod.js';
import type { AuditQuery, AuditRecord } from './audit.js';
import type { Clock } from './clock.js';
import { parseContext, parseInput, runParsed, type Command, type CommandOutcome } from './command.js';
import { ConflictError, isDangjianError, type DangjianError } from './errors.js';
import type { DomainEvent } from './events.js';
import { err, ok, type Result } from './result.js';
import { snapshotFromRecords, type Snapshot } from './snapshot.js';
import type { Store } from './store.js';
import { assertTenant } from './tenant.js';

export interface WorkspaceOptions {
  readonly store: Store;
  readonly tenant: string;
  readonly clock: Clock;
  /** Who acts when a run names no one else. */
  readonly actor: Actor;
  readonly policy?: Policy;
}

export interface RunOptions {
  readonly actor?: Actor;
  /**
   * On a revision conflict, reload and run the (pure) command again, up to this many times.
   * Safe because the command re-validates against the fresh state. Default 0: report the conflict.
   */
  readonly retryOnConflict?: number;
}

export interface RunOutcome<R> extends CommandOutcome<R> {
  readonly revision: number;
  readonly auditSeq: number;
}

/** What subscribers hear after every successful command or reload. */
export interface WorkspaceChange {
  readonly cause: 'command' | 'reload';
  readonly snapshot: Snapshot;
  readonly patches: readonly Patch[];
  readonly events: readonly DomainEvent[];
}

export type WorkspaceListener = (change: WorkspaceChange) => void;

/**
 * Binds a tenant's snapshot to a `Store`: every command is checked by the policy, run purely,
 * persisted with its audit record in one revision-checked commit, and only then published.
 * Runs are queued, so two calls on one workspace never race each other into a conflict.
 */
export class Workspace {
  readonly #store: Store;
  readonly #clock: Clock;
  readonly #actor: Actor;
  readonly #policy: Policy;
  readonly #listeners = new Set<WorkspaceListener>();
  #snapshot: Snapshot;
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(options: WorkspaceOptions, snapshot: Snapshot) {
    this.#store = options.store;
    this.#clock = options.clock;
    this.#actor = options.actor;
    this.#policy = options.policy ?? allowAll;
    this.#snapshot = snapshot;
  }

  static async open(options: WorkspaceOptions): Promise<Workspace> {
    assertTenant(options.tenant, options.store.tenantPattern);
    return new Workspace(options, await loadSnapshot(options.store, options.tenant));
  }

  get snapshot(): Snapshot {
    return this.#snapshot;
  }

  get tenant(): string {
    return this.#snapshot.tenant;
  }

  get revision(): number {
    return this.#snapshot.revision;
  }

  subscribe(listener: WorkspaceListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  run<S extends z.ZodType, R>(
    command: Command<S, R>,
    input: z.input<S>,
    options: RunOptions = {},
  ): Promise<Result<RunOutcome<R>, DangjianError>> {
    return this.#enqueue(() => this.#runWithRetries(command, input, options));
  }

  /** Fetches the latest state from the store (after a conflict, or to see other writers). */
  reload(): Promise<Snapshot> {
    return this.#enqueue(() => this.#reload());
  }

  readAudit(query?: AuditQuery): Promise<AuditRecord[]> {
    return this.#store.readAudit(this.tenant, query);
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(task, task);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #runWithRetries<S extends z.ZodType, R>(
    command: Command<S, R>,
    input: unknown,
    options: RunOptions,
  ): Promise<Result<RunOutcome<R>, DangjianError>> {
    for (let attempt = 0; ; attempt++) {
      const result = await this.#runOnce(command, input, options.actor ?? this.#actor);
      const retry = !result.ok && result.error instanceof ConflictError && attempt < (options.retryOnConflict ?? 0);
      if (!retry) return result;
      await this.#reload();
    }
  }

  async #runOnce<S extends z.ZodType, R>(
    command: Command<S, R>,
    rawInput: unknown,
    actor: Actor,
  ): Promise<Result<RunOutcome<R>, DangjianError>> {
    const base = this.#snapshot;
    const parsed = parseInput(command, rawInput);
    if (!parsed.ok) return parsed;
    const context = parseContext({ actor, now: this.#clock.now() });
    if (!context.ok) return context;
    const ctx = context.value;
    const subject = command.subject?.(parsed.value);
    const refusal = this.#policy.authorize({
      ctx,
      command: command.type,
      input: parsed.value,
      snapshot: base,
      ...(subject && { subject }),
    });
    if (refusal) return err(refusal);
    const outcome = runParsed(base, command, parsed.value, ctx);
    if (!outcome.ok) return outcome;
    const { patches, changes, events } = outcome.value;
    try {
      const receipt = await this.#store.commit({
        tenant: base.tenant,
        baseRevision: base.revision,
        changes,
        audit: {
          actorId: ctx.actor.id,
          at: ctx.now,
          command: command.type,
          patches,
        },
      });
      const snapshot: Snapshot = {
        ...outcome.value.snapshot,
        revision: receipt.revision,
      };
      this.#publish({ cause: 'command', snapshot, patches, events });
      return ok({
        ...outcome.value,
        snapshot,
        revision: receipt.revision,
        auditSeq: receipt.auditSeq,
      });
    } catch (error) {
      if (isDangjianError(error)) return err(error);
      throw error;
    }
  }

  async #reload(): Promise<Snapshot> {
    const snapshot = await loadSnapshot(this.#store, this.tenant);
    this.#publish({ cause: 'reload', snapshot, patches: [], events: [] });
    return snapshot;
  }

  #publish(change: WorkspaceChange): void {
    this.#snapshot = change.snapshot;
    for (const listener of this.#listeners) listener(change);
  }
}

async function loadSnapshot(store: Store, tenant: string): Promise<Snapshot> {
  const state = await store.load(tenant);
  // Re-validating a store's own records would cost a pass over the tenant; others' records get checked.
  return snapshotFromRecords(state.tenant, state.revision, state.records, { trusted: store.trusted === true });
}
