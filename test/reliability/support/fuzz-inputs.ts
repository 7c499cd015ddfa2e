import { commands, type commandTypes } from '@dangjian/core';
import fc from 'fast-check';
import { scopedMembers } from '../../fixtures/scoped-street.js';

/**
 * Generated inputs for the bad-input figures, after test/adapters/rest-fuzz: for each command,
 * its own input's keys filled with plausible and hostile values (the fixture's ids, dates, NUL,
 * lone surrogates, huge strings, wrong types, unknown keys), and arbitrary JSON. The fixture's
 * real ID numbers and phones are among the values, so an error that echoes one is caught.
 */
export const personalNumbers: readonly string[] = scopedMembers.flatMap((member) => [member.idNumber!, member.phone!]);

export const hostileStrings = fc.constantFrom(
  ...['b1', 'g1', 'b2', 'c1', 'street', 'm1', 'm2', 'm3', 'm9', 'd1', '', ' ', 'x'],
  ...['2026-11-20', '2026-02-30', '2026-11-23T02:00:00Z', '1899-01-01', '第一党支部'],
  ...['a\u0000b', '\uD800', '=cmd|calc', '__proto__', 'constructor', '1'.repeat(300)],
  ...['group', 'branch', 'full', 'onSite', 'phone', 'idNumber', 'male', 'out', 'within'],
  ...personalNumbers,
  ...personalNumbers.map((number) => `电话${number}号`),
);

export const { value: plausible } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileStrings,
    fc.string({ maxLength: 12 }),
    fc.integer({ min: -5, max: 5 }),
    fc.constantFrom(0, -1, 1e21, Number.MAX_SAFE_INTEGER, 0.5),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(hostileStrings, fc.string({ maxLength: 6 })), tie('value'), { maxKeys: 3 }),
  ),
}));

export type CommandType = (typeof commandTypes)[number];

export function inputFor(type: CommandType): fc.Arbitrary<unknown> {
  const shape = (commands[type].input as { shape?: Record<string, unknown> }).shape;
  const keyed = shape
    ? fc.record(Object.fromEntries(Object.keys(shape).map((key) => [key, plausible])), { requiredKeys: [] })
    : plausible;
  return fc.oneof(
    { weight: 6, arbitrary: keyed },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 1, arbitrary: keyed.map((input) => ({ ...(input as object), unexpected: 1 })) },
  );
}

export function bodyFor(type: CommandType): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.record({ type: fc.constant(type), input: inputFor(type) }) },
    {
      weight: 1,
      arbitrary: fc.record({ type: fc.constant(type), input: inputFor(type), expectedRevision: plausible }),
    },
    { weight: 1, arbitrary: fc.record({ type: fc.constant(type), input: inputFor(type), audit: plausible }) },
  );
}

/** A path segment or query value: the fixture's ids, hostile strings, or anything. */
export const segment = fc.oneof(
  hostileStrings,
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('..', '%', '%00', '%2F', '/', '?', '#', '%E4%B8', 'tb-m1'),
);

/** A query string of the read routes' parameters and others, with any values. */
export const queryString = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom('org', 'category', 'stage', 'name', 'offset', 'limit', 'afterSeq', 'unmask', 'tenant'),
        fc.string({ maxLength: 8 }),
      ),
      fc.oneof(segment, fc.integer({ min: -10, max: 100_000 }).map(String)),
    ),
    { maxLength: 4 },
  )
  .map((pairs) => pairs.map(([key, value]) => `${encodePart(key)}=${encodePart(value)}`).join('&'));

/** Surrogates replaced by U+FFFD: a lone one has no UTF-8, and encodeURIComponent throws on it. */
const wellFormed = (text: string): string => text.replace(/[\uD800-\uDFFF]/g, '\uFFFD');

/** Percent-encodes text for a URL. */
export const encodePart = (text: string): string => encodeURIComponent(wellFormed(text));

/** A path segment as a client could send it: encoded, or raw when it has no URL delimiter. */
export const pathSegment = fc
  .tuple(segment, fc.boolean())
  .map(([text, raw]) => (raw && !/[/?#\s]/.test(text) && wellFormed(text) === text ? text : encodePart(text)));
