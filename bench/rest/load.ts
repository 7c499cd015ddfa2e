import { Agent, request } from 'node:http';
import { median } from '../stats.js';

// A bounded loopback load loop (what autocannon does, without the dependency): `connections`
// keep-alive sockets, each sending its next request as soon as the last answer is read, for
// `seconds`. Latencies are kept to report p99.

export interface LoadResult {
  readonly requests: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
}

export interface LoadSpec {
  readonly url: string;
  readonly method: 'GET' | 'POST';
  /** The body of the i-th request (POST). */
  body?(i: number): string;
  readonly connections: number;
  readonly seconds: number;
}

function send(agent: Agent, spec: LoadSpec, i: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = spec.body?.(i);
    const req = request(
      spec.url,
      {
        agent,
        method: spec.method,
        headers:
          body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        response.on('data', () => undefined);
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function load(spec: LoadSpec): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: spec.connections });
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const began = performance.now();
  const until = began + spec.seconds * 1000;
  const worker = async (): Promise<void> => {
    while (performance.now() < until) {
      const sent = performance.now();
      const status = await send(agent, spec, next++).catch(() => 0);
      latencies.push(performance.now() - sent);
      if (status !== 200) errors++;
    }
  };
  await Promise.all(Array.from({ length: spec.connections }, worker));
  const elapsed = (performance.now() - began) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    perSecond: latencies.length / elapsed,
    p50: median(latencies),
    p99: latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))] ?? 0,
    errors,
  };
}
