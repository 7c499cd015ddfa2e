import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('../..', import.meta.url));

/** The published packages, in build order (adapters and components import core). */
export const packageNames = ['core', 'adapters', 'components'] as const;
export type PackageName = (typeof packageNames)[number];

export interface PackageJson {
  readonly name: string;
  readonly files?: readonly string[];
  readonly sideEffects?: boolean | readonly string[];
  readonly exports: Readonly<Record<string, string | Readonly<Record<string, string>>>>;
}

export const packageDir = (name: PackageName): string => join(repo, 'packages', name);

export const packageJson = (name: PackageName): PackageJson =>
  JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as PackageJson;

/** Every file under `dir`, as paths relative to `base` with forward slashes. */
export function filesUnder(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path, base) : [relative(base, path).split('\\').join('/')];
  });
}

/**
 * A glob of `exports` or `sideEffects` (`*` within a folder, `**` across folders) as a regular
 * expression over package-relative paths without the leading `./`.
 */
export function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/^\.\//, '')
    .split(/(\*\*\/|\*)/)
    .map((part) => (part === '**/' ? '(?:.*/)?' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

/**
 * The files `exports` promises. A `*` target (`./dist/*\/define.js`) is expanded from what the
 * entry's `source` target matches (`./src/*\/define.ts`), or from the files on disk when the entry
 * has no source (`./rules/*.json`).
 */
export function exportedFiles(name: PackageName): string[] {
  const onDisk = filesUnder(packageDir(name)).filter((path) => !path.startsWith('node_modules/'));
  return Object.values(packageJson(name).exports).flatMap((entry) => {
    const { source, ...published } = typeof entry === 'string' ? { default: entry } : entry;
    return Object.values(published).flatMap((target) =>
      target.includes('*') ? expand(source ?? target, target, onDisk) : [bare(target)],
    );
  });
}

const bare = (path: string): string => path.replace(/^\.\//, '');

/** The files matching `pattern` (one `*`), mapped to `target` with the same `*`. */
function expand(pattern: string, target: string, files: readonly string[]): string[] {
  const [before = '', after = ''] = bare(pattern).split('*');
  return files
    .filter((file) => file.length >= before.length + after.length && file.startsWith(before) && file.endsWith(after))
    .map((file) => bare(target).replace('*', file.slice(before.length, file.length - after.length)));
}

const newest = (paths: readonly string[]): number => Math.max(0, ...paths.map((path) => statSync(path).mtimeMs));
const oldest = (paths: readonly string[]): number => Math.min(...paths.map((path) => statSync(path).mtimeMs));

/** What a build reads: sources, rule tables, package and build settings. */
function buildInputs(name: PackageName): string[] {
  const dir = packageDir(name);
  const settings = ['package.json', 'tsconfig.json', 'tsup.config.ts', 'custom-elements-manifest.config.mjs']
    .map((file) => join(dir, file))
    .filter((path) => existsSync(path));
  return [...filesUnder(join(dir, 'src')).map((path) => join(dir, 'src', path)), ...settings];
}

/**
 * Builds the package unless every file its `exports` promises is there and newer than everything
 * the build reads: the test checks what `npm pack` would publish now, never a stale build.
 */
export function ensureBuilt(name: PackageName): 'built' | 'fresh' {
  const dir = packageDir(name);
  const outputs = exportedFiles(name)
    .filter((path) => path !== 'package.json' && !path.startsWith('rules/'))
    .map((path) => join(dir, path));
  const fresh = outputs.every((path) => existsSync(path)) && oldest(outputs) >= newest(buildInputs(name));
  if (fresh) return 'fresh';
  execFileSync('npm', ['run', 'build'], { cwd: dir, stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } });
  return 'built';
}

/** The paths `npm pack` would put in the tarball, without writing one. */
export function packedFiles(name: PackageName): string[] {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: packageDir(name),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [packed] = JSON.parse(output) as [{ files: { path: string }[] }];
  return packed.files.map((file) => file.path);
}
