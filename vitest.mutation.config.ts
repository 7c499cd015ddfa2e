import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The core unit tests only, for StrykerJS (`npm run mutation`). Stryker copies the project into a
// sandbox; `@dangjian/*` in node_modules are links back to the unmutated originals, so they are
// aliased here to the sources beside this file (the sandbox's, once copied): otherwise every
// mutant would survive.
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@dangjian\/core$/, replacement: here('./packages/core/src/index.ts') },
      { find: /^@dangjian\/adapters\/(.*)$/, replacement: here('./packages/adapters/src/$1/index.ts') },
    ],
  },
  test: {
    name: 'core',
    include: ['test/core/**/*.test.ts'],
    // Spawns child processes to test the log guard itself: nothing of the mutated code.
    exclude: ['test/core/pii-log-guard.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup/pii-log-guard.ts'],
    testTimeout: 30_000,
  },
});
