import { createMemoryStore } from '@dangjian/adapters/memory';
import { seedTenant, type Store } from '@dangjian/core';
import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seededAt, streetRecords, streetTenant } from '../fixtures/street.js';
import { credentials, serveHandler, testHandler, type LoopbackServer } from './targets/rest-server.js';

// A client that goes away must not leave a partial write. The store's commit is atomic, so the
// handler's part is never to start one for a request that is already aborted.

const tenant = streetTenant;
const at = seededAt;
const url = `http://dangjian.test/api/tenants/${tenant}/commands`;
const alice = credentials({ tenant, id: 'alice', roles: ['districtAdmin'] });
// A command that would succeed: only the abort can stop it.
const body = JSON.stringify({ type: 'org.rename', input: { orgId: 'b1', name: '第一网格党支部' } });

/** A store that counts the commits it was asked for. */
function counting(inner: Store): Store & { commits: number } {
  const store = {
    commits: 0,
    load: (tenant: string) => inner.load(tenant),
    commit: (commit: Parameters<Store['commit']>[0]) => {
      store.commits++;
      return inner.commit(commit);
    },
    readAudit: (tenant: string, query?: Parameters<Store['readAudit']>[1]) => inner.readAudit(tenant, query),
    close: () => inner.close(),
  };
  return store;
}

describe('REST handler: aborted requests', () => {
  let store: Store & { commits: number };
  let before: unknown;

  beforeEach(async () => {
    store = counting(createMemoryStore());
    await seedTenant(store, tenant, streetRecords, { actorId: 'seed', at });
    store.commits = 0;
    before = { state: await store.load(tenant), audit: await store.readAudit(tenant) };
  });

  const unchanged = async () => {
    expect(store.commits).toBe(0);
    expect({ state: await store.load(tenant), audit: await store.readAudit(tenant) }).toEqual(before);
  };

  it('never starts a commit for a request aborted before it arrives', async () => {
    const controller = new AbortController();
    controller.abort();
    const request = new Request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...alice },
      body,
      signal: controller.signal,
    });
    await testHandler(store)(request);
    await unchanged();
  });

  it('never starts a commit when the client goes while the body is being read', async () => {
    const controller = new AbortController();
    const stream = new ReadableStream<Uint8Array>({
      pull(source) {
        source.enqueue(new TextEncoder().encode(body));
        // The whole body has arrived, then the client disconnects before the handler commits.
        controller.abort();
        source.close();
      },
    });
    const request = new Request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...alice },
      body: stream,
      signal: controller.signal,
      duplex: 'half',
    } as RequestInit);
    await testHandler(store)(request);
    await unchanged();
  });

  describe('over node:http', () => {
    let server: LoopbackServer;
    let handled: Promise<Response>;
    let onError: ReturnType<typeof vi.fn<(error: unknown) => void>>;

    beforeEach(async () => {
      onError = vi.fn<(error: unknown) => void>();
      const handler = testHandler(store, { onError });
      let done!: (response: Response) => void;
      handled = new Promise((resolve) => (done = resolve));
      server = await serveHandler(async (request) => {
        const response = await handler(request);
        done(response);
        return response;
      });
    });
    afterEach(() => server.close());

    it('writes nothing when the connection drops half-way through the body', async () => {
      const { port, pathname } = new URL(`${server.url}/tenants/${tenant}/commands`);
      const socket = connect(Number(port), '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      const head = [
        `POST ${pathname} HTTP/1.1`,
        'Host: 127.0.0.1',
        'Content-Type: application/json',
        `Content-Length: ${Buffer.byteLength(body)}`,
        ...Object.entries(alice).map(([name, value]) => `${name}: ${value}`),
      ];
      socket.write(`${head.join('\r\n')}\r\n\r\n${body.slice(0, body.length / 2)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      socket.destroy();
      // The handler gives up on the body (the stream errors) and answers no one; not a server failure.
      expect((await handled).status).toBe(400);
      expect(onError).not.toHaveBeenCalled();
      await unchanged();
      // The server is still serving.
      const state = await fetch(`${server.url}/tenants/${tenant}/state`, { headers: alice });
      expect(state.status).toBe(200);
    });
  });
});
