/**
 * The newest audit sequence number per tenant of a database that only this process writes (an
 * embedded PGlite): every commit and load through any store on it tells the ledger, so a warm
 * host can tell "nothing new" without a query. A server database has other clients and no ledger.
 */
export class CommitLedger {
  readonly #newest = new Map<string, number>();
  /** Counts `forget`s: a reading taken before one may predate a write the ledger lost track of. */
  #forgotten = 0;

  /** Mark a moment before reading the database, for `learn`'s `readSince`. */
  get mark(): number {
    return this.#forgotten;
  }

  /**
   * A sequence number the database was at or past; loads and commits may finish out of order.
   * `readSince`: the `mark` taken before the read — a reading older than a `forget` is dropped.
   */
  learn(tenant: string, seq: number, readSince = this.#forgotten): void {
    if (readSince !== this.#forgotten) return;
    this.#newest.set(tenant, Math.max(seq, this.#newest.get(tenant) ?? 0));
  }

  /** After a write that may or may not have landed (an error after COMMIT): ask the database again. */
  forget(tenant: string): void {
    this.#forgotten++;
    this.#newest.delete(tenant);
  }

  newest(tenant: string): number | undefined {
    return this.#newest.get(tenant);
  }
}
