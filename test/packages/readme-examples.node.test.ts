import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { packageDir, repo } from './built-package.js';

/** The first ```ts block of a package's README: the example a user copies first. */
function firstExample(name: 'core' | 'adapters'): string {
  const readme = readFileSync(join(packageDir(name), 'README.md'), 'utf8');
  const example = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!example) throw new Error(`packages/${name}/README.md has no ts example`);
  return example;
}

/** Runs the example as a module of its own and returns what it logged. */
async function run(name: 'core' | 'adapters'): Promise<string[]> {
  const dir = join(repo, 'test/.artifacts/readme');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}-example.ts`);
  writeFileSync(file, firstExample(name));
  const logged: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => logged.push(args.map(String).join(' ')));
  await import(/* @vite-ignore */ `${file}?t=${Date.now()}`);
  return logged;
}

afterEach(() => vi.restoreAllMocks());

describe('the README examples work as written', () => {
  it('@dangjian/core: creates an org, and a refused command says why in zh-CN', async () => {
    const logged = await run('core');
    expect(logged[0]).toBe('青龙街道党工委');
    expect(logged[1]).toMatch(/^org\.\S+ \S+/);
  });

  it('@dangjian/adapters: a workspace on a store runs a command and tells its subscribers', async () => {
    const logged = await run('adapters');
    expect(logged).toEqual(['revision 1', '青龙街道党工委']);
  });
});
