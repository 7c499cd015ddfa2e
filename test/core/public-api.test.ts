import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as core from '@dangjian/core';
import { publicNames } from './support/public-names.js';

const entry = fileURLToPath(new URL('../../packages/core/src/index.ts', import.meta.url));

describe('the public API of @dangjian/core', () => {
  // Types count as much as values: the checker lists both. Update with `vitest -u` and review the diff.
  const names = publicNames(entry);

  it('is the checked-in list of names, values and types', async () => {
    await expect(names).toMatchFileSnapshot('./public-api.snapshot.txt');
  });

  it('lists as values exactly what the module exports at run time', () => {
    const values = names
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('value '))
      .map((line) => line.slice('value '.length));
    expect(values.sort()).toEqual(Object.keys(core).sort());
  });
});
