import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The shape a newcomer can rely on in @dangjian/components: files short enough to read at once,
// and the wiring every element shares held by one base class, not re-declared per element.

const src = new URL('../../packages/components/src/', import.meta.url).pathname;
const maxLines = 400;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

const files = sourceFiles(src).map((path) => ({
  name: relative(src, path),
  text: readFileSync(path, 'utf8'),
}));
const lineCount = (text: string): number => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

/** Files over the limit, as `name: lines`; style sheets are token tables and exempt. */
function overLimit(sources: readonly { name: string; text: string }[], limit: number): string[] {
  return sources
    .filter((file) => !file.name.endsWith('.styles.ts') && lineCount(file.text) > limit)
    .map((file) => `${file.name}: ${lineCount(file.text)}`);
}

describe('@dangjian/components source shape', () => {
  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it(`has no file over ${maxLines} lines but style sheets`, () => {
    expect(overLimit(files, maxLines)).toEqual([]);
  });

  it('catches a file over the limit (the check itself)', () => {
    const long = { name: 'x/x.ts', text: 'a\n'.repeat(maxLines + 1) };
    const styles = { name: 'x/x.styles.ts', text: 'a\n'.repeat(maxLines + 1) };
    const exact = { name: 'x/y.ts', text: 'a\n'.repeat(maxLines) };
    expect(overLimit([long, styles, exact], maxLines)).toEqual([`x/x.ts: ${maxLines + 1}`]);
  });

  it('declares the workspace, theme and locale wiring only in DjElement', () => {
    const wiring = /@consume\(|new LocalizeController\(|new WorkspaceController\(|\btheme: 'light'/;
    const declaring = files.filter((file) => wiring.test(file.text)).map((file) => file.name);
    expect(declaring).toEqual(['shared/dj-element.ts']);
  });

  it('builds every event on DjEvent, each named once in DjEventMap', () => {
    const eventClasses = files.flatMap((file) => [...file.text.matchAll(/class (\w+Event) extends (\w+)/g)]);
    expect(eventClasses.length).toBeGreaterThanOrEqual(11);
    expect(eventClasses.filter((match) => !match[2]!.startsWith('DjEvent')).map((match) => match[1])).toEqual([]);
    const twice = files.filter((file) => /interface (HTMLElementEventMap|DocumentEventMap) \{/.test(file.text));
    expect(twice.map((file) => file.name)).toEqual([]);
  });

  it('keeps no hand-rolled memo caches in the elements', () => {
    const caches = files.filter((file) => /#\w+: \{ key: /.test(file.text)).map((file) => file.name);
    expect(caches).toEqual([]);
  });
});
