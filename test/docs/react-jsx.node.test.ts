import ts from 'typescript';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { customElementsOf, generateCustomElementsManifest } from '../../scripts/custom-elements-manifest.js';
import { ensureBuilt } from '../packages/built-package.js';

/**
 * React 19 + TypeScript: `@dangjian/components/react` puts every `dj-*` element in
 * `JSX.IntrinsicElements`, with its properties and `ondj-*` event props. Compiles small TSX files
 * with the TypeScript compiler against the package (its `source` condition) and @types/react 19.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const appFile = `${root}test/docs/__app.tsx`;

const sourceOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  // The sources, as tsconfig.json maps them: a `types` condition comes before `source` in the
  // exports, so with a (possibly stale) dist present the condition alone would read the dist.
  paths: {
    '@dangjian/core': [`${root}packages/core/src/index.ts`],
    '@dangjian/components': [`${root}packages/components/src/index.ts`],
    '@dangjian/components/react': [`${root}packages/components/src/react.ts`],
  },
  jsx: ts.JsxEmit.ReactJSX,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  experimentalDecorators: true,
  useDefineForClassFields: false,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: [],
};

/** Type errors of one TSX file, as `line: message`; against the built declarations with `built`. */
function typeErrors(source: string, built = false): string[] {
  const options = built ? { ...sourceOptions, paths: {} } : sourceOptions;
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => (fileName === appFile ? source : readFile(fileName));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => fileName === appFile || fileExists(fileName);
  const program = ts.createProgram([appFile], options, host);
  const file = program.getSourceFile(appFile)!;
  return ts.getPreEmitDiagnostics(program, file).map((diagnostic) => {
    const line = diagnostic.start === undefined ? 0 : file.getLineAndCharacterOfPosition(diagnostic.start).line + 1;
    return `${line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
}

const jsxTypes = `import type {} from '@dangjian/components/react';\n`;

/** The app: a tree with data in and a select handler, a roster, a provider. */
const app = `
import type { Org } from '@dangjian/core';
export function App({ orgs }: { orgs: readonly Org[] }) {
  return (
    <dj-provider>
      <dj-org-tree
        orgs={orgs}
        expandDepth={2}
        movable
        lang="en"
        className="tree"
        ondj-org-select={(event) => console.log(event.orgId, event.detail.org.name)}
        ondj-org-toggle={(event) => console.log(event.expanded)}
      />
      <dj-member-roster ondj-member-select={(event) => console.log(event.memberId)} />
      <dj-coverage-board ondj-unit-select={(event) => event.preventDefault()} />
    </dj-provider>
  );
}
`;

describe('React 19 JSX types', () => {
  it('compile the app with the declarations', { timeout: 60_000 }, () => {
    expect(typeErrors(jsxTypes + app)).toEqual([]);
  });

  it('are what makes it compile: without them every dj-* tag is unknown', { timeout: 60_000 }, () => {
    const unknownTags = typeErrors(app).flatMap(
      (error) => /Property '(dj-[a-z-]+)' does not exist on type 'JSX.IntrinsicElements'/.exec(error)?.[1] ?? [],
    );
    expect(new Set(unknownTags)).toEqual(
      new Set(['dj-provider', 'dj-org-tree', 'dj-member-roster', 'dj-coverage-board']),
    );
  });

  it('check property types, event names and the event passed to a handler', { timeout: 60_000 }, () => {
    // (TypeScript lets any dashed name through on any tag, so an event of another element is not caught.)
    const wrong = `${jsxTypes}export const wrongType = <dj-org-tree expandDepth="two" />;
export const camelCaseEvent = <dj-org-tree onDjOrgSelect={() => undefined} />;
export const wrongDetail = <dj-org-tree ondj-org-select={(event) => event.detail.member} />;
export const wrongHandler = <dj-member-roster ondj-member-select={(event: CustomEvent<number>) => event} />;
`;
    const lines = typeErrors(wrong).map((error) => Number(error.split(':')[0]));
    expect(new Set(lines)).toEqual(new Set([2, 3, 4, 5]));
  });

  it('cover every element and every event the manifest lists', { timeout: 60_000 }, () => {
    const elements = customElementsOf(generateCustomElementsManifest());
    expect(elements.length).toBeGreaterThan(0);
    const uses = elements.map((element) => {
      const events = (element.events ?? []).map((event) => ` on${event.name}={(event) => event.type}`).join('');
      return `<${element.tagName}${events} />`;
    });
    expect(typeErrors(`${jsxTypes}export const all = <>${uses.join('\n')}</>;\n`)).toEqual([]);
  });

  describe('as published (dist, without the source condition)', () => {
    beforeAll(() => {
      ensureBuilt('core');
      ensureBuilt('components');
    });

    it('compile the app', { timeout: 60_000 }, () => {
      expect(typeErrors(jsxTypes + app, true)).toEqual([]);
    });

    it('still type the handler: a wrong detail field is an error', { timeout: 60_000 }, () => {
      const wrong = `${jsxTypes}export const x = <dj-org-tree ondj-org-select={(event) => event.detail.member} />;\n`;
      expect(typeErrors(wrong, true)).toEqual([expect.stringMatching(/^2: Property 'member' does not exist/)]);
    });
  });
});
