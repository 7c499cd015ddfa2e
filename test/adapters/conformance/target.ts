import type { Store } from '@dangjian/core';

/** What a one-line target file hands the conformance suite: how to get a store and wipe it. */
export interface StoreTarget {
  readonly name: string;
  /** Called once per test file: start the engine (PGlite's wasm start-up is slow, share it). */
  open(): Promise<Store>;
  /** Called before each test: bring the store back to empty. */
  reset(store: Store): Promise<void>;
  /** Called once after the file. */
  close(store: Store): Promise<void>;
}
