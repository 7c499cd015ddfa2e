import { serveStatic } from '../../test/docs/support/static-server.js';

export interface BuildServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the built demo (dist-demo) as a portal's web server would: the page revalidated on every
 * visit, the content-hashed files under /assets/ cached for a year. Without those headers a second
 * visit would fetch everything again, which no production deployment does.
 */
export async function serveBuild(dir: string): Promise<BuildServer> {
  const server = await serveStatic(dir, (path) => ({
    'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  }));
  return { url: `${server.url}/`, close: () => server.close() };
}
