import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * axe (WCAG 2.1 A/AA) runs after every story's play function in the storybook project of
 * `npm test`, through @storybook/addon-a11y with `test: 'error'`: a violation fails that story's
 * test (it did: the meeting calendar's cells and the 100k roster's org `<select>` were fixed for
 * it). This guards the setting: on for all, and no story switched off.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string): string => readFileSync(`${root}${path}`, 'utf8');

describe('axe over every story', () => {
  it('is registered and fails a story on any WCAG 2.0/2.1 A or AA violation', () => {
    expect(read('.storybook/main.ts')).toMatch(/addons:\s*\[[^\]]*'@storybook\/addon-a11y'/);
    const preview = read('.storybook/preview.ts');
    expect(preview).toMatch(/a11y:\s*{\s*test:\s*'error'/);
    for (const tag of ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']) expect(preview).toContain(`'${tag}'`);
  });

  it('is switched off, or made a warning, by no story', () => {
    const stories = readdirSync(`${root}stories`, { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.(stories\.ts|mdx)$/.test(file),
    );
    expect(stories.length).toBeGreaterThan(10);
    const loosened = stories.filter((file) =>
      /a11y[\s\S]{0,80}(test:\s*'(off|todo)'|disable:\s*true|manual:\s*true)/.test(read(`stories/${file}`)),
    );
    expect(loosened).toEqual([]);
  });
});
