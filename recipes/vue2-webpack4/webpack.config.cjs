// webpack 4 reads a package's `module`/`main` field, not `exports`: `@dangjian/components` then
// resolves to its single-file ES2019 build, which webpack 4's parser (ES2019 at most) can read.
const path = require('path');

module.exports = {
  mode: 'production',
  entry: './src/main.js',
  output: { path: path.resolve(__dirname, 'dist'), filename: 'main.js' },
  resolve: { alias: { vue$: 'vue/dist/vue.runtime.esm.js' } },
};
