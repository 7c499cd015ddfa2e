import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The changelog is kept with changesets: `changeset version`, run on a copy of the workspace's
 * manifests, turns the pending changesets into a CHANGELOG entry and one version for all three.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const packages = ['core', 'adapters', 'components'] as const;
const copy = mkdtempSync(join(tmpdir(), 'dj-changesets-'));

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('changesets', () => {
  it('version the three packages together and write the pending changesets into each CHANGELOG', () => {
    cpSync(join(root, 'package.json'), join(copy, 'package.json'));
    cpSync(join(root, '.changeset'), join(copy, '.changeset'), { recursive: true });
    for (const name of packages) {
      mkdirSync(join(copy, 'packages', name), { recursive: true });
      for (const file of ['package.json', 'CHANGELOG.md']) {
        cpSync(join(root, 'packages', name, file), join(copy, 'packages', name, file));
      }
    }
    const cli = createRequire(import.meta.url).resolve('@changesets/cli/bin.js');
    execFileSync(process.execPath, [cli, 'version'], { cwd: copy, stdio: 'pipe' });

    const versions = packages.map(
      (name) =>
        (JSON.parse(readFileSync(join(copy, 'packages', name, 'package.json'), 'utf8')) as { version: string }).version,
    );
    expect(new Set(versions).size).toBe(1);
    const changelog = readFileSync(join(copy, 'packages', 'components', 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(new RegExp(`^# @dangjian/components\\n\\n## ${versions[0]!.replace(/\./g, '\\.')}\\n`));
    expect(changelog).toContain('JSX.IntrinsicElements');
    expect(changelog).toContain('## 0.1.0');
  });
});
