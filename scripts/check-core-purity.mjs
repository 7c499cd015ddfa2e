// Fails when @dangjian/core imports anything but its own files and its four allowed libraries.
// core must run unchanged in a browser, a worker, Node and a Java-hosted JS engine.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const allowed = [/^\.{1,2}\//, /^zod(\/|$)/, /^immer$/, /^date-fns(\/|$)/, /^@date-fns\/tz$/];
const root = new URL('../packages/core/src/', import.meta.url).pathname;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (path.endsWith('.ts')) yield path;
  }
}

const importPattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const offences = [];
for (const file of files(root)) {
  for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
    const specifier = match[1] ?? match[2];
    if (!allowed.some((pattern) => pattern.test(specifier)))
      offences.push(`${relative(root, file)} imports "${specifier}"`);
  }
}
if (offences.length > 0) {
  console.error(`@dangjian/core must stay pure (zod, immer, date-fns only):\n  ${offences.join('\n  ')}`);
  process.exit(1);
}
console.log('core purity: ok');
