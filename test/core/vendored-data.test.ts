import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const shared = resolve(repo, '../shared');

/** The kit ships copies of the official rule tables and the field scenarios; a user's clone has no ../shared. */
const vendored = [
  { from: join(shared, 'rules'), to: join(repo, 'packages/core/rules') },
  { from: join(shared, 'scenarios'), to: join(repo, 'test/fixtures/scenarios') },
];

const jsonFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();

describe('vendored rule tables and scenarios', () => {
  for (const { from, to } of vendored) {
    it(`${to.slice(repo.length + 1)} holds readable tables with their sources`, () => {
      const files = jsonFiles(to);
      expect(files.length).toBeGreaterThan(0);
      for (const name of files) {
        const table = JSON.parse(readFileSync(join(to, name), 'utf8')) as { title?: unknown };
        expect(typeof table.title, name).toBe('string');
      }
    });

    // Where ../shared exists (the project's own machines and CI), the copies must match it byte for
    // byte. A user's clone has no ../shared: there the copy itself is the source of truth.
    it(`${to.slice(repo.length + 1)} has not drifted from ../shared (where it exists)`, () => {
      const sourceNames = existsSync(from) ? readdirSync(from).sort() : [];
      for (const name of sourceNames) {
        expect(existsSync(join(to, name)), `${name} is missing from the vendored copy`).toBe(true);
        expect(readFileSync(join(to, name), 'utf8'), `${name} differs from ../shared`).toBe(
          readFileSync(join(from, name), 'utf8'),
        );
      }
    });
  }
});
