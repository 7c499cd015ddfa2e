import { createMemoryStore } from '@dangjian/adapters/memory';
import { createRestHandler, toNodeListener } from '@dangjian/adapters/rest-handler';
import { seedTenant } from '@dangjian/core';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Figure } from '../figure.js';
import { generateTenant, seededRandom, type GeneratedTenant } from '../generate.js';
import type { BenchOptions } from '../options.js';
import { formatMs, formatSpread, median, spread } from '../stats.js';

// Issue 9: a command over HTTP on a 100,000-member tenant costs at most 2× one on a 1,000-member
// tenant. The server keeps each tenant warm and catches up from the audit log, so the cost of a
// command must not follow the tenant's size. One request at a time (this is cost, not throughput).

const tenant = '320402';
const actor = { id: 'street-admin', roles: ['streetAdmin'], orgId: 'street' };
const commandsPerRun = 150;

interface Served {
  readonly url: string;
  readonly generated: GeneratedTenant;
  close(): Promise<void>;
}

async function serve(members: number): Promise<Served> {
  const store = createMemoryStore();
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
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Rename a branch, add a skill, register a member: the i-th of a mix that never conflicts. */
function body(generated: GeneratedTenant, i: number, pick: <T>(items: readonly T[]) => T): unknown {
  if (i % 3 === 0) return { type: 'org.rename', input: { orgId: pick(generated.branchIds), name: `党支部${i}` } };
  if (i % 3 === 1) return { type: 'member.addSkill', input: { memberId: `m${i % 1000}`, skill: `特长${i % 7}` } };
  const input = { id: `new${i}`, name: '新党员', gender: 'female', birthDate: '1999-09-09', stage: 'probationary' };
  return { type: 'member.register', input: { ...input, relationOrgId: pick(generated.branchIds) } };
}

async function medianCommandMs(served: Served, run: number): Promise<number> {
  const random = seededRandom(11 + run);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const samples: number[] = [];
  for (let i = 0; i < commandsPerRun; i++) {
    const payload = JSON.stringify(body(served.generated, run * commandsPerRun + i, pick));
    const began = performance.now();
    const response = await fetch(served.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: payload,
    });
    await response.arrayBuffer();
    samples.push(performance.now() - began);
    if (response.status !== 200) throw new Error(`HTTP ${response.status} for ${payload}`);
  }
  return median(samples);
}

export async function restScaleFigures(options: BenchOptions): Promise<Figure[]> {
  const small = await serve(1_000);
  const large = await serve(options.members);
  try {
    // The first request loads the tenant into the server: that is opening it, not a command.
    await medianCommandMs(small, 99);
    await medianCommandMs(large, 99);
    const ratios: number[] = [];
    const smallMs: number[] = [];
    const largeMs: number[] = [];
    for (let run = 0; run < options.runs; run++) {
      // The order alternates, so neither size always runs on a warmer machine.
      let [a, b] = [0, 0];
      if (run % 2 === 0) [a, b] = [await medianCommandMs(small, run), await medianCommandMs(large, run)];
      else [b, a] = [await medianCommandMs(large, run), await medianCommandMs(small, run)];
      smallMs.push(a);
      largeMs.push(b);
      ratios.push(b / a);
    }
    return [
      {
        id: 'rest.commandScale',
        title: `A command over HTTP, ${options.members.toLocaleString('en')} vs 1,000 members`,
        unit: `median per command at ${options.members.toLocaleString('en')} ÷ at 1,000`,
        spread: spread(ratios),
        runs: options.runs,
        budget: { max: 2 },
        detail: [
          `| tenant | median per command (min / median / max of ${options.runs} runs of ${commandsPerRun}) |`,
          '|---|---|',
          `| 1,000 members | ${formatSpread(spread(smallMs), formatMs)} |`,
          `| ${options.members.toLocaleString('en')} members | ${formatSpread(spread(largeMs), formatMs)} |`,
          '',
          'The real handler on loopback over a memory store, one request at a time, a mix of rename, add a skill and register; the server keeps the tenant warm (the first request, which loads it, is not timed).',
        ].join('\n'),
      },
    ];
  } finally {
    await small.close();
    await large.close();
  }
}
