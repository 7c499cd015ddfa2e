import { defineConfig } from 'tsup';

export default defineConfig({
  // One entry per subpath export; each pulls in only its own driver.
  entry: [
    'src/memory/index.ts',
    'src/indexeddb/index.ts',
    'src/postgres/index.ts',
    'src/pglite/index.ts',
    'src/rest/index.ts',
    'src/rest-handler/index.ts',
    'src/xlsx/index.ts',
  ],
  format: ['esm'],
  // The SQL store shared by `postgres` and `pglite` goes to a common chunk that imports no driver.
  splitting: true,
  // `source` lets the declaration build read @dangjian/core's types from its sources when core
  // has not been built yet; the emitted declarations still import from '@dangjian/core'.
  dts: { compilerOptions: { composite: false, customConditions: ['source'] } },
  clean: true,
  sourcemap: true,
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  // Peers the application provides: never inline them (a browser bundle must not meet `pg`).
  external: [/^@dangjian\//, 'pg', 'exceljs', /^@electric-sql\/pglite($|\/)/],
});
