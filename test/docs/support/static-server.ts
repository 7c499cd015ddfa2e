import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  // `WebAssembly.compileStreaming` wants this type; any web server configured for wasm sends it.
  '.wasm': 'application/wasm',
  '.gz': 'application/gzip',
};

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

type Headers = Readonly<Record<string, string>>;

/**
 * Serves a built site (storybook-static, a recipe's page, the demo) from `dir` on a free loopback
 * port, as any web server would, with `headers` on every response (a Content-Security-Policy,
 * say), or the headers a function gives for each path (cache lifetimes).
 */
export async function serveStatic(
  dir: string,
  headers: Headers | ((path: string) => Headers) = {},
): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    const file = join(dir, path === '/' ? 'index.html' : path);
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          ...(typeof headers === 'function' ? headers(path) : headers),
          'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
          'content-length': body.length,
        });
        response.end(body);
      },
      () => {
        response.writeHead(404);
        response.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
