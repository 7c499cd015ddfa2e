import {
  containsPiiShape,
  createOrg,
  renameOrg,
  ValidationError,
  emptySnapshot,
  execute,
  idNumberShape,
  maskPiiShapes,
  mayCarryPii,
  mobileShape,
  phrase,
  storeMessages,
  validate,
} from '@dangjian/core';
import { z } from 'zod';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const ctx = { actor: { id: 'u1', roles: [] }, now: '2026-11-23T05:00:00.000Z' };

const digits = (length: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
const text = fc.string({ unit: fc.constantFrom('a', '党', ' ', '-', 'X', '1', '3', '8', '０'), maxLength: 8 });
const shaped = fc.oneof(
  fc.tuple(digits(17), fc.constantFrom(...'0123456789Xx')).map(([body, last]) => body + last),
  digits(15),
  fc.tuple(fc.constantFrom(...'3456789'), digits(9)).map(([second, rest]) => `1${second}${rest}`),
);

describe('personal-number shapes', () => {
  it('find ID numbers (new and old form) and mobiles glued to any text, and nothing shorter', () => {
    expect(idNumberShape.test('身份证320402194803020021号')).toBe(true);
    expect(idNumberShape.test('32040219480302002x')).toBe(true);
    expect(idNumberShape.test('320402480302002')).toBe(true);
    expect(mobileShape.test('tel:13812345678;')).toBe(true);
    expect(containsPiiShape('12812345678')).toBe(false);
    expect(containsPiiShape('1381234567')).toBe(false);
    expect(containsPiiShape('2026-11-30 138 1234 5678')).toBe(false);
  });

  it('are masked out of a line without touching the rest', () => {
    expect(maskPiiShapes('手机 13812345678，证件 32040219480302002X。')).toBe(
      '手机 ***********，证件 ******************。',
    );
    fc.assert(
      fc.property(text, shaped, text, (before, number, after) => {
        const masked = maskPiiShapes(before + number + after);
        expect(containsPiiShape(masked)).toBe(false);
        expect(masked.length).toBe(before.length + number.length + after.length);
      }),
    );
  });

  it('are all inside the wider "may carry a personal number" test used before quoting a cell', () => {
    fc.assert(fc.property(text, shaped, text, (before, number, after) => mayCarryPii(before + number + after)));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('1', '3', '8', '9', 'X', ' ', '党'), maxLength: 30 }), (any) => {
        if (containsPiiShape(any)) expect(mayCarryPii(any)).toBe(true);
      }),
    );
    expect(mayCarryPii('138 1234 5678')).toBe(true);
    expect(mayCarryPii('１３８１２３４５６７８')).toBe(true);
    expect(mayCarryPii('青龙街道党工委/第1党支部/12号楼党小组')).toBe(false);
  });
});

describe('validation texts', () => {
  it("never hold a personal-number shape, not even z.int()'s own safe-integer bound", () => {
    // The input is no personal number, but zod's "expected int to be <=9007199254740991" has the
    // 16 digits of an old-form ID number: the log scanner and the error-body scan would flag it.
    for (const position of [1e21, -1e21, Number.MAX_SAFE_INTEGER + 2]) {
      const result = execute(emptySnapshot('320402'), createOrg, { position }, ctx);
      expect(result.ok).toBe(false);
      const wire = JSON.stringify(!result.ok && result.error.toJSON());
      expect(wire).toMatch(/position/);
      expect(containsPiiShape(wire)).toBe(false);
    }
  });

  it('star out an ID number or phone the caller sent where an id goes (text, subject and field)', () => {
    const snapshot = emptySnapshot('320402');
    for (const id of ['320402196101110011', '13900001111', '电话13900001111']) {
      const result = execute(snapshot, renameOrg, { orgId: id, name: '第一党支部' }, ctx);
      expect(result.ok).toBe(false);
      expect(containsPiiShape(JSON.stringify(!result.ok && result.error.toJSON()))).toBe(false);
    }
    // A number the caller sent (a revision of 16 digits) is no exception.
    const number = new ValidationError(phrase(storeMessages.conflict, { expected: 9007199254740991, actual: 3 }));
    expect(containsPiiShape(JSON.stringify(number.toJSON()))).toBe(false);
    const unknownKey = execute(snapshot, renameOrg, { orgId: 'b1', name: 'x', '13900001111': 1 }, ctx);
    expect(!unknownKey.ok && unknownKey.error.field).toBe('***********');
  });

  it('never names a made-up key that looks like a personal number, in a strict nested object either', () => {
    // zod reports an unknown key of a strict object itself ("unrecognized key"), field path and text.
    const strict = z.strictObject({ training: z.strictObject({ days: z.number().optional() }) });
    const result = validate(strict, { training: { '13900002222': 1, 电话320402196202120024号: 2 } });
    expect(result.ok).toBe(false);
    const wire = JSON.stringify(!result.ok && result.error.toJSON());
    expect(wire).toContain('training.');
    expect(containsPiiShape(wire)).toBe(false);
  });
});
