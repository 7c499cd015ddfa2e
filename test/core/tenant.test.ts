import { ValidationError, assertTenant, isTenant, TenantSchema } from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** The oracle, written without regular expressions: only digits, 6, 9 or 12 of them. */
const isRegionCode = (value: string): boolean =>
  [6, 9, 12].includes(value.length) && [...value].every((char) => char >= '0' && char <= '9');

const digits = (min: number, max: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

describe('assertTenant', () => {
  it('accepts exactly the 6-, 9- and 12-digit region codes by default, as TenantSchema does', () => {
    const candidates = fc.oneof(
      digits(0, 14),
      fc.string({ maxLength: 14 }),
      digits(6, 12).map((code) => `${code}\n`),
      digits(6, 12).map((code) => ` ${code}`),
    );
    fc.assert(
      fc.property(candidates, (value) => {
        expect(isTenant(value)).toBe(isRegionCode(value));
        expect(TenantSchema.safeParse(value).success).toBe(isRegionCode(value));
      }),
    );
  });

  it('throws a typed tenant.invalid in both languages that never echoes the code', () => {
    for (const bad of ['', '3'.repeat(2_000), "'; drop table x; --", '320402\n', 320402, null, undefined]) {
      let thrown: unknown;
      try {
        assertTenant(bad);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, String(bad).slice(0, 10)).toBeInstanceOf(ValidationError);
      expect(thrown).toMatchObject({ code: 'tenant.invalid', field: 'tenant', kind: 'validation' });
      const { text } = thrown as ValidationError;
      expect(text['zh-CN']).toContain('租户编码无效');
      expect(text.en).toContain('tenant code is invalid');
      if (typeof bad === 'string' && bad.length > 6) expect(JSON.stringify(text)).not.toContain(bad.slice(0, 12));
    }
    expect(() => assertTenant('320402001')).not.toThrow();
  });

  it('lets a portal widen the pattern, matched against the whole code whatever its anchors and flags', () => {
    const unanchored = /[a-z]{2}-\d{4}/g;
    expect(isTenant('sz-0001', unanchored)).toBe(true);
    // The same /g pattern twice: no lastIndex carried from one call to the next.
    expect(isTenant('sz-0001', unanchored)).toBe(true);
    expect(isTenant('sz-0001; drop table x', unanchored)).toBe(false);
    expect(isTenant('xsz-0001', unanchored)).toBe(false);
    expect(isTenant('320402', unanchored)).toBe(false);
  });

  it('keeps the bounds no pattern widens: non-empty, at most 64 characters, nothing unprintable', () => {
    const anything = /.*/su;
    expect(isTenant('a'.repeat(64), anything)).toBe(true);
    expect(isTenant('a'.repeat(65), anything)).toBe(false);
    expect(isTenant('', anything)).toBe(false);
    for (const sneaky of ['320402\n', '320 402', '320402\u0000', '\u200b320402', '320402\t'])
      expect(isTenant(sneaky, anything), JSON.stringify(sneaky)).toBe(false);
  });
});
