import type { AuditQuery, AuditRecord } from '../kernel/audit.js';
import type { Command } from '../kernel/command.js';
import type { DangjianError } from '../kernel/errors.js';
import type { Result } from '../kernel/result.js';
import type { Snapshot } from '../kernel/snapshot.js';
import type { Actor } from '../schema/common.js';
import type { z } from '../schema/zod.js';
import type { MemberPage } from '../queries/member-page.js';
import type { MemberQuery } from '../queries/member-query.js';
import type { MemberCount } from '../engines/structure/member-counts.js';
import type { CommandHost, HostRunOptions } from './command-host.js';
import type { CommandRequest, CommittedCommand } from './command-request.js';

/**
 * Where a `Workspace`'s commands are decided: in this process over a `Store` (`localBackend`), or
 * on a server (`createRestBackend` in `@dangjian/adapters/rest`). A workspace only ever sends
 * commands and applies what comes back; it has no other way to write.
 */
export interface Backend {
  /** The tenant as this actor may see it (a server scopes and masks it). */
  load(tenant: string, actor: Actor): Promise<Snapshot>;
  run<R>(
    tenant: string,
    actor: Actor,
    request: CommandRequest & { readonly command?: Command<z.ZodType, R> },
    options?: HostRunOptions,
  ): Promise<Result<CommittedCommand<R>, DangjianError>>;
  readAudit(tenant: string, actor: Actor, query?: AuditQuery): Promise<AuditRecord[]>;
  /** One page of the roster, cut where the data is (a server), so a browser never loads it all. */
  members?(tenant: string, actor: Actor, query: MemberQuery): Promise<MemberPage>;
  /**
   * True when `load` leaves members out and they are read a page at a time: a workspace over such
   * a backend has no members in its snapshot, and elements page through `workspace.members()`.
   */
  readonly pagesMembers?: boolean;
  /** Members per org (subtree included) as this actor may count them, for a paging backend. */
  memberCounts?(tenant: string, actor: Actor): Promise<ReadonlyMap<string, MemberCount>>;
}

/** Runs commands in this process, through a `CommandHost` over a store. */
export function localBackend(host: CommandHost): Backend {
  return {
    load: (tenant) => host.snapshot(tenant),
    async run(tenant, actor, request, options) {
      const { command, ...wire } = request;
      const result = await host.run(tenant, actor, command ? { ...wire, command } : wire, options);
      return result;
    },
    readAudit: (tenant, _actor, query) => host.store.readAudit(tenant, query),
  };
}
