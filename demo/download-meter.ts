/** Bytes received so far and bytes expected, over every download a visit makes at once. */
export interface Downloaded {
  readonly received: number;
  readonly expected: number;
}

/**
 * Counts the bytes of several parallel downloads as they arrive, so one progress bar can show
 * real progress. A response's `content-length` gives what to expect (compressed bytes when the
 * server compresses, so the bar may reach its end a little early, never go past it).
 */
export class DownloadMeter {
  #received = 0;
  #expected = 0;
  readonly #onChange: (downloaded: Downloaded) => void;

  constructor(onChange: (downloaded: Downloaded) => void) {
    this.#onChange = onChange;
  }

  /** Fetches `url`; the response's body counts its bytes here as it is read. */
  async fetch(url: string, contentType?: string): Promise<Response> {
    const response = await fetch(url);
    if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
    this.#expected += Number(response.headers.get('content-length') ?? 0);
    this.#report();
    const counted = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform: (chunk, controller) => {
          this.#received += chunk.byteLength;
          this.#report();
          controller.enqueue(chunk);
        },
      }),
    );
    const headers = new Headers(response.headers);
    // `WebAssembly.compileStreaming` accepts only this type: set it whatever the server sent.
    if (contentType) headers.set('content-type', contentType);
    return new Response(counted, { status: response.status, headers });
  }

  #report(): void {
    this.#onChange({ received: this.#received, expected: Math.max(this.#expected, this.#received) });
  }
}
