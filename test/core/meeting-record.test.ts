import {
  execute,
  fewestReaching,
  quorumFractions,
  reaches,
  snapshotFromRecords,
  voteOutcome,
  type Fraction,
  type Snapshot,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scopedRecords, scopedTenant } from '../fixtures/scoped-street.js';

// Meeting records: attendance by status, the 党课's lecturer, quorum and votes from meetings.json,
// and the optional review chain (branch submits, a higher org approves or returns).

const now = '2026-11-23T02:00:00.000Z';
const ctx = (orgId?: string) => ({ actor: { id: 'tester', roles: [], ...(orgId && { orgId }) }, now });
const street = (): Snapshot => snapshotFromRecords(scopedTenant, 1, scopedRecords);

const assembly = (extra: object = {}) => ({
  id: 'a1',
  orgId: 'b1',
  kind: 'assembly',
  heldOn: '2026-11-20',
  topic: '支部党员大会',
  attendance: [{ memberId: 'm1', mode: 'onSite' }],
  ...extra,
});

function run(snapshot: Snapshot, type: string, input: unknown, orgId?: string): Snapshot {
  const result = execute(snapshot, type, input, ctx(orgId));
  if (!result.ok) throw result.error;
  return result.value.snapshot;
}

/** The oracle: compares the fractions as numbers (exact for the small integers here). */
const reachesByDivision = (count: number, base: number, f: Fraction): boolean =>
  f.strict ? count / base > f.num / f.den : count / base >= f.num / f.den;

describe('meeting records', () => {
  it('keep late, excused (with its reason) and absent members apart; late still counts as taking part', () => {
    const held = run(
      street(),
      'meeting.record',
      assembly({
        attendance: [{ memberId: 'm1', mode: 'online', late: true }],
        absences: [{ memberId: 'm2', excused: true, reason: '住院' }, { memberId: 'm3' }],
      }),
    );
    const meeting = held.meetings.get('a1')!;
    expect(meeting.attendance).toEqual([{ memberId: 'm1', mode: 'online', late: true }]);
    expect(meeting.absences).toEqual([{ memberId: 'm2', excused: true, reason: '住院' }, { memberId: 'm3' }]);
    expect(held.members.get('m1')!.lastOrgLifeOn).toBe('2026-11-20');
    expect(held.members.get('m2')!.lastOrgLifeOn).toBeUndefined();
  });

  it('refuses an excused absence without its reason, and a lecturer on anything but a 党课', () => {
    const excused = execute(
      street(),
      'meeting.record',
      assembly({ absences: [{ memberId: 'm2', excused: true }] }),
      ctx(),
    );
    expect(!excused.ok && [excused.error.code, excused.error.field]).toEqual(['input.invalid', 'absences.0.reason']);
    const lecturer = { name: '王秀英', role: 'secretary', memberId: 'm1' };
    const onAssembly = execute(street(), 'meeting.record', assembly({ lecturer }), ctx());
    expect(!onAssembly.ok && onAssembly.error.text['zh-CN']).toContain('只有党课记录主讲人');
    const lecture = run(street(), 'meeting.record', assembly({ kind: 'lecture', lecturer }));
    expect(lecture.meetings.get('a1')!.lecturer).toEqual(lecturer);
  });

  it('lets an assembly decide only with the quorum: half of the voting members, probationary ones not counted', () => {
    // b1 has two full members (m1, m2): one present is half, which 半数以上 admits.
    const decided = run(street(), 'meeting.record', assembly({ decisions: ['同意换届'] }));
    expect(decided.meetings.get('a1')!.decisions).toEqual(['同意换届']);
    const empty = execute(street(), 'meeting.record', assembly({ attendance: [], decisions: ['同意换届'] }), ctx());
    expect(!empty.ok && empty.error.rule?.id).toBe('meetings.assembly.quorum');
    expect(!empty.ok && empty.error.text['zh-CN']).toContain('应到会有表决权者 2 人');
  });

  it('admits a probationary member only with more than half present (第十九条), a stricter quorum', () => {
    const vote = { id: 'v1', kind: 'admitProbationary', motion: '接收周新民为预备党员', yes: 1, no: 0 };
    const half = execute(street(), 'meeting.record', assembly({ votes: [vote] }), ctx());
    expect(!half.ok && half.error.rule?.id).toBe('development.admitProbationary.quorum');
    const both = [
      { memberId: 'm1', mode: 'onSite' },
      { memberId: 'm2', mode: 'homeDelivery' },
    ];
    const admitted = run(street(), 'meeting.record', assembly({ attendance: both, votes: [{ ...vote, yes: 2 }] }));
    expect(admitted.meetings.get('a1')!.votes[0]).toMatchObject({ kind: 'admitProbationary', yes: 2, abstain: 0 });
  });

  it('quorum and pass thresholds agree with the fractions of meetings.json (property, division oracle)', () => {
    const fractions = Object.values(quorumFractions);
    fc.assert(
      fc.property(fc.constantFrom(...fractions), fc.integer({ min: 1, max: 500 }), fc.nat(600), (f, base, count) => {
        expect(reaches(count, base, f)).toBe(reachesByDivision(count, base, f));
        const fewest = fewestReaching(base, f);
        expect(reachesByDivision(fewest, base, f)).toBe(true);
        expect(reachesByDivision(fewest - 1, base, f)).toBe(false);
      }),
    );
  });

  it('carries a vote with more than half of the voting members who should attend, not of those present', () => {
    const vote = { id: 'v', kind: 'general' as const, motion: 'm', yes: 3, no: 0, abstain: 0 };
    expect(voteOutcome(vote, 6)).toMatchObject({ required: 4, passed: false });
    expect(voteOutcome({ ...vote, yes: 4 }, 6)).toMatchObject({ required: 4, passed: true });
    expect(voteOutcome({ ...vote, yes: 3 }, 5)).toMatchObject({ required: 3, passed: true });
  });
});

describe('the review chain', () => {
  it('runs submit → return (with reason) → submit → approve, by a higher org, once', () => {
    let snapshot = run(street(), 'meeting.record', assembly());
    snapshot = run(snapshot, 'meeting.submit', { meetingId: 'a1' }, 'b1');
    expect(snapshot.meetings.get('a1')!.review).toEqual({ state: 'submitted', at: now, by: 'tester' });
    snapshot = run(snapshot, 'meeting.return', { meetingId: 'a1', reason: '缺签到表' }, 'c1');
    expect(snapshot.meetings.get('a1')!.review).toMatchObject({ state: 'returned', reason: '缺签到表' });
    const approveReturned = execute(snapshot, 'meeting.approve', { meetingId: 'a1' }, ctx('c1'));
    expect(!approveReturned.ok && approveReturned.error.rule?.id).toBe('meetings.review.decideSubmitted');
    snapshot = run(snapshot, 'meeting.submit', { meetingId: 'a1' }, 'b1');
    const ownApproval = execute(snapshot, 'meeting.approve', { meetingId: 'a1' }, ctx('b1'));
    expect(!ownApproval.ok && ownApproval.error.rule?.id).toBe('meetings.review.higherOrg');
    snapshot = run(snapshot, 'meeting.approve', { meetingId: 'a1' }, 'c1');
    expect(snapshot.meetings.get('a1')!.review?.state).toBe('approved');
    const again = execute(snapshot, 'meeting.submit', { meetingId: 'a1' }, ctx('b1'));
    expect(!again.ok && again.error.rule?.id).toBe('meetings.review.submitFromDraft');
  });

  it('keeps the chain out of meeting.record: a record cannot arrive already approved', () => {
    const result = execute(
      street(),
      'meeting.record',
      assembly({ review: { state: 'approved', at: now, by: 'x' } }),
      ctx(),
    );
    expect(!result.ok && [result.error.code, result.error.field]).toEqual(['input.unknownKey', 'review']);
  });
});
