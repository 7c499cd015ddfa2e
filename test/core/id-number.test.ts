import {
  IdNumberInput,
  IdNumberSchema,
  idNumberBirthDate,
  idNumberCheckCharacter,
  normalizeIdNumber,
  isValidIdNumber,
  maskIdNumber,
  maskPhone,
  validate,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const birthDay = fc
  .integer({ min: Date.UTC(1920, 0, 1), max: Date.UTC(2008, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10).replaceAll('-', ''));
const region = fc.constantFrom('320402', '350602', '110105', '440305');
const sequence = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0'));
const validIdNumber = fc
  .tuple(region, birthDay, sequence)
  .map(([r, b, s]) => `${r}${b}${s}${idNumberCheckCharacter(`${r}${b}${s}`)}`);

describe('citizen ID numbers (GB 11643)', () => {
  it('accepts a number with the right check character, and the published example', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    fc.assert(
      fc.property(validIdNumber, (id) => {
        expect(isValidIdNumber(id)).toBe(true);
      }),
    );
  });

  it('catches every single-character change', () => {
    fc.assert(
      fc.property(validIdNumber, fc.integer({ min: 0, max: 17 }), fc.constantFrom(...'0123456789X'), (id, at, char) => {
        fc.pre(id[at] !== char);
        expect(isValidIdNumber(`${id.slice(0, at)}${char}${id.slice(at + 1)}`)).toBe(false);
      }),
    );
  });

  it('refuses impossible birth dates and wrong lengths', () => {
    const body = '32040219800230123';
    expect(isValidIdNumber(`${body}${idNumberCheckCharacter(body)}`)).toBe(false);
    expect(isValidIdNumber('3204021980012312')).toBe(false);
  });

  it('reads a lower-case x as X at input, and says what is wrong in both languages', () => {
    const parsed = validate(IdNumberInput, ' 11010519491231002x ');
    expect(parsed.ok && parsed.value).toBe('11010519491231002X');
    const bad = validate(IdNumberInput, '110105194912310021', { prefix: ['idNumber'] });
    expect(bad.ok || bad.error.field).toBe('idNumber');
    expect(bad.ok || bad.error.text['zh-CN']).toContain('不是有效的公民身份号码');
    expect(JSON.stringify(bad.ok || bad.error.toJSON())).not.toContain('110105194912310021');
  });

  it('judges a number the same on every path, a lower-case x included, and stores only the upper-case form', () => {
    const variant = fc
      .tuple(validIdNumber, fc.integer({ min: 0, max: 17 }), fc.constantFrom(...'0123456789Xx'), fc.boolean())
      .map(([id, at, char, mutate]) => (mutate ? `${id.slice(0, at)}${char}${id.slice(at + 1)}` : id.toLowerCase()));
    fc.assert(
      fc.property(variant, (id) => {
        const valid = isValidIdNumber(id);
        expect(IdNumberInput.safeParse(id).success).toBe(valid);
        expect(IdNumberSchema.safeParse(normalizeIdNumber(id)).success).toBe(valid);
        if (/x/.test(id)) expect(IdNumberSchema.safeParse(id).success).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('reads the birth date from digits 7–14', () => {
    fc.assert(
      fc.property(region, birthDay, sequence, (r, b, s) => {
        const id = `${r}${b}${s}${idNumberCheckCharacter(`${r}${b}${s}`)}`;
        expect(idNumberBirthDate(id)).toBe(`${b.slice(0, 4)}-${b.slice(4, 6)}-${b.slice(6)}`);
      }),
    );
  });

  it('masks by default for display', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});
