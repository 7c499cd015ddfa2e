export { MemoryStore } from './memory-store.js';

import { MemoryStore } from './memory-store.js';

/** A fresh, empty in-memory store. */
export function createMemoryStore(): MemoryStore {
  return new MemoryStore();
}
