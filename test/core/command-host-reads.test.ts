import { MemoryStore } from '@dangjian/adapters/memory';
import { CommandHost, SimulatedClock, seedTenant, snapshotToRecords, type AuditQuery } from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallStreet } from './fixtures.js';

const tenant = '320402';
const actor = { id: 'secretary', roles: [] };

/** A real memory store that counts the catch-up queries a host sends it. */
class CountingStore extends MemoryStore {
  auditReads = 0;
  override readAudit(tenantId: string, query?: AuditQuery) {
    this.auditReads++;
    return super.readAudit(tenantId, query);
  }
}

async function seeded(): Promise<CountingStore> {
  const store = new CountingStore();
  await seedTenant(store, tenant, snapshotToRecords(smallStreet()), { actorId: 'seed', at: '2026-11-23T00:00:00Z' });
  return store;
}

/**
 * The store as a slow network would show it to one host: a catch-up reads the log when it is
 * sent and answers a moment later (a timer), so other writers commit while it is in flight.
 */
function slowAuditReads(store: MemoryStore): MemoryStore {
  return new Proxy(store, {
    get(target, name) {
      if (name === 'readAudit')
        return (id: string, query?: AuditQuery) => {
          const answer = target.readAudit(id, query);
          return new Promise((resolve) => setTimeout(resolve, 0)).then(() => answer);
        };
      const value: unknown = Reflect.get(target, name, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const hostOn = (store: MemoryStore): CommandHost =>
  new CommandHost({ store, clock: new SimulatedClock('2026-11-23T02:00:00Z') });

async function rename(host: CommandHost, i: number): Promise<number> {
  const result = await host.run(tenant, actor, { type: 'org.rename', input: { orgId: 'b1', name: `第一党支部${i}` } });
  if (!result.ok) throw result.error;
  return result.value.revision;
}

describe('CommandHost reads under many concurrent readers', () => {
  it('shares one queued catch-up among readers arriving together instead of one query each', async () => {
    const store = await seeded();
    const host = hostOn(store);
    await host.snapshot(tenant); // loaded
    store.auditReads = 0;
    const snapshots = await Promise.all(Array.from({ length: 100 }, () => host.snapshot(tenant)));
    // The first reader's catch-up starts at once; the 99 arriving before it ran share the next.
    expect(store.auditReads).toBeLessThanOrEqual(2);
    expect(new Set(snapshots.map((snapshot) => snapshot.revision)).size).toBe(1);
  });

  it('still shows every reader each write committed before it asked, whoever wrote it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ write: fc.boolean(), settle: fc.nat({ max: 3 }) }), { minLength: 1, maxLength: 25 }),
        async (steps) => {
          const store = await seeded();
          const [reader, writer] = [hostOn(slowAuditReads(store)), hostOn(store)];
          await reader.snapshot(tenant);
          let committed = 0;
          const checks: Promise<void>[] = [];
          for (const [i, step] of steps.entries()) {
            if (step.write) committed = Math.max(committed, await rename(writer, i));
            else {
              // What had committed when the reader asked is the least it may be shown.
              const floor = committed;
              checks.push(
                reader.snapshot(tenant).then((snapshot) => {
                  expect(snapshot.revision).toBeGreaterThanOrEqual(floor);
                  if (snapshot.revision === committed && floor === committed && committed > 0)
                    expect(snapshot.orgs.get('b1')?.name).toMatch(/^第一党支部\d+$/);
                }),
              );
            }
            for (let tick = 0; tick < step.settle; tick++) await Promise.resolve();
          }
          await Promise.all(checks);
          const last = await reader.snapshot(tenant);
          expect(last.revision).toBe(committed === 0 ? last.revision : committed);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('forgets a read whose tenant failed to load, so the next read tries again', async () => {
    const store = await seeded();
    let failNext = true;
    // The real store behind a proxy whose first `load` fails (as a dropped connection would).
    const flaky = new Proxy(store, {
      get(target, name) {
        if (name === 'load' && failNext) {
          failNext = false;
          return () => Promise.reject(new Error('store unavailable'));
        }
        const value: unknown = Reflect.get(target, name, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const host = hostOn(flaky);
    await expect(host.snapshot(tenant)).rejects.toThrow('store unavailable');
    await expect(host.snapshot(tenant)).resolves.toMatchObject({ tenant });
  });
});
