import type { Migration } from './migration.js';

/**
 * The kit's tables, all prefixed `dj_` to sit beside a portal's own. Every key starts with
 * `tenant`, so each table distributes on Citus by tenant (`create_distributed_table(…, 'tenant')`).
 *
 * - `dj_tenants` holds the revision and the audit counter; its row is the lock concurrent writers
 *   of one tenant queue on.
 * - `dj_entities` holds each entity as jsonb under its collection and id.
 * - `dj_audit.at` is text: the workspace's clock string comes back exactly as it was written.
 * - `dj_audit.hash` chains each record to the one before (`prev_hash`); `dj_tenants.audit_head`
 *   is the newest hash, where the next commit links on.
 */
export const migration001: Migration = {
  version: 1,
  name: 'init',
  sql: `
CREATE TABLE dj_tenants (
  tenant    text   NOT NULL,
  revision  bigint NOT NULL CHECK (revision >= 0),
  audit_seq bigint NOT NULL CHECK (audit_seq >= 0),
  audit_head text NOT NULL,
  PRIMARY KEY (tenant)
);

CREATE TABLE dj_entities (
  tenant     text  NOT NULL,
  collection text  NOT NULL,
  id         text  NOT NULL,
  data       jsonb NOT NULL,
  PRIMARY KEY (tenant, collection, id)
);

CREATE TABLE dj_audit (
  tenant   text   NOT NULL,
  seq      bigint NOT NULL,
  revision bigint NOT NULL,
  actor_id text   NOT NULL,
  at       text   NOT NULL,
  command  text   NOT NULL,
  patches  jsonb  NOT NULL,
  prev_hash text  NOT NULL,
  hash     text   NOT NULL,
  PRIMARY KEY (tenant, seq)
);
`,
};
