import type { CopyRow } from '../postgres/driver.js';
import { copyTextChunks } from './copy-text.js';

/** The part of node-postgres's protocol connection a COPY FROM STDIN uses. */
interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/** A node-postgres client (or pool client) that runs custom query objects ("submittables"). */
export interface SubmittableClient {
  query(submittable: CopyFromStdin): unknown;
}

/**
 * `COPY … FROM STDIN` as a node-postgres submittable, the hook `pg-copy-streams` uses, so no
 * extra package is needed: the client hands it the protocol messages of its statement. The
 * rows are encoded before it is queued, so nothing in a message handler can throw.
 */
export class CopyFromStdin {
  readonly #text: string;
  readonly #chunks: Buffer[];
  readonly #done: (error: Error | null) => void;
  #settled = false;

  constructor(text: string, rows: readonly CopyRow[], done: (error: Error | null) => void) {
    this.#text = text;
    this.#chunks = copyTextChunks(rows);
    this.#done = done;
  }

  submit(connection: CopyConnection): void {
    connection.query(this.#text);
  }

  handleCopyInResponse(connection: CopyConnection): void {
    for (const chunk of this.#chunks) connection.sendCopyFromChunk(chunk);
    connection.endCopyFrom();
  }

  /** The client calls this instead of `handleReadyForQuery` when the statement (or the socket) fails. */
  handleError(error: Error): void {
    this.#settle(error);
  }

  handleReadyForQuery(): void {
    this.#settle(null);
  }

  // Messages a COPY FROM never needs to act on.
  handleCommandComplete(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}

  #settle(error: Error | null): void {
    if (this.#settled) return;
    this.#settled = true;
    this.#done(error);
  }
}

const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** Appends `rows` to `table` with one COPY on `client`; rejects with the server's error. */
export function copyRows(
  client: SubmittableClient,
  table: string,
  columns: readonly string[],
  rows: readonly CopyRow[],
): Promise<void> {
  const text = `COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) FROM STDIN`;
  return new Promise((resolve, reject) => {
    client.query(new CopyFromStdin(text, rows, (error) => (error ? reject(error) : resolve())));
  });
}
