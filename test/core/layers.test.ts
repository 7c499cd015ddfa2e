import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The floors of ARCHITECTURE.md, as a test: a folder of core imports only folders on its own
// floor or below, so the kernel never depends on a domain area and no arrow runs back up.

const floors: Readonly<Record<string, number>> = {
  schema: 0,
  i18n: 0,
  kernel: 1,
  calendar: 2,
  rules: 2,
  engines: 3,
  commands: 4,
  policy: 5,
  queries: 6,
  runtime: 7,
  roster: 8,
  catalogue: 9,
};

/**
 * Known upward imports, each with why it is not a cycle. `schema/id-number-digits.ts` reads the birth
 * date an ID number encodes with calendar's `isCivilDate` (one date rule for the whole kit);
 * `calendar/civil-date.ts` imports nothing from schema.
 */
const allowed = new Set([
  'schema/id-number-digits.ts -> calendar/civil-date.js',
  // A points scheme's vetoes and exclusions are conditions in the rule language; condition.ts
  // imports nothing but zod, so the scheme (a stored entity) may use its schema.
  'schema/score-scheme.ts -> rules/condition.js',
]);

const root = 'packages/core/src';
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

function upwardImports(): string[] {
  const found: string[] = [];
  for (const path of files(root)) {
    const file = relative(root, path);
    const floor = floors[file.split('/')[0]!];
    if (floor === undefined) continue;
    for (const [, specifier] of readFileSync(path, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
      const target = normalize(join(dirname(file), specifier!));
      const targetFloor = floors[target.split('/')[0]!];
      if (targetFloor !== undefined && targetFloor > floor) found.push(`${file} -> ${target}`);
    }
  }
  return found;
}

describe('the layers of core', () => {
  it('every folder is on a floor', () => {
    const folders = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    for (const folder of folders) expect(floors[folder.name], folder.name).toBeDefined();
  });

  it('no import runs up a floor (the kernel knows no domain area)', () => {
    expect(upwardImports().filter((arrow) => !allowed.has(arrow))).toEqual([]);
  });

  it('each allowed exception still exists (so the list cannot go stale)', () => {
    const arrows = new Set(upwardImports());
    for (const arrow of allowed) expect(arrows.has(arrow), arrow).toBe(true);
  });
});
