import { DangjianError, type DangjianErrorJSON, type ErrorKind } from '@dangjian/core';

const kinds: readonly ErrorKind[] = ['validation', 'notFound', 'conflict', 'forbidden', 'rule'];

/**
 * A failed response that carries no kit error: a 500, or a proxy's or gateway's own page.
 * Only the status travels; the body may be anything and is not kept.
 */
export class RestResponseError extends Error {
  override readonly name = 'RestResponseError';
  readonly status: number;

  constructor(status: number, url: string) {
    super(`The REST store received HTTP ${status} from ${url}`);
    this.status = status;
  }
}

function isErrorJSON(value: unknown): value is DangjianErrorJSON {
  if (typeof value !== 'object' || value === null) return false;
  const body = value as Partial<Record<keyof DangjianErrorJSON, unknown>>;
  const text = body.text as Record<string, unknown> | null | undefined;
  return (
    body.name === 'DangjianError' &&
    kinds.includes(body.kind as ErrorKind) &&
    typeof body.code === 'string' &&
    typeof text?.['zh-CN'] === 'string' &&
    typeof text['en'] === 'string'
  );
}

/**
 * The error a failed response stands for: the kit error the server sent, rebuilt as its own
 * class (so `instanceof ConflictError` holds on this side of the wire), or a `RestResponseError`.
 */
export async function errorFromResponse(response: Response): Promise<Error> {
  const body: unknown = await response.json().catch(() => undefined);
  return isErrorJSON(body) ? DangjianError.fromJSON(body) : new RestResponseError(response.status, response.url);
}
