import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'storybook-static/**',
      '**/.turbo/**',
      'coverage/**',
      '**/custom-elements.json',
      // What tests write: screenshots, reports, the recipes' apps built from the tarballs.
      'test/.artifacts/**',
      // What benches build: the size pages and the production demo they serve.
      'bench/.out/**',
      'dist-demo/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Portals run a strict CSP: no string evaluation anywhere in the kit.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // core is pure: no DOM, no Node, no network, no clock. Time comes in through a Clock or `asOf`.
    files: ['packages/core/src/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'fetch',
          'navigator',
          'process',
          'setTimeout',
          'setInterval',
          'XMLHttpRequest',
          'WebSocket',
          'Buffer',
          'require',
        ].map((name) => ({
          name,
          message: '@dangjian/core is pure: pass this in from an adapter or the caller.',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'core never reads the clock: use the injected Clock or an asOf date.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'core never reads the clock: use the injected Clock or an asOf date.',
        },
      ],
    },
  },
  {
    // CommonJS files: what webpack 4 (a legacy portal's bundler) loads, and its runner in the tests.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
