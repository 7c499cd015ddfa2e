import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The core unit tests, for StrykerJS (`npm run mutation`). Stryker copies the project into a
// sandbox; `@dangjian/*` in node_modules are links back to the unmutated originals, so they are
// aliased here to the sources beside this file (the sandbox's, once copied): otherwise every
// mutant would survive.
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// Most mutants of the calendar and the rule tables are "static" (run while modules load), and a
// static mutant runs every selected test: one area's run selects the tests that exercise it, so
// that it ends in minutes. A survivor of an area run is checked against the whole suite (MUTATION.md).
const engines = [
  'test/core/engine-rules.test.ts',
  'test/core/engine-shape.test.ts',
  'test/core/rule-labels.test.ts',
  'test/core/org-tree.test.ts',
  // The rules' and label tables' texts, against the checked-in wording.
  'test/core/rule-texts.test.ts',
];
const testsOf: Record<string, string[]> = {
  calendar: [
    'test/core/calendar*.test.ts',
    'test/core/development-working-days.test.ts',
    'test/core/status-findings.test.ts',
    'test/core/classification.test.ts',
    'test/core/meeting-compliance.test.ts',
    'test/core/contact-card-overdue.test.ts',
    'test/core/id-number.test.ts',
  ],
  rules: [
    'test/core/rule-compiler.test.ts',
    'test/core/rule-first-hit.test.ts',
    // The rule playground's cases, explanations and layer diffs (explain-rule-set.ts, rule-cases.ts).
    'test/core/rule-playground.test.ts',
    'test/core/rule-explain-edges.test.ts',
    'test/core/dues-rule-operators.test.ts',
    'test/core/classification*.test.ts',
    'test/core/contact-card-overdue.test.ts',
    'test/core/rule-labels.test.ts',
    'test/core/vendored-data.test.ts',
    'test/core/dues-amount.test.ts',
    'test/core/dues-figures.test.ts',
    'test/core/development-figures.test.ts',
  ],
  'engines-status': [
    ...engines,
    'test/core/calendar-defects.test.ts',
    'test/core/classification*.test.ts',
    'test/core/status-*.test.ts',
    'test/core/dues-cycle.test.ts',
    'test/core/scenario-kangle-community.test.ts',
    'test/core/scenario-qinglong-street.test.ts',
  ],
  'engines-structure': [
    ...engines,
    'test/core/structure*.test.ts',
    'test/core/coverage-bounds.test.ts',
    'test/core/scenario-courtyard-town.test.ts',
    'test/core/scenario-regional-street.test.ts',
  ],
  'engines-meetings': [
    ...engines,
    'test/core/calendar-defects.test.ts',
    'test/core/meeting-*.test.ts',
    'test/core/quorum-*.test.ts',
    'test/core/conference-*.test.ts',
    'test/core/scenario-regional-street.test.ts',
    // The cadence cases (compliance/cadence-cases.ts) are run there.
    'test/core/rule-playground.test.ts',
  ],
  'engines-dues': [
    ...engines,
    'test/core/dues-*.test.ts',
    'test/core/branch-funding.test.ts',
    'test/core/status-findings.test.ts',
  ],
  'engines-development': [...engines, 'test/core/development-*.test.ts'],
  'engines-other': [
    ...engines,
    'test/core/branch-funding.test.ts',
    'test/core/project-report.test.ts',
    'test/core/dual-management.test.ts',
    'test/core/regional-commands.test.ts',
    // The scenarios that run these engines (dual management in Qinglong, funding in the courtyard
    // town), not every scenario.
    'test/core/scenario-qinglong-street.test.ts',
    'test/core/scenario-courtyard-town.test.ts',
  ],
};
const area = process.env['MUTATION_AREA'] ?? 'all';

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@dangjian\/core$/, replacement: here('./packages/core/src/index.ts') },
      { find: /^@dangjian\/adapters\/(.*)$/, replacement: here('./packages/adapters/src/$1/index.ts') },
    ],
  },
  test: {
    name: 'core',
    // core-loads.test.ts in every area: a mutant that breaks loading must fail a test, not only a file.
    include: testsOf[area] ? [...testsOf[area], 'test/core/core-loads.test.ts'] : ['test/core/**/*.test.ts'],
    // Spawns child processes to test the log guard itself: nothing of the mutated code.
    exclude: ['test/core/pii-log-guard.test.ts'],
    environment: 'node',
    // No PII log guard here: it imports the core, so a mutant that breaks loading the core would
    // fail every file before core-loads.test.ts could fail a test (the guard runs in `npm test`).
    testTimeout: 30_000,
  },
});
