import {
  conferenceScheduleReport,
  snapshotFromRecords,
  type ConferenceSession,
  type EntityRecords,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// The rotating-chair timetable of a joint conference, one branch at a time: a conference that does
// not exist or has not started, sessions on a period's first and last day, a period ending today,
// a session chaired out of turn (and by a unit no longer on record), another conference's sessions.

const unit = (id: string, name: string) => ({
  id,
  name,
  kind: 'privateEnterprise' as const,
  fullMembers: 1,
  formation: 'joint' as const,
  orgId: 'b1',
});

const session = (id: string, heldOn: string, chairUnitId: string, conferenceId = 'conf'): ConferenceSession => ({
  id,
  conferenceId,
  heldOn,
  chairUnitId,
});

const records = (sessions: ConferenceSession[], startsOn = '2026-01-01'): EntityRecords => ({
  orgs: [
    { id: 'c1', name: '社区党委', kind: 'committee', subkind: 'community', parentId: null },
    { id: 'b1', name: '联合党支部', kind: 'branch', setting: 'joint', parentId: 'c1' },
  ],
  units: [unit('u1', '甲公司'), unit('u2', '乙公司'), unit('u3', '丙公司')],
  conferences: [
    {
      id: 'conf',
      name: '联席会议',
      hostOrgId: 'c1',
      memberUnitIds: ['u1', 'u2', 'u3'],
      cadence: 'quarterly',
      startsOn,
      chairRotation: ['u1', 'u2', 'u3'],
    },
    {
      id: 'other',
      name: '另一联席会议',
      hostOrgId: 'c1',
      memberUnitIds: ['u1', 'u2'],
      cadence: 'quarterly',
      startsOn: '2026-01-01',
      chairRotation: ['u1', 'u2'],
    },
  ],
  conferenceSessions: sessions,
});

const report = (sessions: ConferenceSession[], asOf: string, startsOn?: string) =>
  conferenceScheduleReport(snapshotFromRecords('320402', 1, records(sessions, startsOn)), 'conf', asOf);

describe('the conference schedule', () => {
  it('is empty for a conference not on record', () => {
    const snapshot = snapshotFromRecords('320402', 1, records([]));
    expect(conferenceScheduleReport(snapshot, 'nope', '2026-11-23')).toEqual({
      findings: [],
      data: { conferenceId: 'nope', periods: [] },
    });
  });

  it('has no period before a conference starting mid-quarter starts, though the quarter has begun', () => {
    expect(report([], '2026-02-01', '2026-02-15').data.periods).toEqual([]);
    expect(report([], '2026-02-15', '2026-02-15').data.periods.map((entry) => entry.period.label)).toEqual(['2026-Q1']);
  });

  it('lists a period’s sessions by date, whatever order they were recorded in (property, oracle: sorted dates)', () => {
    const dayOfQ2 = fc
      .integer({ min: 0, max: 90 })
      .map((offset) => new Date(Date.UTC(2026, 3, 1 + offset)).toISOString().slice(0, 10));
    const sessionsOf = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z]{1,8}$/), heldOn: dayOfQ2 }), {
      minLength: 2,
      maxLength: 8,
      selector: (each) => each.id,
    });
    fc.assert(
      fc.property(sessionsOf, (drawn) => {
        const sessions = drawn.map(({ id, heldOn }) => session(id, heldOn, 'u2'));
        const q2 = report(sessions, '2026-07-01').data.periods[1]!;
        expect(q2.sessions.map((each) => each.heldOn)).toEqual(drawn.map((each) => each.heldOn).sort());
      }),
      { numRuns: 50 },
    );
  });

  it('has no period before the conference starts, and its first period on the first day', () => {
    expect(report([], '2026-03-31', '2026-04-01')).toEqual({
      findings: [],
      data: { conferenceId: 'conf', periods: [] },
    });
    const first = report([], '2026-04-01', '2026-04-01').data.periods;
    expect(first.map((entry) => [entry.period.label, entry.chairUnitId, entry.missed])).toEqual([
      ['2026-Q2', 'u1', false],
    ]);
  });

  it('counts a session on a period’s first or last day in that period, and sorts each period’s sessions by date', () => {
    const sessions = [
      session('s-q1-last', '2026-03-31', 'u1'),
      session('s-q2-later', '2026-06-30', 'u2'),
      session('s-q2-first', '2026-04-01', 'u2'),
    ];
    const periods = report(sessions, '2026-07-15').data.periods;
    expect(periods.map((entry) => [entry.period.label, entry.sessions.map((each) => each.id)])).toEqual([
      ['2026-Q1', ['s-q1-last']],
      ['2026-Q2', ['s-q2-first', 's-q2-later']],
      ['2026-Q3', []],
    ]);
  });

  it('misses a period only once it is over: not the one ending today', () => {
    const onLastDay = report([], '2026-03-31').data.periods;
    expect(onLastDay.map((entry) => entry.missed)).toEqual([false]);
    const dayAfter = report([], '2026-04-01');
    expect(dayAfter.data.periods.map((entry) => entry.missed)).toEqual([true, false]);
    expect(dayAfter.findings).toHaveLength(1);
    expect(dayAfter.findings[0]).toMatchObject({
      code: 'conference.missed',
      severity: 'warning',
      subject: { collection: 'conferences', id: 'conf' },
      facts: { conferenceId: 'conf', chairUnitId: 'u1' },
      rule: { id: 'conference.cadence', version: 'charter', confirmed: true },
    });
    expect(dayAfter.findings[0]!.text['zh-CN']).toBe('“联席会议”2026-Q1未召开（应由“甲公司”轮值主持）');
  });

  it('reports a session chaired out of turn, naming both chairs, and not one chaired in turn', () => {
    const found = report([session('s1', '2026-02-01', 'u1'), session('s2', '2026-05-01', 'u3')], '2026-06-01');
    expect(found.findings).toHaveLength(1);
    expect(found.findings[0]).toMatchObject({
      code: 'conference.chairOutOfTurn',
      severity: 'info',
      subject: { collection: 'conferenceSessions', id: 's2' },
      facts: { chairUnitId: 'u2', actualChairUnitId: 'u3' },
      rule: { id: 'conference.rotatingChair' },
    });
    expect(found.findings[0]!.facts['period']).toMatchObject({ label: '2026-Q2' });
    expect(found.findings[0]!.text['zh-CN']).toBe('“联席会议”2026-Q2由“丙公司”主持，按轮值表应由“乙公司”主持');
    expect(found.findings[0]!.text.en).toBe(
      '"联席会议" was chaired by "丙公司" in 2026-Q2; the rotation says "乙公司"',
    );
  });

  it('names a chair no longer on record by its id', () => {
    const found = report([session('s1', '2026-02-01', 'u9')], '2026-03-01');
    expect(found.findings[0]!.text.en).toBe('"联席会议" was chaired by "u9" in 2026-Q1; the rotation says "甲公司"');
  });

  it('takes only its own sessions: another conference’s session neither fills a period nor breaks the rotation', () => {
    const found = report([session('o1', '2026-02-01', 'u2', 'other')], '2026-04-01');
    expect(found.data.periods[0]!.sessions).toEqual([]);
    expect(found.findings.map((each) => each.code)).toEqual(['conference.missed']);
  });

  it('rotates the chair through the list and starts again', () => {
    const periods = report([], '2026-12-31', '2026-01-01').data.periods.map((entry) => entry.chairUnitId);
    expect(periods).toEqual(['u1', 'u2', 'u3', 'u1']);
  });
});
