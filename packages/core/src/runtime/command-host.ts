import { commandOf } from '../commands/registry.js';
import type { Clock } from '../kernel/clock.js';
import { parseContext, parseInput, runParsed, type Command, type CommandContext } from '../kernel/command.js';
import { ConflictError, isDangjianError, ValidationError, type DangjianError } from '../kernel/errors.js';
import { applySnapshotPatches } from '../kernel/patches.js';
import { err, ok, type Result } from '../kernel/result.js';
import { snapshotFromRecords, type Snapshot } from '../kernel/snapshot.js';
import type { Store } from '../kernel/store.js';
import { assertTenant } from '../kernel/tenant.js';
import { allowAll, type Policy } from '../policy/policy.js';
import type { Actor } from '../schema/common.js';
import type { z } from '../schema/zod.js';
import { ChangeLog } from './change-log.js';
import type { CommandRequest, HostedOutcome } from './command-request.js';
import { phrase } from '../i18n/define-messages.js';
import { requestMessages, storeMessages } from '../kernel/messages.js';

export interface CommandHostOptions {
  readonly store: Store;
  /** Where command time comes from: the audit's `at` is this clock's, never a client's. */
  readonly clock: Clock;
  readonly policy?: Policy;
}

export interface HostRunOptions {
  /** On a conflict with another writer, catch up and run again up to this many times. Default 3. */
  readonly retries?: number;
  /** A request that is gone: checked last, right before the commit, so nothing starts for no one. */
  readonly signal?: { readonly aborted: boolean };
}

interface TenantState {
  snapshot: Snapshot;
  /** The last audit record folded into `snapshot`. */
  seq: number;
  log: ChangeLog;
  queue: Promise<unknown>;
}

/**
 * The authority for commands: loads a tenant once and keeps it warm, catches up from the audit
 * log by sequence (so a command costs the same on a 100,000-member tenant as on a small one),
 * asks the policy before the run and again for every entity the run would change, executes the
 * pure command, and commits the changes with an audit record it builds itself — actor, clock
 * and patches its own, nothing a client could forge. The REST handler and a local `Workspace`
 * both run commands through one of these.
 */
export class CommandHost {
  readonly store: Store;
  readonly clock: Clock;
  readonly policy: Policy;
  readonly #tenants = new Map<string, Promise<TenantState>>();
  /** Per tenant, the read queued and not started yet, that every reader arriving meanwhile shares. */
  readonly #queuedReads = new Map<string, Promise<Snapshot>>();

  constructor(options: CommandHostOptions) {
    this.store = options.store;
    this.clock = options.clock;
    this.policy = options.policy ?? allowAll;
  }

  /**
   * The tenant's current state, caught up with other writers through the audit log by a query
   * that starts after this call. Readers arriving while that query waits its turn share it (it
   * starts after each of them, so each still sees every write committed before it asked): under
   * a hundred concurrent readers a tenant runs one catch-up at a time, not one per reader.
   */
  snapshot(tenant: string): Promise<Snapshot> {
    const queued = this.#queuedReads.get(tenant);
    if (queued) return queued;
    const read = this.#serial(tenant, async (state) => {
      // From here on the catch-up may already be past a newcomer's moment: newcomers queue the next.
      if (this.#queuedReads.get(tenant) === read) this.#queuedReads.delete(tenant);
      await this.#catchUp(tenant, state);
      return state.snapshot;
    });
    this.#queuedReads.set(tenant, read);
    // A tenant that fails to load never starts the task: forget the read so the next one retries.
    read.catch(() => {
      if (this.#queuedReads.get(tenant) === read) this.#queuedReads.delete(tenant);
    });
    return read;
  }

  /** Reads the tenant again from the store, dropping what was kept warm. */
  reload(tenant: string): Promise<Snapshot> {
    return this.#serial(tenant, async (state) => {
      await this.#reload(tenant, state);
      return state.snapshot;
    });
  }

  /** Runs a command by type (the wire's way) or by the command itself (a typed caller's way). */
  run<R = unknown>(
    tenant: string,
    actor: Actor,
    request: CommandRequest | (Omit<CommandRequest, 'type'> & { readonly command: Command<z.ZodType, R> }),
    options: HostRunOptions = {},
  ): Promise<Result<HostedOutcome<R>, DangjianError>> {
    const found = 'command' in request ? ok(request.command) : commandOf(request.type);
    if (!found.ok) return Promise.resolve(found);
    const command = found.value as Command<z.ZodType, R>;
    return this.#serial(tenant, (state) => this.#runWithRetries(tenant, state, actor, command, request, options));
  }

  async #runWithRetries<R>(
    tenant: string,
    state: TenantState,
    actor: Actor,
    command: Command<z.ZodType, R>,
    request: Omit<CommandRequest, 'type'>,
    options: HostRunOptions,
  ): Promise<Result<HostedOutcome<R>, DangjianError>> {
    const parsed = parseInput(command, request.input);
    if (!parsed.ok) return parsed;
    await this.#catchUp(tenant, state);
    for (let attempt = 0; ; attempt++) {
      const context = parseContext({ actor, now: this.clock.now() });
      if (!context.ok) return context;
      const result = await this.#runOnce(
        tenant,
        state,
        command,
        parsed.value,
        context.value,
        request.expectedRevision,
        options.signal,
      );
      const conflict = !result.ok && result.error instanceof ConflictError && result.error.code === 'store.conflict';
      if (!conflict || attempt >= (options.retries ?? 3)) return result;
      // Another writer committed first. Its audit records say what it changed; if catching up
      // from them still leaves us behind (a store written around the kit), read it all again.
      if (attempt === 0) await this.#catchUp(tenant, state);
      else await this.#reload(tenant, state);
    }
  }

  async #runOnce<R>(
    tenant: string,
    state: TenantState,
    command: Command<z.ZodType, R>,
    input: unknown,
    ctx: CommandContext,
    expectedRevision: number | undefined,
    signal: { readonly aborted: boolean } | undefined,
  ): Promise<Result<HostedOutcome<R>, DangjianError>> {
    const base = state.snapshot;
    if (expectedRevision !== undefined && expectedRevision > base.revision) {
      return err(aheadOfServer(expectedRevision, base.revision));
    }
    const subject = command.subject?.(input);
    const fields = command.fields?.(input);
    const request = {
      ctx,
      command: command.type,
      input,
      snapshot: base,
      ...(subject && { subject }),
      ...(fields && { fields }),
    };
    const refusal = this.policy.authorize(request);
    if (refusal) return err(refusal);
    const outcome = runParsed(base, command, input, ctx);
    if (!outcome.ok) return outcome;
    const { patches, changes } = outcome.value;
    const stale = this.#staleInput(state, expectedRevision, changes);
    if (stale) return err(stale);
    const forbidden = this.policy.authorizeChanges?.({
      ctx,
      command: command.type,
      before: base,
      after: outcome.value.snapshot,
      changes,
      patches,
      ...(fields && { fields }),
    });
    if (forbidden) return err(forbidden);
    if (signal?.aborted) return err(new ValidationError(phrase(requestMessages.aborted, { command: command.type })));
    try {
      const receipt = await this.store.commit({
        tenant,
        baseRevision: base.revision,
        changes,
        audit: { actorId: ctx.actor.id, at: ctx.now, command: command.type, patches },
      });
      const snapshot: Snapshot = { ...outcome.value.snapshot, revision: receipt.revision };
      state.snapshot = snapshot;
      state.seq = receipt.auditSeq;
      state.log.record(receipt.revision, patches);
      return ok({ ...outcome.value, base, snapshot, revision: receipt.revision, auditSeq: receipt.auditSeq });
    } catch (error) {
      if (isDangjianError(error)) return err(error);
      throw error;
    }
  }

  #staleInput(
    state: TenantState,
    expectedRevision: number | undefined,
    changes: readonly { collection: string; id: string }[],
  ): ConflictError | undefined {
    if (expectedRevision === undefined || expectedRevision === state.snapshot.revision) return undefined;
    const keys = changes.map((change) => ChangeLog.keyOf(change.collection, change.id));
    const changed = state.log.changedSince(expectedRevision, keys);
    if (changed === undefined) return undefined;
    const [collection = 'tenants', id = state.snapshot.tenant] = changed === true ? [] : changed.split('\u0000');
    return new ConflictError({
      ...phrase(storeMessages.staleInput, { collection, id, expected: expectedRevision }),
      subject: { collection, id },
      field: 'expectedRevision',
      details: { expectedRevision, revision: state.snapshot.revision },
    });
  }

  async #catchUp(tenant: string, state: TenantState): Promise<void> {
    // An embedded store knows when nothing was written since: no query for no news.
    if (this.store.newestAuditSeq?.(tenant) === state.seq) return;
    const records = await this.store.readAudit(tenant, { afterSeq: state.seq });
    for (const record of records) {
      state.snapshot = { ...applySnapshotPatches(state.snapshot, record.patches), revision: record.revision };
      state.seq = record.seq;
      state.log.record(record.revision, record.patches);
    }
  }

  async #reload(tenant: string, state: TenantState): Promise<void> {
    const fresh = await loadState(this.store, tenant);
    state.snapshot = fresh.snapshot;
    state.seq = fresh.seq;
    state.log.reset(fresh.snapshot.revision);
  }

  /** Runs `task` after every earlier task on the same tenant: one writer per tenant per host. */
  #serial<T>(tenant: string, task: (state: TenantState) => Promise<T>): Promise<T> {
    let entry = this.#tenants.get(tenant);
    if (!entry) {
      assertTenant(tenant, this.store.tenantPattern);
      entry = loadState(this.store, tenant).then((loaded) => ({ ...loaded, queue: Promise.resolve() }));
      this.#tenants.set(tenant, entry);
      entry.catch(() => this.#tenants.delete(tenant));
    }
    return entry.then((state) => {
      const next = state.queue.then(
        () => task(state),
        () => task(state),
      );
      state.queue = next.catch(() => undefined);
      return next;
    });
  }
}

async function loadState(store: Store, tenant: string): Promise<Omit<TenantState, 'queue'>> {
  const state = await store.load(tenant);
  // Re-validating a store's own records would cost a pass over the tenant; others' records get checked.
  const snapshot = snapshotFromRecords(state.tenant, state.revision, state.records, {
    trusted: store.trusted === true,
  });
  // Every commit writes one revision and one audit record (the Store port's contract, asserted by
  // the conformance suite), so the newest record's sequence number is the revision.
  return { snapshot, seq: snapshot.revision, log: new ChangeLog(snapshot.revision) };
}

function aheadOfServer(expected: number, actual: number): ValidationError {
  return new ValidationError({
    ...phrase(storeMessages.conflict, { expected, actual }),
    field: 'expectedRevision',
  });
}
