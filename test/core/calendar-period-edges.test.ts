import { ValidationError } from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantMs, periodEdgeMs } from '../../packages/core/src/calendar/instant.js';

// A period's edge in milliseconds: a civil date is the start of its day in Asia/Shanghai (UTC+8),
// an instant is itself. The expected milliseconds are written as UTC clock readings by hand.
const hour = 3_600_000;

describe('periodEdgeMs and instantMs', () => {
  it('reads a civil date as Shanghai midnight: 23 November starts at 16:00 UTC on the 22nd', () => {
    expect(periodEdgeMs('2026-11-23', 'from')).toBe(Date.UTC(2026, 10, 22, 16));
    expect(periodEdgeMs('2027-01-01', 'from')).toBe(Date.UTC(2026, 11, 31, 16));
  });

  it('reads an instant as it is, with its offset', () => {
    expect(periodEdgeMs('2026-11-23T10:00:00+08:00', 'to')).toBe(Date.UTC(2026, 10, 23, 2));
    expect(periodEdgeMs('2026-11-23T10:00:00Z', 'to')).toBe(Date.UTC(2026, 10, 23, 10));
    expect(instantMs('2026-11-23T16:30:00Z')).toBe(Date.UTC(2026, 10, 23, 16, 30));
    expect(instantMs('2026-11-23T16:30:00-05:00')).toBe(Date.UTC(2026, 10, 23, 21, 30));
  });

  it('puts a date at the same edge as the instant of its Shanghai midnight, for any date', () => {
    const date = fc
      .date({ min: new Date(Date.UTC(1992, 0, 2)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
      .map((value) => value.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, (day) => {
        const edge = periodEdgeMs(day, 'from');
        expect(edge).toBe(instantMs(`${day}T00:00:00+08:00`));
        expect(edge).toBe(instantMs(`${day}T00:00:00Z`) - 8 * hour);
      }),
    );
  });

  it('refuses anything else with a ValidationError naming the field; instantMs with a RangeError', () => {
    for (const bad of ['2026-11-31', 'tomorrow', '2026-11-23T25:00:00Z']) {
      let caught: unknown;
      try {
        periodEdgeMs(bad, 'to');
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ValidationError);
      expect((caught as ValidationError).field).toBe('to');
    }
    expect(() => instantMs('2026-11-23')).toThrow(new RangeError('Not an instant'));
  });
});
