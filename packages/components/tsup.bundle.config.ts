import { defineConfig } from 'tsup';

/**
 * `dist/bundle/dangjian.js`: one file a page loads with one `<script type="module">`, everything
 * inside. ES2019, because webpack 4 (Vue 2.7 portals) cannot parse class fields, `#private`, `?.`
 * or `??`. Run after the main build (see package.json `build`), which emits its declarations.
 */
export default defineConfig({
  entry: { 'bundle/dangjian': 'src/bundle.ts' },
  format: ['esm'],
  platform: 'browser',
  target: 'es2019',
  minify: true,
  sourcemap: true,
  splitting: false,
  dts: false,
  clean: false,
  tsconfig: 'tsconfig.json',
  // lit, @dangjian/core, zod, immer, date-fns: all inside.
  noExternal: [/.*/],
  // immer and lit read `process.env.NODE_ENV`; a browser has no `process`.
  env: { NODE_ENV: 'production' },
});
