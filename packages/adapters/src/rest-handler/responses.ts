import type { DangjianError, ErrorKind } from '@dangjian/core';
import { phrase } from '@dangjian/core';
import { restMessages } from './messages.js';

/** The status each kind of kit error travels with. */
export const statusOfKind: Readonly<Record<ErrorKind, number>> = {
  validation: 400,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  rule: 422,
};

// Tenant data must not sit in shared caches, and browsers must not sniff it into something else.
const baseHeaders = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

// Each JSON response's text, for `toNodeListener` to write without streaming it back out of the
// Response (a third of a small page's cost). A Response a portal built or wrapped is not here.
const jsonTexts = new WeakMap<Response, string>();

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(body);
  const response = new Response(text, { status, headers: { ...baseHeaders, ...headers } });
  jsonTexts.set(response, text);
  return response;
}

/** The text a `jsonResponse` was made of, if `response` is one. */
export function jsonTextOf(response: Response): string | undefined {
  return jsonTexts.get(response);
}

export function errorResponse(error: DangjianError, status = statusOfKind[error.kind], headers = {}): Response {
  return jsonResponse(error.toJSON(), status, headers);
}

/** Anything that is not a kit error: nothing of it (message, stack, SQL) reaches the client. */
export function internalErrorResponse(): Response {
  const { text } = phrase(restMessages.internal);
  return jsonResponse({ name: 'InternalError', text }, 500);
}

/** Sent (to no one) when the client has already gone: 499 is the de-facto "client closed request". */
export function clientClosedResponse(): Response {
  return new Response(null, { status: 499 });
}
