import { createPostgresStore, kitTables } from '@dangjian/adapters/postgres';
import pg from 'pg';
import { inject } from 'vitest';
import type { StoreTarget } from '../conformance/target.js';

/** The server the globalSetup provides, or PG_URL when run with a config that has none. */
export function serverUrl(): string {
  const url = inject('pgUrl') ?? process.env['PG_URL'];
  if (!url) throw new Error('No PostgreSQL server: run with the adapters project, or set PG_URL');
  return url;
}

/**
 * A pool for tests. Idle clients get an 'error' event when their backend ends (a test kills it
 * on purpose, or a file's database is dropped at the end); without a listener Node treats that
 * as an uncaught error. Errors of queries still reach the test that ran them.
 */
export function testPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  pool.on('error', () => undefined);
  return pool;
}

/** A database of its own for one test file, so files can run side by side on one server. */
export interface TestDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

async function onServer<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Runs one statement on the server itself: roles belong to the cluster, not to a database. */
export function onServerRun(sql: string): Promise<void> {
  return onServer((client) => client.query(sql)).then(() => {});
}

/** A database URL, logging in as `role` with `password`. */
export function urlAs(base: string, role: string, password: string): string {
  const url = new URL(base);
  url.username = role;
  url.password = password;
  return url.toString();
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `dj_test_${Math.random().toString(36).slice(2, 10)}`;
  await onServer((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

/** A fresh database on the real server for the file, its tables emptied before each test. */
export const postgresTarget: StoreTarget = (() => {
  let database: TestDatabase | undefined;
  let pool: pg.Pool | undefined;
  return {
    name: 'postgres',
    open: async () => {
      database = await createTestDatabase();
      pool = testPool({ connectionString: database.url });
      return createPostgresStore({ pool });
    },
    reset: async () => {
      await pool!.query(`TRUNCATE ${kitTables.join(', ')}`);
    },
    close: async (store) => {
      await store.close();
      await pool?.end();
      await database?.drop();
    },
  };
})();
