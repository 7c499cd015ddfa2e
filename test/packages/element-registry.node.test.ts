import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Adding an element is its folder (class, styles, define) plus one export: this fails when the
// folder has no define file, the define file registers another tag, or the package does not
// export it — the ways a new element silently never reaches a portal.

const src = new URL('../../packages/components/src/', import.meta.url).pathname;
const manifest = JSON.parse(
  readFileSync(new URL('../../packages/components/package.json', import.meta.url), 'utf8'),
) as {
  exports: Record<string, unknown>;
};
const index = readFileSync(join(src, 'index.ts'), 'utf8');
const elements = readdirSync(src).filter((name) => name !== 'shared' && statSync(join(src, name)).isDirectory());

describe('every element is registered', () => {
  it('finds the elements', () => {
    expect(elements.length).toBeGreaterThanOrEqual(9);
  });

  it.each(elements)('%s: a define file that registers dj-%s, a package export, and its class in the index', (name) => {
    const define = readFileSync(join(src, name, 'define.ts'), 'utf8');
    expect(define).toMatch(new RegExp(`defineElement\\('dj-${name}', (Dj\\w+)\\)`));
    const className = /defineElement\('[^']+', (Dj\w+)\)/.exec(define)![1]!;
    expect(manifest.exports).toHaveProperty(`./${name}/define`);
    expect(index).toContain(className);
  });
});
