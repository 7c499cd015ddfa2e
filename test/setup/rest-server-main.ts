import { createMemoryStore } from '@dangjian/adapters/memory';
import { createRestHandler, toNodeListener } from '@dangjian/adapters/rest-handler';
import { seedTenant } from '@dangjian/core';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateTenant } from '../../bench/generate.js';

const tenant = '320402';
const memberCount = 20_000;

/**
 * The kit's REST handler on loopback for the browser project, as its own Node process (started by
 * test/setup/rest-server.ts): elements connected to a paging REST workspace are tested against the
 * real server. The test page comes from another origin (the vitest server), so this test server
 * answers CORS; a portal serves both from one origin. Prints its URL, then serves until killed.
 */
const store = createMemoryStore();
await seedTenant(store, tenant, generateTenant(memberCount).records, {
  actorId: 'seed',
  at: '2026-11-23T02:00:00.000Z',
});
const handler = createRestHandler(store, {
  basePath: '/api',
  authenticate: () => ({ tenant, actor: { id: 'street-admin', roles: ['streetAdmin'], orgId: 'street' } }),
  clock: { now: () => '2026-11-23T02:00:00.000Z' },
});
const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type' };
const server = createServer(
  toNodeListener(async (request) => {
    if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: cors });
    const response = await handler(request);
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(cors)) headers.set(name, value);
    return new Response(response.body, { status: response.status, headers });
  }),
);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;
console.log(JSON.stringify({ url: `http://127.0.0.1:${port}/api`, tenant, members: memberCount }));
