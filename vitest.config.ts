import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { chromiumLaunchOptions } from './scripts/chromium.js';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Workspace packages resolve to their sources (the `source` export condition): tests need no build. */
const sourceConditions = ['source', 'module', 'browser', 'development|production'];
const sharedResolve = {
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: ['source', 'node'] } },
};

/** Fails a node test that prints an ID-number or mobile shape; counts lines into test/.artifacts/pii-scan. */
const piiLogGuard = 'test/setup/pii-log-guard.ts';

/** Real headless Chromium (Debian's, by path): browsers cannot be downloaded here. */
const browser = {
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions() }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
};

const projects: TestProjectInlineConfiguration[] = [
  {
    ...sharedResolve,
    test: {
      name: 'core',
      root,
      include: ['test/core/**/*.test.ts'],
      environment: 'node',
      setupFiles: [piiLogGuard],
      // Property tests run hundreds of cases: on a loaded two-core machine the 5 s default is too tight.
      testTimeout: 30_000,
    },
  },
  {
    ...sharedResolve,
    test: {
      name: 'adapters',
      root,
      include: ['test/adapters/**/*.node.test.ts'],
      environment: 'node',
      globalSetup: ['test/setup/postgres.ts'],
      setupFiles: [piiLogGuard],
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  },
  {
    ...sharedResolve,
    test: {
      // The figures of docs/RELIABILITY.md: each test asserts its must-be-0 counts and records
      // them in test/.artifacts/reliability (`npm run reliability` writes the doc from them).
      name: 'reliability',
      root,
      include: ['test/reliability/**/*.test.ts'],
      environment: 'node',
      globalSetup: ['test/setup/postgres.ts'],
      setupFiles: [piiLogGuard],
      // `npm test` runs the quick scale; `npm run reliability` sets full (the doc's counts).
      env: { DJ_RELIABILITY_SCALE: process.env['DJ_RELIABILITY_SCALE'] ?? 'quick' },
      testTimeout: 1_200_000,
      hookTimeout: 180_000,
    },
  },
  {
    ...sharedResolve,
    test: {
      name: 'packages',
      root,
      include: ['test/packages/**/*.node.test.ts'],
      environment: 'node',
      // Builds the packages first when their dist is missing or older than their sources; one file
      // at a time, so two builds never write the same dist at once.
      fileParallelism: false,
      testTimeout: 60_000,
      hookTimeout: 600_000,
    },
  },
  {
    ...sharedResolve,
    test: {
      name: 'docs',
      root,
      include: ['test/docs/**/*.node.test.ts'],
      environment: 'node',
      // Some build Storybook or run the TypeScript compiler over the packages.
      testTimeout: 60_000,
      hookTimeout: 300_000,
    },
  },
  {
    ...sharedResolve,
    test: {
      name: 'browser',
      root,
      globalSetup: ['test/setup/rest-server.ts'],
      include: ['test/components/**/*.test.ts', 'test/adapters/**/*.browser.test.ts'],
      // Own instance objects per project: vitest names them in place ("browser (chromium)"),
      // and a shared one makes the storybook project collide with this one.
      browser: { ...browser, instances: [{ browser: 'chromium' as const }] },
      testTimeout: 30_000,
      // PGlite's wasm start-up in Chromium takes 7–12 s on a busy two-core machine.
      hookTimeout: 60_000,
    },
  },
  {
    ...sharedResolve,
    test: {
      name: 'e2e',
      root,
      include: ['test/e2e/**/*.test.ts'],
      environment: 'node',
      testTimeout: 120_000,
      hookTimeout: 180_000,
    },
  },
  {
    ...sharedResolve,
    plugins: [storybookTest({ configDir: `${root}.storybook` })],
    test: {
      name: 'storybook',
      browser: { ...browser, instances: [{ browser: 'chromium' as const }] },
      testTimeout: 30_000,
    },
  },
];

export default defineConfig({
  test: {
    projects,
    // Two cores here: keep the projects from starving each other.
    maxWorkers: 2,
  },
});
