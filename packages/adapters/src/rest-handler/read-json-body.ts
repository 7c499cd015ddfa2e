import { maxInputDepth, tooDeepAt, ValidationError } from '@dangjian/core';
import { bodyTooLarge, HttpRefusal, malformedJson, notJson, unreadableBody } from './refusals.js';
import { inputMessages, phrase } from '@dangjian/core';

/** A body's own envelope (`{ input: … }`) adds a level or two to what a command input may nest. */
export const maxBodyDepth = maxInputDepth + 2;

function isJsonContentType(value: string | null): boolean {
  const mediaType = value?.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json' || (mediaType?.endsWith('+json') ?? false);
}

/** The body's bytes, refusing more than `limit` as soon as they arrive rather than after buffering them. */
async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) throw bodyTooLarge(limit);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const read = () => reader.read().catch(() => Promise.reject(unreadableBody()));
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let next = await read(); !next.done; next = await read()) {
    size += next.value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw bodyTooLarge(limit);
    }
    chunks.push(next.value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The request's JSON body: 415 if it is not JSON, 413 if too large, 400 if it does not parse or
 * nests deeper than `maxBodyDepth` (checked before anything walks it recursively).
 */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  if (!isJsonContentType(request.headers.get('content-type'))) throw notJson();
  const bytes = await readLimited(request, limit);
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    throw malformedJson();
  }
  const deep = tooDeepAt(body, maxBodyDepth);
  if (deep) {
    const field = deep.slice(0, 8).join('.') + (deep.length > 8 ? '…' : '');
    const error = new ValidationError({ ...phrase(inputMessages.tooDeep, { limit: maxBodyDepth, field }), field });
    throw new HttpRefusal(400, error);
  }
  return body;
}
