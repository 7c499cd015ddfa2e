import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ensureBuilt,
  exportedFiles,
  filesUnder,
  globToRegExp,
  packageDir,
  packageJson,
  packageNames,
  packedFiles,
} from './built-package.js';

/** What a user's tarball must not carry: sources, tests, stories, build settings, caches. */
const junk = [
  /(^|\/)(src|test|tests|__tests__|stories|node_modules|\.turbo)\//,
  /\.(test|spec|stories)\.[cm]?[jt]sx?$/,
  /(^|\/)(tsconfig[^/]*\.json|tsup\.config\.[cm]?ts|vitest\.config\.[cm]?ts|[^/]*\.tsbuildinfo)$/,
  /(?<!\.d)\.ts$/,
];

beforeAll(() => {
  // In build order: the packages' declarations name @dangjian/core.
  for (const name of packageNames) ensureBuilt(name);
});

describe.each(packageNames)('the @dangjian/%s tarball', (name) => {
  let files: string[];
  beforeAll(() => {
    files = packedFiles(name);
  });

  it('holds package.json, README.md, LICENSE, CHANGELOG.md and every file its exports name', () => {
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']));
    const exported = exportedFiles(name);
    expect(exported.length).toBeGreaterThan(1);
    expect(files).toEqual(expect.arrayContaining(exported));
    if (name === 'components') {
      expect(files).toContain('custom-elements.json');
      // Every element's registering entry is exported (and so packed).
      const defines = filesUnder(join(packageDir(name), 'src')).filter((file) => file.endsWith('/define.ts'));
      expect(defines.length).toBeGreaterThan(5);
      for (const define of defines) expect(exported).toContain(`dist/${define.replace(/\.ts$/, '.js')}`);
    }
  });

  it('holds no sources, tests or build settings', () => {
    expect(files.filter((file) => junk.some((pattern) => pattern.test(file)))).toEqual([]);
  });

  it('is MIT, by the Dangjian Kit contributors', () => {
    const license = readFileSync(join(packageDir(name), 'LICENSE'), 'utf8');
    expect(license).toMatch(/^MIT License/);
    expect(license).toContain('Copyright (c) 2026 Dangjian Kit contributors');
    expect(packageJson(name)).toMatchObject({ license: 'MIT' });
  });

  it('marks as side effects only the modules that register elements', () => {
    const { sideEffects } = packageJson(name);
    if (name !== 'components') {
      expect(sideEffects).toBe(false);
      return;
    }
    expect(Array.isArray(sideEffects)).toBe(true);
    const patterns = (sideEffects as readonly string[]).map(globToRegExp);
    const scripts = filesUnder(join(packageDir(name), 'dist'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => `dist/${file}`);
    const marked = scripts.filter((file) => patterns.some((pattern) => pattern.test(file)));
    // Each element's define entry, and the single-file build, which registers every element.
    const registering = (file: string): boolean => file.endsWith('/define.js') || file === 'dist/bundle/dangjian.js';
    expect(marked.sort()).toEqual(scripts.filter(registering).sort());
    expect(marked.length).toBeGreaterThan(5);
  });
});
