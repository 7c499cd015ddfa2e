import { RuleSetSchema, createClassifier, createDefaultClassifier, defaultClassificationRules } from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { member } from './fixtures.js';

// The kit's classification rules are read without a validator (display pages ship no zod), so
// this test is their validation: the shipped file must pass its schema exactly as it is.

describe('the default classification rules', () => {
  it('pass RuleSetSchema unchanged (no defaults filled, nothing stripped)', () => {
    expect(RuleSetSchema.parse(defaultClassificationRules)).toEqual(defaultClassificationRules);
  });

  it('classify alike through createDefaultClassifier and createClassifier', () => {
    const [plain, validated] = [createDefaultClassifier(), createClassifier()];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1930-01-01'), max: new Date('2008-12-31'), noInvalidDate: true }),
        fc.constantFrom('employed', 'retired', 'unemployed', 'student', 'farmer'),
        (birth, employment) => {
          const someone = { ...member('m1', { employment }), birthDate: birth.toISOString().slice(0, 10) } as never;
          expect(plain.classify(someone, '2026-11-23')).toEqual(validated.classify(someone, '2026-11-23'));
        },
      ),
      { numRuns: 50 },
    );
  });
});
