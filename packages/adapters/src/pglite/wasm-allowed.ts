import { ForbiddenError } from '@dangjian/core';
import { phrase } from '@dangjian/core';
import { pgliteMessages } from './messages.js';

/** The smallest valid WebAssembly module: the magic number and version 1, nothing else. */
const emptyModule = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/**
 * Refuses with a typed error when this page may not compile WebAssembly (a CSP without
 * `'wasm-unsafe-eval'`). PGlite would otherwise fail inside its own start-up, where the failure
 * surfaces only as an uncaught error and `PGlite.create` never settles: the page waits forever.
 * The module is valid, so any refusal to compile it is the page's, not PGlite's.
 */
export async function assertWasmAllowed(): Promise<void> {
  try {
    await WebAssembly.compile(emptyModule);
  } catch (cause) {
    const error = new ForbiddenError({
      ...phrase(pgliteMessages.wasmBlocked),
      details: { directive: 'script-src', needs: "'wasm-unsafe-eval'" },
    });
    throw Object.assign(error, { cause });
  }
}
