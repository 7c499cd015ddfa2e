import { commandTypes, execute, snapshotFromRecords, type Snapshot } from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { commandExamples, pointsAwarder, regionalSetup } from '../fixtures/command-examples.js';
import { scopedRecords, scopedTenant } from '../fixtures/scoped-street.js';

// The examples fuzzing starts from must be valid: each runs on the fixture as it is written.

const ctx = { actor: { id: 'tester', roles: [] }, now: '2026-11-23T02:00:00.000Z' };

function regionalStreet(): Snapshot {
  let snapshot = snapshotFromRecords(scopedTenant, 1, scopedRecords);
  for (const { type, input } of regionalSetup) {
    const result = execute(snapshot, type, input, ctx);
    if (!result.ok) throw result.error;
    snapshot = result.value.snapshot;
  }
  return snapshot;
}

describe('command examples', () => {
  it('has one for every registered command type', () => {
    expect(Object.keys(commandExamples).sort()).toEqual([...commandTypes].sort());
  });

  it.each(commandTypes)('%s: the example runs on the regional street', (type) => {
    let snapshot = regionalStreet();
    // Commands that act on something the example itself creates first (a new group to merge or dissolve).
    if (type === 'org.merge' || type === 'org.dissolve') {
      const created = execute(snapshot, 'org.create', commandExamples['org.create'](1), ctx);
      if (!created.ok) throw created.error;
      snapshot = created.value.snapshot;
    }
    if (type === 'member.removeSkill' || type === 'member.markReturn' || type === 'member.markFound') {
      const before = {
        'member.removeSkill': 'member.addSkill',
        'member.markReturn': 'member.markOutflow',
        'member.markFound': 'member.markLostContact',
      } as const;
      const prior = execute(snapshot, before[type], commandExamples[before[type]](1), ctx);
      if (!prior.ok) throw prior.error;
      snapshot = prior.value.snapshot;
    }
    // The scheme names who may award points: awards run as one of them; a revoke needs an award first.
    const awarder = { ...ctx, actor: pointsAwarder };
    if (type === 'points.revoke') {
      const award = execute(snapshot, 'points.award', commandExamples['points.award'](1), awarder);
      if (!award.ok) throw award.error;
      snapshot = award.value.snapshot;
    }
    const result = execute(snapshot, type, commandExamples[type](1), type === 'points.award' ? awarder : ctx);
    expect(result.ok || result.error).toBe(true);
  });
});
