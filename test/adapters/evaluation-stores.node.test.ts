import {
  closeEvaluation,
  evaluationReport,
  seedTenant,
  SimulatedClock,
  snapshotToRecords,
  submitRating,
  Workspace,
  type Store,
} from '@dangjian/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kangleReview, reviewAt, reviewId } from '../fixtures/kangle-review.js';
import type { StoreTarget } from './conformance/target.js';
import { pgliteTarget } from './targets/pglite.js';
import { postgresTarget } from './targets/postgres.js';

// A 民主评议 round kept in PGlite and in a real PostgreSQL: ballots, the close and the decided
// ratings come back from the store as they were written, and the report reads the same.

describe.each([pgliteTarget, postgresTarget])('an evaluation round in $name', (target: StoreTarget) => {
  let store: Store;
  beforeAll(async () => {
    store = await target.open();
  }, 180_000);
  afterAll(async () => {
    await target.close(store);
  });

  it('stores ballots and the close, and reads back the same report', async () => {
    const snapshot = kangleReview();
    await seedTenant(store, snapshot.tenant, snapshotToRecords(snapshot), { actorId: 'seed', at: reviewAt });
    const open = () =>
      Workspace.open({
        store,
        tenant: snapshot.tenant,
        clock: new SimulatedClock(reviewAt),
        actor: { id: 'kb1-secretary' },
      });
    const workspace = await open();
    const peer = await workspace.run(submitRating, {
      id: 'peer-19',
      evaluationId: reviewId,
      raterKind: 'peer',
      raterId: 'k-employed-19',
      marks: [{ subjectId: 'k-employed-21', grade: 'excellent' }],
    });
    expect(peer.ok).toBe(true);
    expect((await workspace.run(closeEvaluation, { evaluationId: reviewId })).ok).toBe(true);
    const written = evaluationReport(workspace.snapshot, reviewId)!;
    const read = evaluationReport((await open()).snapshot, reviewId)!;
    expect(read).toEqual(written);
    expect(read.data.state).toBe('closed');
    expect(read.data.excellent).toEqual({ count: 6, rated: 16, over: true });
  });
});
