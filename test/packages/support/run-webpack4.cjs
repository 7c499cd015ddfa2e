// Runs webpack 4 on a recipe's config, in its own process: webpack 4 hashes with MD4, which
// Node 17+ has only under --openssl-legacy-provider (the flag this process is started with).
const path = require('path');
const webpack = require('webpack');

const config = require(path.resolve(process.argv[2]));
webpack({ ...config, context: path.dirname(path.resolve(process.argv[2])) }, (error, stats) => {
  if (error || stats.hasErrors()) {
    console.error(error ? String(error) : stats.toString('errors-only'));
    process.exit(1);
  }
});
