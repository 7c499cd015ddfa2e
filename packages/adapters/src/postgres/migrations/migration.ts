/**
 * One schema step. The SQL lives in a TS string module rather than a `.sql` file so it survives
 * every bundler unchanged (Node, tsup, Vite in the browser for PGlite) without loader config.
 */
export interface Migration {
  /** 1, 2, 3 … in the order they apply; never renumber one that has shipped. */
  readonly version: number;
  readonly name: string;
  /** Plain PostgreSQL (no extensions), so Kingbase and openGauss run it too. */
  readonly sql: string;
}
