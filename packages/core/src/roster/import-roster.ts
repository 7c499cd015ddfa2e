import { importMembers } from '../commands/member/import-members.js';
import type { DangjianError } from '../kernel/errors.js';
import { err, type Result } from '../kernel/result.js';
import type { RunOutcome, Workspace } from '../runtime/workspace.js';
import { parseRoster, parseRosterInChunks, type ParseRosterOptions, type RosterIssue } from './parse-roster.js';

/**
 * Reads a roster and, only if every row is valid, registers all of it in one command. Either
 * way the caller gets everything that is wrong at once; an invalid file writes nothing.
 */
export async function importRoster(
  workspace: Workspace,
  rows: readonly (readonly string[])[],
  options: ParseRosterOptions & { readonly pause?: () => Promise<void> } = {},
): Promise<
  Result<
    RunOutcome<{ imported: number }>,
    { readonly issues: readonly RosterIssue[] } | { readonly error: DangjianError }
  >
> {
  const { pause } = options;
  const parsed = pause
    ? await parseRosterInChunks(rows, workspace.snapshot, { ...options, pause })
    : parseRoster(rows, workspace.snapshot, options);
  if (!parsed.ok) return err({ issues: parsed.error });
  const result = await workspace.run(importMembers, { members: parsed.value });
  return result.ok ? result : err({ error: result.error });
}
