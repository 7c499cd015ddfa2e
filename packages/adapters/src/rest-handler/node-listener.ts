import type { RestHandler } from './create-rest-handler.js';
import { jsonTextOf } from './responses.js';

/** The parts of node:http's `IncomingMessage` used here (Express's and Fastify's raw request are ones). */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  readonly method?: string | undefined;
  readonly url?: string | undefined;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/** The parts of node:http's `ServerResponse` used here. */
export interface NodeResponseLike {
  statusCode: number;
  readonly writableFinished: boolean;
  readonly headersSent: boolean;
  setHeader(name: string, value: string | string[]): unknown;
  write(chunk: Uint8Array): boolean;
  end(chunk?: string): unknown;
  on(event: 'close', listener: () => void): unknown;
  once(event: 'drain' | 'close', listener: () => void): unknown;
  destroy(): unknown;
}

/** The request body as a web stream; a dropped connection errors it, so reading it fails. */
function bodyStream(source: AsyncIterable<Uint8Array | string>): ReadableStream<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(typeof next.value === 'string' ? encoder.encode(next.value) : next.value);
    },
  });
}

function toHeaders(raw: NodeRequestLike['headers']): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    // HTTP/2 pseudo-headers (`:path`) are not headers, and `Headers` refuses them.
    if (value === undefined || name.startsWith(':')) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

function toRequest(req: NodeRequestLike, signal: AbortSignal): Request {
  const headers = toHeaders(req.headers);
  // Only the path and the query are routed on; the host is informative and may be anything.
  const origin = `http://${headers.get('host') ?? 'localhost'}`;
  const url = new URL(req.url ?? '/', URL.canParse(origin) ? origin : 'http://localhost');
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  // `duplex` is required by Node's fetch for a streamed body, and missing from the DOM typings.
  const init = { method, headers, signal, ...(hasBody && { body: bodyStream(req), duplex: 'half' }) };
  return new Request(url, init as RequestInit);
}

function drained(res: NodeResponseLike): Promise<void> {
  return new Promise((resolve) => {
    res.once('drain', resolve);
    res.once('close', resolve);
  });
}

async function pipeBody(body: ReadableStream<Uint8Array> | null, res: NodeResponseLike, closed: AbortSignal) {
  const reader = body?.getReader();
  if (!reader) return;
  for (;;) {
    const next = await reader.read();
    if (next.done) return;
    if (closed.aborted) return void (await reader.cancel());
    if (!res.write(next.value)) await drained(res);
  }
}

async function writeResponse(response: Response, res: NodeResponseLike, closed: AbortSignal): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  // The handler's own JSON is already a string: written as is, not read back through a web stream.
  const text = response.bodyUsed ? undefined : jsonTextOf(response);
  if (text !== undefined) return void res.end(text);
  await pipeBody(response.body, res, closed);
  res.end();
}

/**
 * Adapts a fetch handler to node:http: `http.createServer(toNodeListener(handler))`. In Express,
 * `app.use('/api/dangjian', toNodeListener(handler))` with no `basePath` (Express strips the
 * mount path from `req.url`), ahead of any body parser, which would consume the body first.
 * When the client disconnects before the response is finished, the request's `signal` aborts.
 */
export function toNodeListener(handler: RestHandler): (req: NodeRequestLike, res: NodeResponseLike) => void {
  return (req, res) => {
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    const serve = async (): Promise<void> => {
      const response = await handler(toRequest(req, controller.signal));
      await writeResponse(response, res, controller.signal);
    };
    serve().catch(() => {
      // Nothing of the failure goes to the client: a bare 500 if still possible, else drop it.
      if (res.headersSent) return void res.destroy();
      res.statusCode = 500;
      res.end();
    });
  };
}
