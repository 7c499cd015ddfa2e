import { MemoryStore } from '@dangjian/adapters/memory';
import { createRestHandler, toNodeListener, type RestHandler } from '@dangjian/adapters/rest-handler';
import { seedTenant } from '@dangjian/core';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { seededAt, streetRecords, streetTenant } from '../fixtures/street.js';

// toNodeListener writes the handler's own JSON straight from its text and streams any other
// Response: both must reach a real node:http client the same as the fetch handler answered.

const actor = { id: 'admin', roles: ['streetAdmin'], orgId: streetRecords.orgs[0]!.id };

async function served(handler: RestHandler): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function kitHandler(): Promise<RestHandler> {
  const store = new MemoryStore();
  await seedTenant(store, streetTenant, streetRecords, { actorId: 'seed', at: seededAt });
  return createRestHandler(store, { authenticate: () => ({ tenant: streetTenant, actor }) });
}

describe('toNodeListener', () => {
  it('sends the kit’s JSON byte for byte with its headers, as the fetch handler answered it', async () => {
    const handler = await kitHandler();
    const path = `/tenants/${streetTenant}/members?limit=3`;
    const direct = await handler(new Request(`http://kit.test${path}`));
    const server = await served(handler);
    try {
      const response = await fetch(server.origin + path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.text()).toBe(await direct.text());
    } finally {
      await server.close();
    }
  });

  it('streams a Response the portal built itself, cookies included', async () => {
    const chunks = ['{"a":', '1,"b":', '"二"}'];
    const handler: RestHandler = () =>
      Promise.resolve(
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
              controller.close();
            },
          }),
          {
            status: 201,
            headers: [
              ['set-cookie', 'a=1'],
              ['set-cookie', 'b=2'],
              ['x-portal', 'yes'],
            ],
          },
        ),
      );
    const server = await served(handler);
    try {
      const response = await fetch(server.origin + '/anything');
      expect(response.status).toBe(201);
      expect(response.headers.get('x-portal')).toBe('yes');
      expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
      expect(await response.json()).toEqual({ a: 1, b: '二' });
    } finally {
      await server.close();
    }
  });

  it('streams what is left of a kit response a wrapper already read from', async () => {
    const inner = await kitHandler();
    // A portal's wrapper that logs the body's size, then hands on a fresh Response of the same text.
    const handler: RestHandler = async (request) => {
      const response = await inner(request);
      const text = await response.text();
      return new Response(text, { status: response.status, headers: response.headers });
    };
    const server = await served(handler);
    try {
      const response = await fetch(`${server.origin}/tenants/${streetTenant}/members?limit=2`);
      expect((await response.json()) as { items: unknown[] }).toMatchObject({ limit: 2 });
    } finally {
      await server.close();
    }
  });
});
