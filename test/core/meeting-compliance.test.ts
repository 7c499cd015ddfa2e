import {
  ValidationError,
  execute,
  layerCadenceRules,
  complianceReport,
  snapshotFromRecords,
  type Meeting,
  type Snapshot,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scopedRecords, scopedTenant } from '../fixtures/scoped-street.js';

// 三会一课 compliance: required vs held per period, each meeting counted once and only in its
// period, findings only for periods that have ended, rules layered by a portal.

const ctx = { actor: { id: 'tester', roles: [] }, now: '2026-11-23T02:00:00.000Z' };

function withMeetings(meetings: readonly Pick<Meeting, 'id' | 'orgId' | 'kind' | 'heldOn'>[]): Snapshot {
  let snapshot = snapshotFromRecords(scopedTenant, 1, scopedRecords);
  for (const meeting of meetings) {
    const result = execute(snapshot, 'meeting.record', { ...meeting, topic: '学习', attendance: [] }, ctx);
    if (!result.ok) throw result.error;
    snapshot = result.value.snapshot;
  }
  return snapshot;
}

const year2026 = { from: '2026-01-01', to: '2026-12-31', asOf: '2026-11-23T10:00:00+08:00' };

describe('meeting compliance', () => {
  it('finds the quarter without a branch assembly, and not the quarter still running', () => {
    const snapshot = withMeetings([
      { id: 'a1', orgId: 'b1', kind: 'assembly', heldOn: '2026-02-10' },
      { id: 'a3', orgId: 'b1', kind: 'assembly', heldOn: '2026-08-10' },
    ]);
    const report = complianceReport(snapshot, { orgId: 'b1', ...year2026 });
    const row = report.data.rows.find((each) => each.orgId === 'b1' && each.kind === 'assembly')!;
    expect(row.periods.map((p) => [p.label, p.held, p.closed])).toEqual([
      ['2026-Q1', 1, true],
      ['2026-Q2', 0, true],
      ['2026-Q3', 1, true],
      ['2026-Q4', 0, false],
    ]);
    const missing = report.findings.filter((f) => f.facts['kind'] === 'assembly' && f.subject.id === 'b1');
    expect(missing.map((f) => f.facts['period'])).toEqual(['2026-Q2']);
    expect(missing[0]).toMatchObject({
      code: 'compliance.missing',
      severity: 'warning',
      rule: { id: 'meetings.assembly', article: '第十一条', confirmed: true },
    });
    expect(missing[0]!.text['zh-CN']).toContain('支部党员大会');
    expect(missing[0]!.text.en).toContain('branch assembly');
  });

  it('applies each rule to its org kinds only: group meetings to groups, the committee meeting to branches with a committee', () => {
    const report = complianceReport(withMeetings([]), { orgId: 'c1', ...year2026 });
    const kindsOf = (orgId: string) =>
      [...new Set(report.data.rows.filter((r) => r.orgId === orgId).map((r) => r.kind))].sort();
    expect(kindsOf('g1')).toEqual(['groupMeeting']);
    expect(kindsOf('b1')).toEqual(['assembly', 'lecture', 'lifeMeeting', 'review', 'themeDay']);
    expect(kindsOf('c1')).toEqual([]);
    const withCommittee = snapshotFromRecords(scopedTenant, 1, {
      ...scopedRecords,
      orgs: scopedRecords.orgs.map((org) => (org.id === 'b1' ? { ...org, committeeSize: 3 } : org)),
    });
    const kinds = complianceReport(withCommittee, { orgId: 'b1', ...year2026 }).data.rows.map((r) => r.kind);
    expect(kinds).toContain('committeeMeeting');
  });

  it("layers a portal's quarterly 党课 over the national yearly one, and refuses a bad layer naming the field", () => {
    const rules = layerCadenceRules([{ kind: 'lecture', per: 'quarterly', min: 1, orgKinds: ['branch'] }]);
    const snapshot = withMeetings([{ id: 'l1', orgId: 'b1', kind: 'lecture', heldOn: '2026-03-01' }]);
    const report = complianceReport(snapshot, { orgId: 'b1', ...year2026, rules });
    const lectures = report.findings.filter((f) => f.facts['kind'] === 'lecture').map((f) => f.facts['period']);
    expect(lectures).toEqual(['2026-Q2', '2026-Q3']);
    expect(report.findings.find((f) => f.facts['kind'] === 'lecture')!.rule).toMatchObject({ confirmed: false });
    expect(() =>
      layerCadenceRules([{ kind: 'lecture', per: 'weekly', min: 1, orgKinds: ['branch'] } as never]),
    ).toThrow(ValidationError);
    expect(() => layerCadenceRules([{ kind: 'lecture', per: 'quarterly', min: 0, orgKinds: ['branch'] }])).toThrow(
      expect.objectContaining({ field: 'cadence.0.min' }),
    );
  });

  it('counts every meeting once, in the period its date falls in, and none outside the range (property)', () => {
    const day = fc
      .record({
        year: fc.integer({ min: 2025, max: 2027 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
      })
      .map(({ year, month, day: d }) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    const meeting = fc.record({
      orgId: fc.constantFrom('b1', 'b2', 'g1'),
      kind: fc.constantFrom('assembly', 'groupMeeting', 'themeDay', 'lifeMeeting'),
      heldOn: day,
    });
    fc.assert(
      fc.property(fc.array(meeting, { maxLength: 30 }), (meetings) => {
        const snapshot = withMeetings(meetings.map((m, i) => ({ ...m, id: `x${i}` }) as never));
        const report = complianceReport(snapshot, { orgId: 'c1', ...year2026 });
        for (const row of report.data.rows) {
          // The oracle: the period label of a date, computed from its digits.
          const labelOf = (date: string): string => {
            const [y, m] = date.split('-').map(Number) as [number, number];
            if (row.per === 'monthly') return date.slice(0, 7);
            if (row.per === 'quarterly') return `${y}-Q${Math.ceil(m / 3)}`;
            return String(y);
          };
          const expected = new Map<string, number>();
          for (const m of meetings) {
            if (m.orgId !== row.orgId || m.kind !== row.kind || !m.heldOn.startsWith('2026')) continue;
            expected.set(labelOf(m.heldOn), (expected.get(labelOf(m.heldOn)) ?? 0) + 1);
          }
          const counted = new Map(row.periods.filter((p) => p.held > 0).map((p) => [p.label, p.held]));
          expect(counted).toEqual(expected);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('meeting compliance: who lectured, what was approved, who has had no org life', () => {
  const year2025 = { from: '2025-01-01', to: '2025-12-31', asOf: '2026-02-01T10:00:00+08:00' };
  const record = (snapshot: Snapshot, type: string, input: unknown, orgId?: string): Snapshot => {
    const actor = { ...ctx.actor, ...(orgId && { orgId }) };
    const result = execute(snapshot, type, input, { ...ctx, actor });
    if (!result.ok) throw result.error;
    return result.value.snapshot;
  };
  const lecture = (id: string, role: string) => ({
    id,
    orgId: 'b1',
    kind: 'lecture',
    heldOn: '2025-06-01',
    topic: '党课',
    attendance: [],
    lecturer: { name: '讲课人', role },
  });
  const secretaryLecture = (report: ReturnType<typeof complianceReport>) =>
    report.findings.filter((f) => f.subject.id === 'b1' && f.rule.id === 'meetings.lecture.secretary');

  it("counts only the secretary's own 党课 toward the secretary's yearly lecture", () => {
    const byMember = record(withMeetings([]), 'meeting.record', lecture('l1', 'member'));
    expect(secretaryLecture(complianceReport(byMember, { orgId: 'b1', ...year2025 }))).toHaveLength(1);
    const bySecretary = record(byMember, 'meeting.record', lecture('l2', 'secretary'));
    expect(secretaryLecture(complianceReport(bySecretary, { orgId: 'b1', ...year2025 }))).toEqual([]);
  });

  it('counts only approved records where the portal turns review on', () => {
    let snapshot = record(withMeetings([]), 'meeting.record', lecture('l1', 'secretary'));
    const approvedOnly = { orgId: 'b1', ...year2025, approvedOnly: true };
    expect(secretaryLecture(complianceReport(snapshot, approvedOnly))).toHaveLength(1);
    snapshot = record(snapshot, 'meeting.submit', { meetingId: 'l1' }, 'b1');
    expect(secretaryLecture(complianceReport(snapshot, approvedOnly))).toHaveLength(1);
    snapshot = record(snapshot, 'meeting.approve', { meetingId: 'l1' }, 'c1');
    expect(secretaryLecture(complianceReport(snapshot, approvedOnly))).toEqual([]);
    // Review off (the default): the record counted all along.
    expect(secretaryLecture(complianceReport(snapshot, { orgId: 'b1', ...year2025 }))).toEqual([]);
  });

  it('lists Party members without org life for N whole months, from meetings attended or the date on record', () => {
    const attendedOn = (heldOn: string) => ({
      id: `a-${heldOn}`,
      orgId: 'b1',
      kind: 'themeDay',
      heldOn,
      topic: '主题党日',
      attendance: [{ memberId: 'm1', mode: 'onSite' }],
    });
    let snapshot = withMeetings([]);
    snapshot = record(snapshot, 'meeting.record', attendedOn('2025-08-01'));
    const asOf = '2026-02-01T10:00:00+08:00';
    const list = (months?: number) =>
      complianceReport(snapshot, { orgId: 'c1', ...year2025, asOf, ...(months && { orgLifeMonths: months }) }).data
        .withoutOrgLife;
    // m1 attended 2025-08-01: exactly six whole months on 2026-02-01; the others never (nothing on record).
    expect(list().find((row) => row.memberId === 'm1')).toEqual({
      memberId: 'm1',
      orgId: 'b1',
      lastOn: '2025-08-01',
      months: 6,
    });
    expect(list().find((row) => row.memberId === 'm3')).toEqual({ memberId: 'm3', orgId: 'b2' });
    expect(list(7).some((row) => row.memberId === 'm1')).toBe(false);
    // The orgs outside the subtree (c2's m4) are not listed.
    expect(list().some((row) => row.memberId === 'm4')).toBe(false);
  });
});
