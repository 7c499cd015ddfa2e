import { createMemoryStore } from '@dangjian/adapters/memory';
import { createRestHandler, toNodeListener } from '@dangjian/adapters/rest-handler';
import { seedTenant, type Store } from '@dangjian/core';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateTenant, seededRandom, type GeneratedTenant } from '../generate.js';
import { formatMs, median } from '../stats.js';

// A command over HTTP on a 1,000- and on a 100,000-member tenant, through the real handler on
// loopback: the server keeps each tenant warm and catches up from the audit log, so a command's
// cost must not grow with the tenant (target: ratio ≤ 2).

const tenant = '320402';
const commandsPerRun = 300;
const actor = { id: 'street-admin', roles: ['streetAdmin'], orgId: 'street' };

interface Served {
  readonly url: string;
  readonly generated: GeneratedTenant;
  close(): Promise<void>;
}

async function serve(members: number): Promise<Served> {
  const store: Store = createMemoryStore();
  const generated = generateTenant(members);
  await seedTenant(store, tenant, generated.records, { actorId: 'seed', at: '2026-11-23T02:00:00.000Z' });
  const handler = createRestHandler(store, {
    authenticate: () => ({ tenant, actor }),
    clock: { now: () => '2026-11-23T02:00:00.000Z' },
  });
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/tenants/${tenant}/commands`,
    generated,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function body(generated: GeneratedTenant, i: number, pick: <T>(items: readonly T[]) => T): unknown {
  switch (i % 3) {
    case 0:
      return { type: 'org.rename', input: { orgId: pick(generated.branchIds), name: `党支部${i}` } };
    case 1:
      return { type: 'member.addSkill', input: { memberId: `m${i % 1000}`, skill: `特长${i % 7}` } };
    default:
      return {
        type: 'member.register',
        input: {
          id: `new${i}`,
          name: '新党员',
          gender: 'female',
          birthDate: '1999-09-09',
          stage: 'probationary',
          relationOrgId: pick(generated.branchIds),
        },
      };
  }
}

async function timeCommands(served: Served): Promise<number[]> {
  const random = seededRandom(11);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const post = async (payload: unknown) => {
    const response = await fetch(served.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
  };
  // The first request loads the tenant into the server: that is opening it, not a command.
  await post({ type: 'org.rename', input: { orgId: served.generated.branchIds[0]!, name: '预热' } });
  const samples: number[] = [];
  for (let i = 0; i < commandsPerRun; i++) {
    const payload = body(served.generated, i, pick);
    const began = performance.now();
    await post(payload);
    samples.push(performance.now() - began);
  }
  return samples;
}

export async function runRestCommandBench(): Promise<string> {
  const rows: string[] = [];
  const medians: number[] = [];
  for (const members of [1_000, 100_000]) {
    const served = await serve(members);
    try {
      const samples = await timeCommands(served);
      medians.push(median(samples));
      rows.push(`| ${members.toLocaleString('en')} members | ${formatMs(median(samples))} |`);
    } finally {
      await served.close();
    }
  }
  const ratio = medians[1]! / medians[0]!;
  return [
    `| tenant | median per command over HTTP (${commandsPerRun} mixed: rename, add a skill, register) |`,
    '|---|---|',
    ...rows,
    '',
    `Ratio 100k / 1k: **${ratio.toFixed(2)}** (target ≤ 2).`,
  ].join('\n');
}
