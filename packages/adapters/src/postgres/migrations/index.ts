import { migration001 } from './001-init.js';
import { migration002 } from './002-row-level-security.js';
import { migration003 } from './003-least-privilege.js';
import type { Migration } from './migration.js';

export type { Migration } from './migration.js';

/** Every migration, in order. Append new ones; never edit one that has shipped. */
export const migrations: readonly Migration[] = [migration001, migration002, migration003];
