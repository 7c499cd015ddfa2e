import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import type { Figure } from '../figure.js';

// Bytes a portal ships: real pages built with Vite (minified, production), `lit` and everything
// else counted, gzip -9 of each page's JavaScript (its entry chunk and every chunk it imports).

const pages = {
  'org-tree': { budget: 40, code: `import '@dangjian/components/org-tree/define';` },
  'org-tree + member-roster': {
    budget: 55,
    code: `import '@dangjian/components/org-tree/define';\nimport '@dangjian/components/member-roster/define';`,
  },
  '@dangjian/core (whole entry)': { budget: 35, code: `import * as core from '@dangjian/core';\nconsole.log(core);` },
} as const;

/** Each element alone, tracked (no budget): what adding it to a page costs. */
const elements = [
  'provider',
  'org-tree',
  'member-roster',
  'member-card',
  'contact-card',
  'coverage-board',
  'conference-roster',
  'registration-form',
  'import-dialog',
];

type Output = Rollup.OutputChunk | Rollup.OutputAsset;

export interface PageSize {
  readonly gzip: number;
  /** Minified bytes by package (or by folder of the kit's sources), largest first. */
  readonly byPackage: readonly (readonly [string, number])[];
}

/** `node_modules/zod/…` → zod; `packages/core/src/schema/…` → core/schema. */
function packageOf(moduleId: string): string {
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(moduleId);
  if (inModules) return inModules[1]!;
  const inKit = /packages\/([^/]+)\/src\/([^/]+)/.exec(moduleId);
  return inKit ? `${inKit[1]}/${inKit[2]!.replace(/\.ts$/, '')}` : 'page';
}

function gzipOfEntry(output: readonly Output[], entry: string): PageSize {
  const chunks = new Map(output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk').map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const visit = (fileName: string): void => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
  };
  const first = [...chunks.values()].find((c) => c.isEntry && c.name === entry);
  if (!first) throw new Error(`no chunk for ${entry}`);
  visit(first.fileName);
  const byPackage = new Map<string, number>();
  for (const name of seen)
    for (const [id, info] of Object.entries(chunks.get(name)!.modules))
      byPackage.set(packageOf(id), (byPackage.get(packageOf(id)) ?? 0) + info.renderedLength);
  return {
    gzip: [...seen].reduce((sum, name) => sum + gzipSync(chunks.get(name)!.code, { level: 9 }).length, 0),
    byPackage: [...byPackage].sort((a, b) => b[1] - a[1]),
  };
}

/** Builds one page (its own build: chunks shared with other pages would be counted wrongly) and returns its gzip bytes. */
export async function pageSize(code: string): Promise<PageSize> {
  // Inside the repository, so the page resolves the workspace packages as a portal's would.
  // (bench/.out is git-ignored.)
  const out = fileURLToPath(new URL('../.out/', import.meta.url));
  mkdirSync(out, { recursive: true });
  const dir = mkdtempSync(join(out, 'size-'));
  try {
    const file = join(dir, 'page.js');
    writeFileSync(file, code);
    const result = (await build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      mode: 'production',
      resolve: { conditions: ['source', 'module', 'browser', 'production'] },
      build: { write: false, target: 'es2022', minify: true, rollupOptions: { input: { page: file } } },
    })) as Rollup.RollupOutput | Rollup.RollupOutput[];
    const output = (Array.isArray(result) ? result.flatMap((r) => r.output) : result.output) as Output[];
    return gzipOfEntry(output, 'page');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function buildSizes(entries: Record<string, string>): Promise<Record<string, PageSize>> {
  const sizes: Record<string, PageSize> = {};
  for (const [name, code] of Object.entries(entries)) sizes[name] = await pageSize(code);
  return sizes;
}

const kB = (bytes: number): number => bytes / 1000;

export async function sizeFigures(): Promise<Figure[]> {
  const pageSizes = await buildSizes(
    Object.fromEntries(Object.entries(pages).map(([name, page]) => [name, page.code])),
  );
  const elementSizes = await buildSizes(
    Object.fromEntries(elements.map((element) => [element, `import '@dangjian/components/${element}/define';`])),
  );
  const detail = [
    '| element alone on a page (lit included) | min+gzip |',
    '|---|---|',
    ...elements.map((element) => `| \`<dj-${element}>\` | ${kB(elementSizes[element]!.gzip).toFixed(1)} kB |`),
  ].join('\n');
  const breakdown = (page: PageSize): string =>
    `Largest parts (minified, before gzip): ${page.byPackage
      .slice(0, 8)
      .map(([name, bytes]) => `${name} ${kB(bytes).toFixed(1)} kB`)
      .join(', ')}.`;
  return Object.entries(pages).map(([name, page], i) => {
    const size = kB(pageSizes[name]!.gzip);
    return {
      id: `size.${['tree', 'tree-roster', 'core'][i]}`,
      title: `Size: a page with ${name}`,
      unit: 'kB min+gzip',
      spread: { min: size, median: size, max: size },
      // A build is deterministic: one run.
      runs: 1,
      budget: { max: page.budget },
      detail: `${breakdown(pageSizes[name]!)}${i === 0 ? `\n\n${detail}` : ''}`,
    };
  });
}
