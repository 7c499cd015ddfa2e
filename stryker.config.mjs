// Mutation testing of the rule compiler, the calendar and every engine (issue 12: "tests pin the
// rules, not just run them"). Run with `npm run mutation`, never in CI: a full run takes about an
// hour on two shared cores. One area at a time: `MUTATION_AREA=calendar npm run mutation` (areas
// below). Each area keeps its own incremental file, so re-running it only runs the mutants and
// tests that changed. docs/MUTATION.md records the scores and explains every surviving mutant.

const core = 'packages/core/src';
/** The areas, each a list of globs; `all` is every one of them. */
const areas = {
  rules: [`${core}/rules/**/*.ts`],
  calendar: [`${core}/calendar/**/*.ts`],
  'engines-status': [`${core}/engines/status/**/*.ts`, `${core}/engines/classification/**/*.ts`],
  'engines-structure': [
    `${core}/engines/structure/**/*.ts`,
    `${core}/engines/coverage/**/*.ts`,
    `${core}/engines/org-tree.ts`,
  ],
  'engines-meetings': [
    `${core}/engines/compliance/**/*.ts`,
    `${core}/engines/conference/**/*.ts`,
    `${core}/engines/quorum/**/*.ts`,
  ],
  'engines-dues': [`${core}/engines/dues/**/*.ts`],
  'engines-development': [`${core}/engines/development/**/*.ts`],
  'engines-other': [
    `${core}/engines/projects/**/*.ts`,
    `${core}/engines/funding/**/*.ts`,
    `${core}/engines/dual-management/**/*.ts`,
    `${core}/engines/engine-report.ts`,
  ],
};
const area = process.env.MUTATION_AREA ?? 'all';
const globs = area === 'all' ? Object.values(areas).flat() : areas[area];
if (!globs) throw new Error(`MUTATION_AREA=${area}: expected all or one of ${Object.keys(areas).join(', ')}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  // Message tables and index files are text and re-exports, not behaviour.
  mutate: [...globs, `!${core}/**/messages.ts`, `!${core}/**/index.ts`],
  coverageAnalysis: 'perTest',
  // Two cores shared with other engineers.
  concurrency: 2,
  incremental: true,
  incrementalFile: `reports/mutation/${area}.incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${area}.html` },
  jsonReporter: { fileName: `reports/mutation/${area}.json` },
  thresholds: { high: 90, low: 85, break: null },
  timeoutMS: 20_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
