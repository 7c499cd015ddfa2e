import type { Patch } from 'immer';
import { ActorSchema, type Actor } from '../schema/common.js';
import type { z } from '../schema/zod.js';
import { isDangjianError, ValidationError, type DangjianError, type SubjectRef } from './errors.js';
import { maxInputDepth, tooDeepAt, unknownKeyAt } from './input-shape.js';
import type { DomainEvent } from './events.js';
import { err, ok, type Result } from './result.js';
import type { Snapshot } from './snapshot.js';
import { Transaction, type EntityChange } from './transaction.js';
import { validate } from './validate.js';
import { phrase, type Phrase } from '../i18n/define-messages.js';
import { inputMessages } from './messages.js';

/** What a command knows besides its input: who runs it and when. Time is injected, never read. */
export interface CommandContext {
  readonly actor: z.output<typeof ActorSchema>;
  /** The instant the command runs, ISO-8601, from the workspace's `Clock`. */
  readonly now: string;
}

/**
 * A command is data plus a pure function: its `type` names it in the audit log and the policy,
 * its `input` schema is the only way in, and `run` writes through a `Transaction`. It throws
 * `DangjianError`s to refuse; `execute` turns them into an error result.
 */
export interface Command<S extends z.ZodType = z.ZodType, R = void> {
  /** Stable and namespaced (`org.move`): the wire name, the audit's and the policy's action. */
  readonly type: string;
  readonly input: S;
  /** The entity the command acts on, for the policy check (CASL's subject). */
  subject?(input: z.output<S>): SubjectRef | undefined;
  /** Fields of the subject the command reads or reveals beyond what it writes (a disclosure's field). */
  fields?(input: z.output<S>): readonly string[];
  /**
   * True when the input carries values the caller derived from what it read — a whole list of
   * skills, a whole contact card — so running it on newer state could overwrite someone else's
   * change. A `Workspace` sends such commands with the revision it read, and the run is refused
   * with a `ConflictError` if what it writes changed since. Intents (add a skill, move an org,
   * rename) leave it unset and are safe to re-run on any revision.
   */
  readonly overwrites?: boolean;
  /** True when the result carries personal data on purpose (a disclosure): it is not masked. */
  readonly discloses?: boolean;
  run(tx: Transaction, input: z.output<S>, ctx: CommandContext): R;
}

/** Declares a command, keeping its `type` as a literal so the registry is typed by it. */
export function defineCommand<S extends z.ZodType, R = void, const T extends string = string>(
  command: Command<S, R> & { readonly type: T },
): Command<S, R> & { readonly type: T } {
  return command;
}

export type CommandInput<C> = C extends Command<infer S, unknown> ? z.input<S> : never;
export type CommandResultOf<C> = C extends Command<z.ZodType, infer R> ? R : never;

/** Everything a successful command produced: the next snapshot and the effects as data. */
export interface CommandOutcome<R = unknown> {
  readonly snapshot: Snapshot;
  readonly patches: readonly Patch[];
  readonly inversePatches: readonly Patch[];
  readonly changes: readonly EntityChange[];
  readonly events: readonly DomainEvent[];
  readonly result: R;
}

/**
 * The command's input, parsed strictly: nested no deeper than `maxInputDepth`, valid by its
 * schema, and carrying no key the schema does not know.
 */
export function parseInput<S extends z.ZodType, R>(
  command: Command<S, R>,
  input: unknown,
): Result<z.output<S>, DangjianError> {
  const deep = tooDeepAt(input);
  if (deep) return err(inputError(deep, (field) => phrase(inputMessages.tooDeep, { field, limit: maxInputDepth })));
  const parsed = validate(command.input, input);
  if (!parsed.ok) return parsed;
  const unknown = unknownKeyAt(input, parsed.value);
  if (unknown)
    return err(inputError(unknown, (field) => phrase(inputMessages.unknownKey, { field, command: command.type })));
  return parsed;
}

function inputError(path: readonly (string | number)[], say: (field: string) => Phrase): ValidationError {
  const field = path.join('.') || '(root)';
  return new ValidationError({ ...say(field), field });
}

/** Checks who acts; a malformed actor is a typed error result like a malformed input. */
export function parseContext(ctx: {
  readonly actor: Actor;
  readonly now: string;
}): Result<CommandContext, DangjianError> {
  const actor = validate(ActorSchema, ctx.actor, { prefix: ['actor'] });
  return actor.ok ? ok({ actor: actor.value, now: ctx.now }) : actor;
}

/** Runs an already-parsed input. The base snapshot is never touched, whatever happens. */
export function runParsed<S extends z.ZodType, R>(
  snapshot: Snapshot,
  command: Command<S, R>,
  input: z.output<S>,
  ctx: CommandContext,
): Result<CommandOutcome<R>, DangjianError> {
  const tx = new Transaction(snapshot);
  let result: R;
  try {
    result = command.run(tx, input, ctx);
  } catch (error) {
    if (isDangjianError(error)) return err(error);
    throw error;
  }
  const done = tx.finish();
  return ok({ ...done, events: tx.events(ctx.now, ctx.actor.id), result });
}

/**
 * `(snapshot, input, ctx) → next snapshot, patches, events` or a typed error: the pure heart
 * of the kit. Validates the input against the command's schema first.
 */
export function executeCommand<S extends z.ZodType, R>(
  snapshot: Snapshot,
  command: Command<S, R>,
  input: unknown,
  ctx: { readonly actor: Actor; readonly now: string },
): Result<CommandOutcome<R>, DangjianError> {
  const parsed = parseInput(command, input);
  if (!parsed.ok) return parsed;
  const context = parseContext(ctx);
  if (!context.ok) return context;
  return runParsed(snapshot, command, parsed.value, context.value);
}
