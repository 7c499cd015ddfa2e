import { createMemoryStore } from '@dangjian/adapters/memory';
import { commandTypes, seedTenant, verifyAudit, type Store } from '@dangjian/core';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { identities, scopedAt, scopedRecords, scopedTenant } from '../fixtures/scoped-street.js';
import { regionalSetup } from '../fixtures/command-examples.js';
import { bodyFor } from '../fixtures/fuzz-inputs.js';
import { credentials, testHandler, type RestHandlerLike, type TestIdentity } from './targets/rest-server.js';

// The command route under generated bodies: for every command type, at least 1,000 bodies — valid
// examples with one field replaced, dropped or added (so most reach the command's rules and many
// commit), objects of the input's own keys with plausible and hostile values (ids of the fixture,
// dates, NUL, lone surrogates, huge strings, wrong types, unknown keys) and arbitrary JSON. Whatever
// comes in: never a 500, never an untyped error body, and no state change after a refusal.

const tenant = scopedTenant;
const runsPerType = Number(process.env['DJ_FUZZ_RUNS'] ?? 1000);

const commandRequest = (body: unknown, actor: Omit<TestIdentity, 'tenant'>): Request =>
  new Request(`http://dangjian.test/api/tenants/${tenant}/commands`, {
    method: 'POST',
    headers: { ...credentials({ tenant, ...actor }), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const actors = fc.constantFrom(
  identities.districtAdmin,
  identities.branchSecretary,
  identities.member,
  identities.resident,
);

describe('REST command route: fuzzed bodies', () => {
  let store: Store;
  let handler: RestHandlerLike;
  const tally = { requests: 0, ok: 0, refused: 0, status500: 0, untyped: 0, changedAfterRefusal: 0 };

  let known = 0;
  /** The store's revision, read from the audit log's tail (one record per revision) rather than a full load. */
  const revision = async (): Promise<number> => {
    known = (await store.readAudit(tenant, { afterSeq: known })).at(-1)?.revision ?? known;
    return known;
  };

  beforeAll(async () => {
    store = createMemoryStore();
    await seedTenant(store, tenant, scopedRecords, { actorId: 'seed', at: scopedAt });
    handler = testHandler(store);
    for (const { type, input } of regionalSetup) {
      const response = await handler(commandRequest({ type, input }, identities.districtAdmin));
      if (response.status !== 200) throw new Error(`setup ${type}: ${await response.text()}`);
    }
  });

  it.each(commandTypes)(
    `%s: ${runsPerType} bodies, no 500, every error typed, nothing changed by a refusal`,
    async (type) => {
      await fc.assert(
        fc.asyncProperty(bodyFor(type), actors, async (body, actor) => {
          const before = await revision();
          const response = await handler(
            new Request(`http://dangjian.test/api/tenants/${tenant}/commands`, {
              method: 'POST',
              headers: { ...credentials({ tenant, ...actor }), 'content-type': 'application/json' },
              body: JSON.stringify(body),
            }),
          );
          const after = await revision();
          const json = (await response.json()) as { name?: unknown; code?: unknown; text?: Record<string, unknown> };
          tally.requests++;
          if (response.status === 500) tally.status500++;
          expect(response.status).not.toBe(500);
          if (response.status === 200) {
            tally.ok++;
            expect(after).toBe(before + 1);
            return;
          }
          tally.refused++;
          const typed =
            json['name'] === 'DangjianError' &&
            typeof json['code'] === 'string' &&
            typeof json['text']?.['zh-CN'] === 'string' &&
            typeof json['text']?.['en'] === 'string';
          if (!typed) tally.untyped++;
          expect(typed, JSON.stringify(json).slice(0, 300)).toBe(true);
          if (after !== before) tally.changedAfterRefusal++;
          expect(after).toBe(before);
        }),
        { numRuns: runsPerType, interruptAfterTimeLimit: 120_000 },
      );
    },
    180_000,
  );

  it('leaves a valid audit chain behind, and counts what it did', async () => {
    console.info('fuzz tally', JSON.stringify(tally));
    const state = await store.load(tenant);
    expect(verifyAudit(await store.readAudit(tenant), { revision: state.revision })).toEqual([]);
    expect(tally.requests).toBeGreaterThanOrEqual(commandTypes.length * runsPerType);
    expect({
      status500: tally.status500,
      untyped: tally.untyped,
      changedAfterRefusal: tally.changedAfterRefusal,
    }).toEqual({
      status500: 0,
      untyped: 0,
      changedAfterRefusal: 0,
    });
  });
});
