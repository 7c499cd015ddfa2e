import type { Patch } from 'immer';
import type { AuditQuery, AuditRecord } from '../kernel/audit.js';
import type { Clock } from '../kernel/clock.js';
import type { Command, CommandOutcome } from '../kernel/command.js';
import type { DangjianError } from '../kernel/errors.js';
import type { DomainEvent } from '../kernel/events.js';
import { ok, type Result } from '../kernel/result.js';
import { applyEntityChanges } from '../kernel/apply-changes.js';
import { assertTenant } from '../kernel/tenant.js';
import type { Snapshot } from '../kernel/snapshot.js';
import type { Store } from '../kernel/store.js';
import type { MemberCount } from '../engines/structure/member-counts.js';
import { allowAll, type Policy } from '../policy/policy.js';
import { ReadView } from '../policy/read-view.js';
import { memberPage, type MemberPage } from '../queries/member-page.js';
import { MemberQuerySchema, type MemberQuery } from '../queries/member-query.js';
import { validate } from '../kernel/validate.js';
import type { Actor } from '../schema/common.js';
import type { z } from '../schema/zod.js';
import { localBackend, type Backend } from './backend.js';
import { CommandHost } from './command-host.js';
import type { CommittedCommand } from './command-request.js';

interface CommonOptions {
  readonly tenant: string;
  /** Who acts when a run names no one else. Over REST the server decides who acts. */
  readonly actor: Actor;
  /**
   * Told when a subscriber throws. The other subscribers still run and `run()` still reports the
   * committed result: a broken listener is the listener's problem, not the command's.
   * Default: `globalThis.reportError` where there is one, else an unhandled rejection.
   */
  readonly onListenerError?: (error: unknown, change: WorkspaceChange) => void;
}

/** A workspace over a store in this process: commands are decided here. */
export interface LocalWorkspaceOptions extends CommonOptions {
  readonly store: Store;
  readonly clock: Clock;
  readonly policy?: Policy;
}

/** A workspace over a backend: usually a server, which decides every command. */
export interface RemoteWorkspaceOptions extends CommonOptions {
  readonly backend: Backend;
}

export type WorkspaceOptions = LocalWorkspaceOptions | RemoteWorkspaceOptions;

export interface RunOptions {
  readonly actor?: Actor;
  /**
   * On a conflict with another writer, catch up and run the (pure) command again on the fresh
   * state, up to this many times. Safe by construction: a command that `overwrites` values its
   * caller read is sent with the revision it read and refused if what it writes changed since,
   * so a retry never re-applies stale input. Default 0: report the conflict.
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
 * A tenant's state for a UI, bound to a `Backend` that decides commands: every command is checked
 * by the policy, run purely, persisted with its audit record in one revision-checked commit, and
 * only then published. Runs are queued, so two calls on one workspace never race each other.
 */
export class Workspace {
  readonly #backend: Backend;
  readonly #actor: Actor;
  readonly #clock: Clock | undefined;
  readonly #onListenerError: (error: unknown, change: WorkspaceChange) => void;
  readonly #listeners = new Set<WorkspaceListener>();
  #snapshot: Snapshot;
  #memberCounts: ReadonlyMap<string, MemberCount> | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(backend: Backend, options: CommonOptions, snapshot: Snapshot) {
    this.#backend = backend;
    this.#actor = options.actor;
    this.#clock = 'clock' in options ? (options as LocalWorkspaceOptions).clock : undefined;
    this.#onListenerError = options.onListenerError ?? reportListenerError;
    this.#snapshot = snapshot;
  }

  static async open(options: WorkspaceOptions): Promise<Workspace> {
    assertTenant(options.tenant, 'store' in options ? options.store.tenantPattern : undefined);
    const backend =
      'backend' in options
        ? options.backend
        : localBackend(
            new CommandHost({
              store: options.store,
              clock: options.clock,
              ...(options.policy && { policy: options.policy }),
            }),
          );
    const workspace = new Workspace(backend, options, await backend.load(options.tenant, options.actor));
    await workspace.#refreshCounts();
    return workspace;
  }

  /**
   * True when members are read a page at a time (`members()`) instead of held in `snapshot`: a
   * REST workspace in paged mode. Elements then page; `memberCounts` gives the tree its badges.
   */
  get pagesMembers(): boolean {
    return this.#backend.pagesMembers === true;
  }

  /** Members per org (subtree included) from a paging backend; undefined when `snapshot` holds the members. */
  get memberCounts(): ReadonlyMap<string, MemberCount> | undefined {
    return this.#memberCounts;
  }

  async #refreshCounts(): Promise<void> {
    if (this.#backend.pagesMembers && this.#backend.memberCounts) {
      this.#memberCounts = await this.#backend.memberCounts(this.tenant, this.#actor);
    }
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

  /** Runs a command (the object, for typed input) and publishes what it changed. */
  run<S extends z.ZodType, R>(
    command: Command<S, R>,
    input: z.input<S>,
    options: RunOptions = {},
  ): Promise<Result<RunOutcome<R>, DangjianError>> {
    // The revision the caller is looking at now, before the run waits in the queue: that is
    // what an `overwrites` command's input was derived from.
    const readRevision = this.#snapshot.revision;
    return this.#enqueue(() => this.#run(command, input, readRevision, options));
  }

  /** Fetches the latest state (after a conflict, or to see other writers). */
  reload(): Promise<Snapshot> {
    return this.#enqueue(async () => {
      const snapshot = await this.#backend.load(this.tenant, this.#actor);
      await this.#refreshCounts();
      this.#publish({ cause: 'reload', snapshot, patches: [], events: [] });
      return snapshot;
    });
  }

  /**
   * One page of the roster: from the server when the backend pages (REST), else cut from this
   * workspace's own snapshot. Either way the same query gives the same page.
   */
  async members(query: MemberQuery = {}): Promise<MemberPage> {
    if (this.#backend.members) return this.#backend.members(this.tenant, this.#actor, query);
    const parsed = validate(MemberQuerySchema, query, { prefix: ['query'] });
    if (!parsed.ok) throw parsed.error;
    const actor = { ...this.#actor, roles: [...(this.#actor.roles ?? [])] };
    return memberPage(new ReadView(allowAll, actor, this.#snapshot), parsed.value, { asOf: this.#today() });
  }

  readAudit(query?: AuditQuery): Promise<AuditRecord[]> {
    return this.#backend.readAudit(this.tenant, this.#actor, query);
  }

  async #run<S extends z.ZodType, R>(
    command: Command<S, R>,
    input: unknown,
    readRevision: number,
    options: RunOptions,
  ): Promise<Result<RunOutcome<R>, DangjianError>> {
    const result = await this.#backend.run<R>(
      this.tenant,
      options.actor ?? this.#actor,
      {
        type: command.type,
        input,
        command: command as Command<z.ZodType, R>,
        ...(command.overwrites && { expectedRevision: readRevision }),
      },
      { retries: options.retryOnConflict ?? 0 },
    );
    if (!result.ok) return result;
    const reply = result.value;
    const snapshot = await this.#nextSnapshot(reply);
    await this.#refreshCounts();
    this.#publish({ cause: 'command', snapshot, patches: reply.patches, events: reply.events });
    // Only a run in this process knows how to undo itself; a server's reply carries no inverse.
    const inversePatches = 'inversePatches' in reply ? (reply as CommandOutcome<R>).inversePatches : [];
    const { patches, changes, events, revision, auditSeq } = reply;
    return ok({ snapshot, patches, inversePatches, changes, events, result: reply.result, revision, auditSeq });
  }

  /** The state after a reply: the host's own snapshot, or ours with the reply's changes (reloading past a gap). */
  async #nextSnapshot(reply: CommittedCommand<unknown>): Promise<Snapshot> {
    if (reply.snapshot) return reply.snapshot;
    if (reply.revision !== this.#snapshot.revision + 1) return this.#backend.load(this.tenant, this.#actor);
    // A paging workspace holds no members: a changed member is read again by the page that shows it.
    const changes = this.pagesMembers
      ? reply.changes.filter((change) => change.collection !== 'members')
      : reply.changes;
    return { ...applyEntityChanges(this.#snapshot, changes), revision: reply.revision };
  }

  /** A local workspace always has its clock; a backend without pages has none to lend. */
  #today(): string {
    if (!this.#clock) throw new TypeError('This backend cannot page members and the workspace has no clock');
    return this.#clock.now();
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(task, task);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  #publish(change: WorkspaceChange): void {
    this.#snapshot = change.snapshot;
    for (const listener of this.#listeners) {
      try {
        listener(change);
      } catch (error) {
        try {
          this.#onListenerError(error, change);
        } catch {
          // A failing error reporter must not undo a committed command either.
        }
      }
    }
  }
}

/**
 * The platform's own channel for errors nobody caught: `reportError` in browsers (the console and
 * the global error handler see it), an unhandled rejection elsewhere. Core has no console of its own.
 */
function reportListenerError(error: unknown): void {
  const report = (globalThis as { reportError?: (error: unknown) => void }).reportError;
  if (typeof report === 'function') report(error);
  else void Promise.reject(error);
}
