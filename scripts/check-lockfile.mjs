#!/usr/bin/env node
// After `npm ci` in CI: a plain `npm install` on this checkout must leave package.json and
// package-lock.json as committed, and the guard against npm 10 (which rewrites the lock: it drops
// the `libc` fields npm 11 writes) must be in place. Exits 1 with the reason otherwise.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const problems = [];
const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));
const npmMajor = /^npm@(\d+)\./.exec(packageJson.packageManager ?? '')?.[1];
if (!npmMajor) problems.push('package.json: packageManager should name the npm version (npm@11.x).');
else if (packageJson.engines?.npm !== `>=${npmMajor}`)
  problems.push(`package.json: engines.npm should be ">=${npmMajor}" (packageManager is npm ${npmMajor}).`);
const npmrc = readFileSync('.npmrc', 'utf8');
if (!/^engine-strict\s*=\s*true\s*$/m.test(npmrc))
  problems.push('.npmrc: engine-strict=true is missing: an older npm would install and rewrite the lock.');

const run = (command, args) => execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const npmVersion = run('npm', ['--version']).trim();
if (npmMajor && Number(npmVersion.split('.')[0]) < Number(npmMajor))
  problems.push(`npm ${npmVersion} is older than the npm ${npmMajor} this repository uses.`);

run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts']);
const changed = run('git', ['status', '--porcelain', '--', 'package.json', 'package-lock.json']).trim();
if (changed) {
  problems.push(`npm ${npmVersion} install changed the manifest or the lock:\n${changed}`);
  problems.push(run('git', ['diff', '--stat', '--', 'package-lock.json']));
}

if (problems.length > 0) {
  console.error(`Lockfile check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`Lockfile check: npm ${npmVersion} install leaves package.json and package-lock.json unchanged.`);
