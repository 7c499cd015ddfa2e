import { createMemoryStore } from '@dangjian/adapters/memory';
import {
  commandTypes,
  commands,
  containsPiiShape,
  isDangjianError,
  seedTenant,
  SimulatedClock,
  verifyAudit,
  Workspace,
  type Command,
  type Store,
} from '@dangjian/core';
import type { z } from 'zod';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identities, scopedAt, scopedRecords, scopedTenant } from '../fixtures/scoped-street.js';
import { credentials, testHandler, type RestHandlerLike } from '../adapters/targets/rest-server.js';
import { recordFigure } from './support/figures.js';
import { sized } from './support/scale.js';
import { bodyFor, inputFor, pathSegment, queryString } from '../fixtures/fuzz-inputs.js';

// Bad input, generated: for every command, ≥ 1,000 inputs through a local Workspace (the command
// host and core), and for every REST route ≥ 1,000 requests (the command route per command
// type, the read routes with generated ids and query strings, junk bodies). Whatever comes in:
// no untyped error, no 5xx, no state change after a refusal, no ID-number or mobile shape in
// any error.

const tenant = scopedTenant;
const runs = sized(1000, 200, 'DJ_FUZZ_RUNS');
const timeLimitMs = 300_000;
const clock = new SimulatedClock('2026-11-23T05:00:00.000Z');
const actors = fc.constantFrom(...Object.values(identities));

const tally = {
  commandRuns: 0,
  commandRefusals: 0,
  commandUntypedErrors: 0,
  commandChangedAfterRefusal: 0,
  commandPiiInErrors: 0,
  routeRequests: 0,
  routeRefusals: 0,
  route5xx: 0,
  routeUntypedErrors: 0,
  routeChangedAfterRefusal: 0,
  routePiiInErrors: 0,
};
const perRoute: Record<string, number> = {};

/** Is this a kit error on the wire: name, code and both languages? */
function typedBody(json: unknown): boolean {
  const body = json as { name?: unknown; code?: unknown; text?: Record<string, unknown> } | null;
  return (
    body?.name === 'DangjianError' &&
    typeof body.code === 'string' &&
    typeof body.text?.['zh-CN'] === 'string' &&
    typeof body.text['en'] === 'string'
  );
}

afterAll(() => {
  recordFigure('bad-input-fuzz', {
    title: 'Bad input: generated commands and requests',
    setup: `fast-check, ${runs} inputs per command (${commandTypes.length} commands) through a local Workspace, and ${runs} requests per command type on POST …/commands and per read route (${Object.keys(perRoute).length} routes and junk bodies), as 8 roles; real ID numbers and phones among the values`,
    counts: { ...tally, ...Object.fromEntries(Object.entries(perRoute).map(([route, n]) => [`requests ${route}`, n])) },
    mustBeZero: [
      'commandUntypedErrors',
      'commandChangedAfterRefusal',
      'commandPiiInErrors',
      'route5xx',
      'routeUntypedErrors',
      'routeChangedAfterRefusal',
      'routePiiInErrors',
    ],
  });
});

describe('bad input through a local Workspace: every command', () => {
  let store: Store;
  let workspace: Workspace;

  beforeAll(async () => {
    store = createMemoryStore();
    await seedTenant(store, tenant, scopedRecords, { actorId: 'seed', at: scopedAt });
    workspace = await Workspace.open({ store, tenant, clock, actor: { id: 'fuzz', roles: ['districtAdmin'] } });
  });

  it.each(commandTypes)(`%s: ${runs} inputs, every refusal typed, nothing changed by one`, async (type) => {
    await fc.assert(
      fc.asyncProperty(inputFor(type), actors, async (input, actor) => {
        const before = (await store.load(tenant)).revision;
        tally.commandRuns++;
        let refusal: unknown;
        try {
          const command = commands[type] as Command<z.ZodType, unknown>;
          const result = await workspace.run(command, input, { actor: { ...actor, roles: [...actor.roles] } });
          if (result.ok) return;
          refusal = result.error;
        } catch (error) {
          refusal = error;
        }
        tally.commandRefusals++;
        const typed = isDangjianError(refusal);
        if (!typed) tally.commandUntypedErrors++;
        const wire = JSON.stringify(isDangjianError(refusal) ? refusal.toJSON() : String(refusal));
        if (containsPiiShape(wire)) tally.commandPiiInErrors++;
        const after = (await store.load(tenant)).revision;
        if (after !== before) tally.commandChangedAfterRefusal++;
        expect(typed, wire.slice(0, 300)).toBe(true);
        expect(containsPiiShape(wire), 'an error echoed a personal number').toBe(false);
        expect(after).toBe(before);
      }),
      { numRuns: runs, interruptAfterTimeLimit: timeLimitMs },
    );
  });

  it('leaves a valid audit chain', async () => {
    const { revision } = await store.load(tenant);
    expect(verifyAudit(await store.readAudit(tenant), { revision })).toEqual([]);
  });
});

describe('bad input through every REST route', () => {
  let store: Store;
  let handler: RestHandlerLike;

  beforeAll(async () => {
    store = createMemoryStore();
    await seedTenant(store, tenant, scopedRecords, { actorId: 'seed', at: scopedAt });
    handler = testHandler(store);
  });

  /** Sends one request and counts what the issue asks for; a 200 on a write must be one revision. */
  async function probe(route: string, method: 'GET' | 'POST', path: string, actor: object, body?: BodyInit) {
    const before = (await store.load(tenant)).revision;
    const headers: Record<string, string> = credentials({ tenant, ...(actor as { id: string }) });
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await handler(
      new Request(`http://dangjian.test/api${path}`, { method, headers, ...(body !== undefined && { body }) }),
    );
    const text = await response.text();
    const after = (await store.load(tenant)).revision;
    tally.routeRequests++;
    perRoute[route] = (perRoute[route] ?? 0) + 1;
    if (response.status >= 500) tally.route5xx++;
    expect(response.status, text.slice(0, 300)).toBeLessThan(500);
    if (response.status === 200) {
      expect(after - before).toBe(method === 'POST' ? 1 : 0);
      return;
    }
    tally.routeRefusals++;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (!typedBody(json)) tally.routeUntypedErrors++;
    if (containsPiiShape(text)) tally.routePiiInErrors++;
    if (after !== before) tally.routeChangedAfterRefusal++;
    expect(typedBody(json), text.slice(0, 300)).toBe(true);
    expect(containsPiiShape(text), 'an error body echoed a personal number').toBe(false);
    expect(after).toBe(before);
  }

  it.each(commandTypes)(`POST …/commands, %s: ${runs} bodies`, async (type) => {
    await fc.assert(
      fc.asyncProperty(bodyFor(type), actors, (body, actor) =>
        probe('POST commands', 'POST', `/tenants/${tenant}/commands`, actor, JSON.stringify(body)),
      ),
      { numRuns: runs, interruptAfterTimeLimit: timeLimitMs },
    );
  });

  it(`POST …/commands: ${runs} junk bodies (not JSON, wrong shapes, huge)`, async () => {
    const junk = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.jsonValue({ maxDepth: 6 }).map((value) => JSON.stringify(value)),
      fc.constantFrom('', '{', '{"type":', '[]', 'null', '{"type":"org.rename"}', `${'['.repeat(5000)}`),
      fc
        .nat({ max: 40 })
        .map((depth) => `{"type":"org.rename","input":${'{"a":'.repeat(depth * 3)}1${'}'.repeat(depth * 3)}}`),
    );
    await fc.assert(
      fc.asyncProperty(junk, actors, (body, actor) =>
        probe('POST commands (junk)', 'POST', `/tenants/${tenant}/commands`, actor, body),
      ),
      { numRuns: runs, interruptAfterTimeLimit: timeLimitMs },
    );
  });

  const reads: [string, fc.Arbitrary<string>][] = [
    ['GET state', queryString.map((query) => `/tenants/${tenant}/state?${query}`)],
    ['GET members', queryString.map((query) => `/tenants/${tenant}/members?${query}`)],
    [
      'GET members/{id}',
      fc.tuple(pathSegment, queryString).map(([id, query]) => `/tenants/${tenant}/members/${id}?${query}`),
    ],
    [
      'GET orgs/{id}/subtree',
      fc.tuple(pathSegment, queryString).map(([id, query]) => `/tenants/${tenant}/orgs/${id}/subtree?${query}`),
    ],
    ['GET audit', queryString.map((query) => `/tenants/${tenant}/audit?${query}`)],
    ['GET (any tenant, any path)', fc.tuple(pathSegment, pathSegment).map(([a, b]) => `/tenants/${a}/${b}`)],
  ];

  it.each(reads)(`%s: ${runs} requests`, async (route, paths) => {
    await fc.assert(
      fc.asyncProperty(paths, actors, (path, actor) => probe(route, 'GET', path, actor)),
      { numRuns: runs, interruptAfterTimeLimit: timeLimitMs },
    );
  });
});
