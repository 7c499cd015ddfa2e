import type { Member } from '@dangjian/core';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What a peer would write: a bare `node:http` handler over the members in memory. A page is the
 * same 50 member objects the kit returned, stringified per request; a command adds a skill to a
 * member and answers in the kit's shape (revision, audit number, patch, change, event, result).
 */
export async function serveBaseline(
  page: {
    readonly total: number;
    readonly offset: number;
    readonly limit: number;
    readonly revision: number;
    readonly items: readonly unknown[];
  },
  members: readonly Member[],
  now: string,
): Promise<{ readonly origin: string; close(): Promise<void> }> {
  const byId = new Map(members.map((member) => [member.id, member]));
  let revision = page.revision;
  const server: Server = createServer((request, response) => {
    if (request.method === 'GET') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(page));
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const { input } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        input: { memberId: string; skill: string };
      };
      const member = byId.get(input.memberId);
      if (!member) {
        response.writeHead(404).end();
        return;
      }
      const skills = [...(member.skills ?? []), input.skill];
      const next = { ...member, skills };
      byId.set(member.id, next);
      revision++;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          revision,
          auditSeq: revision,
          patches: [{ op: 'add', path: ['members', member.id, 'skills'], value: skills }],
          changes: [{ collection: 'members', id: member.id, value: next }],
          events: [
            { type: 'member.updated', subject: { collection: 'members', id: member.id }, at: now, actorId: 'bench' },
          ],
          result: next,
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
