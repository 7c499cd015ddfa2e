import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

const defineEntries = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`src/${entry.name}/define.ts`))
  .map((entry) => `src/${entry.name}/define.ts`);
const entries = ['src/index.ts', ...defineEntries, 'src/react.ts'];

export default defineConfig({
  // The side-effect-free entry plus one registering entry per element (`./<element>/define` in exports).
  entry: entries,
  format: ['esm'],
  // Shared code goes to common chunks, so `DjOrgTree` from the index and the class a `define`
  // entry registers are the same class (instanceof and static members agree).
  splitting: true,
  // `source` lets the declaration build read @dangjian/core's types from its sources when core
  // has not been built yet (TypeScript falls through a missing `types` target to the next
  // condition); the emitted declarations still import from '@dangjian/core'.
  // `bundle.ts` gets only its declarations here: its code is the single-file build
  // (tsup.bundle.config.ts), bundled with everything inside.
  dts: {
    entry: [...entries, 'src/bundle.ts'],
    compilerOptions: { composite: false, customConditions: ['source'] },
  },
  clean: true,
  sourcemap: true,
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  // The page (or its bundler) provides one copy of each: never inline them.
  external: [/^lit($|\/)/, /^@lit\//, /^@dangjian\//],
});
