import type { Draft } from 'immer';
import { defineCommand, type Command } from '../../kernel/command.js';
import type { DataFreeEventType } from '../../kernel/events.js';
import type { Transaction } from '../../kernel/transaction.js';
import { IdSchema } from '../../schema/common.js';
import type { Member } from '../../schema/member.js';
import { z } from '../../schema/zod.js';

/** A member command's parsed input: its own fields plus the member it is about. */
export type MemberCommandInput<S extends z.ZodRawShape> = z.output<z.ZodObject<S>> & { readonly memberId: string };

/**
 * The shape every single-member command shares: an input with `memberId`, a check that the member
 * exists, one update, one event. Each member command file says only what is its own.
 */
export function defineMemberCommand<S extends z.ZodRawShape, const T extends string>(options: {
  readonly type: T;
  readonly event: DataFreeEventType;
  /** See `Command.overwrites`: the input replaces values the caller read (a list, a card). */
  readonly overwrites?: boolean;
  readonly fields: S;
  readonly check?: (tx: Transaction, member: Member, input: MemberCommandInput<S>) => void;
  readonly apply: (draft: Draft<Member>, input: MemberCommandInput<S>) => void;
}): Command<z.ZodType<MemberCommandInput<S>>, Member> & { readonly type: T } {
  const input = z.object({ memberId: IdSchema, ...options.fields }) as unknown as z.ZodType<MemberCommandInput<S>>;
  return defineCommand({
    type: options.type,
    input,
    ...(options.overwrites && { overwrites: true }),
    subject: (value) => ({ collection: 'members', id: value.memberId }),
    run(tx, value) {
      const member = tx.require('members', value.memberId, 'memberId');
      options.check?.(tx, member, value);
      const updated = tx.update('members', value.memberId, (draft) => options.apply(draft, value));
      tx.emit({ type: options.event, subject: { collection: 'members', id: value.memberId } });
      return updated;
    },
  });
}
