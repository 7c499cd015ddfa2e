import { assertWasmAllowed } from '@dangjian/adapters/pglite';
import { PGlite } from '@electric-sql/pglite';
import engineUrl from '@electric-sql/pglite/pglite.wasm?url';
import engineFilesUrl from '@electric-sql/pglite/pglite.data?url';
import seedDumpUrl from 'virtual:demo-seed-dump';
import { DownloadMeter } from './download-meter.js';
import type { LoadingProgress } from './loading-progress.js';

/** The demo's database: PostgreSQL in wasm, its files in this browser's IndexedDB. */
const dataDir = 'idb://dangjian-demo';
/** PGlite mounts an `idb://name` directory at /pglite/name and keeps each file under its path there. */
const idbName = '/pglite/dangjian-demo';
const fileStore = 'FILE_DATA';

/** Whether an earlier visit saved a whole database here (PostgreSQL's PG_VERSION is among its files). */
async function hasSavedDatabase(): Promise<boolean> {
  const names = await indexedDB.databases();
  if (!names.some((database) => database.name === idbName)) return false;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(idbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`IndexedDB ${idbName}`));
  });
  try {
    if (!db.objectStoreNames.contains(fileStore)) return false;
    const key = await new Promise<IDBValidKey | undefined>((resolve, reject) => {
      const request = db.transaction(fileStore).objectStore(fileStore).getKey(`${idbName}/PG_VERSION`);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error(`IndexedDB ${idbName}`));
    });
    return key !== undefined;
  } finally {
    // PGlite opens it next, maybe at a newer version: an open connection here would block that.
    db.close();
  }
}

/**
 * Opens the demo's PGlite with everything it needs fetched at once, in parallel and counted for
 * the progress bar: the engine (compiled while it downloads), its file bundle and, on a first
 * visit, the street's prebuilt data directory (demo/seed-dump.ts), which spares the page initdb,
 * the migrations and the seed. Later visits open the database saved in IndexedDB.
 */
export async function openDemoDatabase(progress: LoadingProgress): Promise<PGlite> {
  progress.enter('engine');
  // A page whose CSP forbids wasm hears so in the kit's words (store.wasmBlocked), before any download.
  await assertWasmAllowed();
  const meter = new DownloadMeter((downloaded) => progress.downloaded(downloaded));
  const [pgliteWasmModule, fsBundle, loadDataDir] = await Promise.all([
    WebAssembly.compileStreaming(meter.fetch(engineUrl, 'application/wasm')),
    meter.fetch(engineFilesUrl).then((response) => response.blob()),
    hasSavedDatabase().then((saved) =>
      saved ? undefined : meter.fetch(seedDumpUrl).then((response) => response.blob()),
    ),
  ]);
  performance.mark('demo:downloaded');
  progress.enter('storage');
  const db = await PGlite.create({ dataDir, pgliteWasmModule, fsBundle, loadDataDir });
  performance.mark('demo:started');
  return db;
}
