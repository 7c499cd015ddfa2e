import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A REST server on loopback over a 20,000-member street, for browser tests of paged elements. */
    restUrl: string;
    restTenant: string;
    restMembers: number;
  }
}

/**
 * Starts test/setup/rest-server-main.ts in its own Node process (the packages' sources resolve there
 * as in the Node projects) and hands its URL to the browser tests; stops it afterwards.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const main = fileURLToPath(new URL('./rest-server-main.ts', import.meta.url));
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', main], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const started = await new Promise<{ url: string; tenant: string; members: number }>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((each) => each.startsWith('{'));
      if (line) resolve(JSON.parse(line) as { url: string; tenant: string; members: number });
    });
    child.once('exit', (code) => reject(new Error(`The test REST server exited (${code})`)));
  });
  project.provide('restUrl', started.url);
  project.provide('restTenant', started.tenant);
  project.provide('restMembers', started.members);
  return () => child.kill();
}
