import { describe, expect, it } from 'vitest';

// The core loads: its rule tables, rule sets and holiday calendar are validated while its modules
// load, so a defect there fails every test file before a single test runs. A file that fails to
// load reports no failed test; this test fails instead, so that a broken load is never mistaken
// for a passing suite (StrykerJS counts a run with no failed test as a surviving mutant).
describe('the core', () => {
  it('loads, with its rule tables, classification rules and holiday calendar', async () => {
    const core = await import('@dangjian/core');
    expect(Object.keys(core.ruleTables)).toHaveLength(5);
    expect(core.defaultClassificationRules.rules.length).toBeGreaterThan(0);
    expect(core.shippedWorkdayCalendar.years.size).toBeGreaterThan(0);
    expect(core.isWorkingDay('2026-11-23' as never)).toBe(true);
  });
});
