import { readFileSync } from 'node:fs';
import {
  Transaction,
  emptySnapshot,
  execute,
  moveOrg,
  renameOrg,
  type DomainEvent,
  type DomainEventOf,
  type DomainEventType,
  type Snapshot,
} from '@dangjian/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ctx, smallStreet } from './fixtures.js';

/** A subscriber: narrows each event by its type and reads that type's data without a cast. */
function describeEvent(event: DomainEvent): string {
  switch (event.type) {
    case 'org.moved':
      return `${event.subject.id}: ${event.data.from} → ${event.data.to}`;
    case 'org.renamed':
      return `${event.data.from} → ${event.data.to}`;
    case 'member.disclosed':
      return event.data.field;
    default:
      return event.type;
  }
}

function eventsOf(snapshot: Snapshot, ...runs: [typeof moveOrg | typeof renameOrg, unknown][]): DomainEvent[] {
  return runs.flatMap(([command, input]) => {
    const result = execute(snapshot, command, input, ctx);
    if (!result.ok) throw result.error;
    snapshot = result.value.snapshot;
    return result.value.events;
  });
}

describe('typed domain events', () => {
  it('gives subscribers each event with the data of its type', () => {
    const events = eventsOf(
      smallStreet(),
      [moveOrg, { orgId: 'b2', parentId: 'street' }],
      [renameOrg, { orgId: 'b1', name: '第一网格党支部' }],
    );
    expect(events.map(describeEvent)).toEqual(['b2: community → street', '第一党支部 → 第一网格党支部']);
    expect(events[0]).toMatchObject({ type: 'org.moved', at: ctx.now, actorId: ctx.actor.id });
  });

  it('narrows the union by type, at compile time', () => {
    expectTypeOf<DomainEventOf<'org.moved'>['data']>().toEqualTypeOf<
      Readonly<{ readonly from: string | null; readonly to: string | null }>
    >();
    expectTypeOf<DomainEventOf<'member.registered'>['data']>().toEqualTypeOf<undefined>();
    expectTypeOf<Extract<DomainEvent, { type: 'unit.coverageSet' }>>().toEqualTypeOf<
      DomainEventOf<'unit.coverageSet'>
    >();
    expectTypeOf<'org.moved'>().toExtend<DomainEventType>();
    expectTypeOf<'org.moving'>().not.toExtend<DomainEventType>();
  });

  it('refuses, at compile time, an emit whose data is not its type’s', () => {
    const tx = new Transaction(emptySnapshot('320402'));
    const subject = { collection: 'orgs', id: 'b1' };
    tx.emit({ type: 'org.merged', subject, data: { into: 'b2' } });
    tx.emit({ type: 'member.registered', subject });
    // @ts-expect-error `into` must be a string
    tx.emit({ type: 'org.merged', subject, data: { into: 2 } });
    // @ts-expect-error `org.merged` carries data
    tx.emit({ type: 'org.merged', subject });
    // @ts-expect-error a field `org.merged` does not have
    tx.emit({ type: 'org.merged', subject, data: { into: 'b2', from: 'b1' } });
    // @ts-expect-error not an event type
    tx.emit({ type: 'org.mergedd', subject });
    // @ts-expect-error `member.registered` carries no data
    tx.emit({ type: 'member.registered', subject, data: { id: 'm1' } });
    // The checks above are the compiler's (tsc over test/); at run time emit only records.
    expect(tx.events(ctx.now, 'tester')).toHaveLength(7);
  });

  it('keeps the event map out of the kernel: kernel/events.ts imports only from the kernel', () => {
    const source = readFileSync(new URL('../../packages/core/src/kernel/events.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
    expect(imports.length).toBeGreaterThan(0);
    for (const path of imports) expect(path).toMatch(/^\.\/[\w-]+\.js$/);
  });
});
