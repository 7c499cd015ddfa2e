import {
  fewestReaching,
  quorumOf,
  reaches,
  snapshotFromRecords,
  voteOutcome,
  votingMembers,
  type Fraction,
  type Meeting,
  type Member,
  type Org,
} from '@dangjian/core';
import { describe, expect, it } from 'vitest';

// Quorum at every base, against tables counted by hand: 半数以上 (at least half) and 超过半数 (more
// than half) differ exactly at even bases, and a portal's two-thirds rule at multiples of three.
// The property in meeting-record.test.ts samples bases at random and rarely lands on a boundary.

const half: Fraction = { num: 1, den: 2, strict: false };
const moreThanHalf: Fraction = { num: 1, den: 2, strict: true };
const twoThirds: Fraction = { num: 2, den: 3, strict: false };
const moreThanTwoThirds: Fraction = { num: 2, den: 3, strict: true };

/** base → the fewest present that reach the fraction, counted by hand. */
const fewest: ReadonlyArray<[string, Fraction, readonly number[]]> = [
  //                                 base: 1  2  3  4  5  6  7  8  9  10 11 12
  ['half (半数以上)', half, /*          */ [1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6]],
  ['more than half (超过半数)', moreThanHalf, [1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7]],
  ['two thirds (三分之二以上)', twoThirds, [1, 2, 2, 3, 4, 4, 5, 6, 6, 7, 8, 8]],
  ['more than two thirds', moreThanTwoThirds, [1, 2, 3, 3, 4, 5, 5, 6, 7, 7, 8, 9]],
];

describe('a quorum at every base', () => {
  it.each(fewest)('%s: the fewest present, and one fewer does not reach it', (_, fraction, table) => {
    table.forEach((minimum, index) => {
      const base = index + 1;
      expect(fewestReaching(base, fraction), `base ${base}`).toBe(minimum);
      expect(reaches(minimum, base, fraction), `base ${base}, ${minimum} present`).toBe(true);
      expect(reaches(minimum - 1, base, fraction), `base ${base}, ${minimum - 1} present`).toBe(false);
      expect(reaches(base, base, fraction), `base ${base}, all present`).toBe(true);
    });
  });

  it('needs nobody of an empty base, so the engines refuse a base of zero themselves', () => {
    expect(fewestReaching(0, half)).toBe(0);
    expect(fewestReaching(0, moreThanHalf)).toBe(1);
  });
});

const orgs: Org[] = [
  { id: 'c1', name: '社区党委', kind: 'committee', subkind: 'community', parentId: null },
  { id: 'b1', name: '第一党支部', kind: 'branch', setting: 'residential', parentId: 'c1', committeeSize: 5 },
  { id: 'b2', name: '第二党支部', kind: 'branch', setting: 'residential', parentId: 'c1' },
];

const member = (id: string, relationOrgId: string, extra: Partial<Member> = {}): Member => ({
  id,
  name: `党员${id}`,
  gender: 'female',
  birthDate: '1970-01-01',
  stage: 'full',
  relationOrgId,
  managingOrgId: relationOrgId,
  ...extra,
});

// b1: four voting members (f1–f4); a probationary, a suspended and a transferred-out member who do
// not vote; x1 votes in b2.
const street = snapshotFromRecords('320402', 1, {
  orgs,
  members: [
    member('f1', 'b1'),
    member('f2', 'b1'),
    member('f3', 'b1', { status: 'active' }),
    member('f4', 'b1'),
    member('p1', 'b1', { stage: 'probationary' }),
    member('s1', 'b1', { status: 'suspended' }),
    member('t1', 'b1', { status: 'transferredOut' }),
    member('x1', 'b2'),
  ],
});

type QuorumMeeting = Pick<Meeting, 'kind' | 'orgId' | 'attendance' | 'votes'>;
const present = (...ids: string[]): Meeting['attendance'] => ids.map((memberId) => ({ memberId, mode: 'onSite' }));
const assembly = (attendance: Meeting['attendance'], votes: Meeting['votes'] = []): QuorumMeeting => ({
  kind: 'assembly',
  orgId: 'b1',
  attendance,
  votes,
});
const admission = { id: 'v1', kind: 'admitProbationary', motion: '接收预备党员', yes: 3, no: 0, abstain: 0 } as const;

describe('whose presence counts', () => {
  it('counts the full, active members of the org as voters, nobody else', () => {
    expect(
      votingMembers(street, 'b1')
        .map((each) => each.id)
        .sort(),
    ).toEqual(['f1', 'f2', 'f3', 'f4']);
    expect(votingMembers(street, 'b2').map((each) => each.id)).toEqual(['x1']);
  });

  it('an assembly counts only its voters present: half of four is two', () => {
    const nonVoters = quorumOf(assembly(present('f1', 'p1', 's1', 't1', 'x1')), street)!;
    expect(nonVoters).toMatchObject({ base: 4, present: 1, required: 2, met: false });
    expect(nonVoters.rule.id).toBe('meetings.assembly.quorum');
    expect(quorumOf(assembly(present('f1', 'f2')), street)).toMatchObject({ present: 2, required: 2, met: true });
  });

  it('an assembly admitting a probationary member needs more than half: two of four is not enough', () => {
    const two = quorumOf(assembly(present('f1', 'f2'), [admission]), street)!;
    expect(two).toMatchObject({ base: 4, present: 2, required: 3, met: false });
    expect(two.rule.id).toBe('development.admitProbationary.quorum');
    const general = { ...admission, kind: 'general' as const };
    expect(quorumOf(assembly(present('f1', 'f2'), [general]), street)!.rule.id).toBe('meetings.assembly.quorum');
  });

  it('a committee meeting counts against the committee’s seats, whoever attends', () => {
    const committee = (orgId: string, ids: string[]): QuorumMeeting => ({
      kind: 'committeeMeeting',
      orgId,
      attendance: present(...ids),
      votes: [],
    });
    const three = quorumOf(committee('b1', ['f1', 'f2', 'p1']), street)!;
    expect(three).toMatchObject({ base: 5, present: 3, required: 3, met: true });
    expect(three.rule.id).toBe('meetings.committeeMeeting.quorum');
    expect(quorumOf(committee('b1', ['f1', 'f2']), street)).toMatchObject({ required: 3, met: false });
    // No committee, or no such org: no seats, and nothing is decided without seats.
    expect(quorumOf(committee('b2', []), street)).toMatchObject({ base: 0, required: 0, met: false });
    expect(quorumOf(committee('gone', ['f1']), street)).toMatchObject({ base: 0, present: 1, met: false });
  });

  it('an assembly of an org without voters never has its quorum', () => {
    const empty = { kind: 'assembly' as const, orgId: 'c1', attendance: [], votes: [] };
    expect(quorumOf(empty, street)).toMatchObject({ base: 0, present: 0, required: 0, met: false });
  });

  it('other meetings (a 党课, a theme day, a group meeting) have no quorum', () => {
    for (const kind of ['lecture', 'themeDay', 'groupMeeting', 'lifeMeeting', 'review'] as const) {
      expect(quorumOf({ ...assembly(present('f1', 'f2', 'f3')), kind }, street), kind).toBeUndefined();
    }
  });
});

describe('a vote', () => {
  it('admitting a probationary member carries with more than half of the base; a general vote too', () => {
    expect(voteOutcome({ ...admission, yes: 2 }, 4)).toMatchObject({
      voteId: 'v1',
      yes: 2,
      required: 3,
      passed: false,
    });
    expect(voteOutcome({ ...admission, yes: 3 }, 4)).toMatchObject({ required: 3, passed: true });
    expect(voteOutcome({ ...admission, kind: 'general', yes: 2 }, 4)).toMatchObject({ required: 3, passed: false });
  });

  it('never carries without voters', () => {
    // One yes would reach the fewest of an empty base; without voters nothing carries.
    expect(voteOutcome({ ...admission, yes: 1 }, 0)).toMatchObject({ required: 1, passed: false });
    expect(voteOutcome({ ...admission, kind: 'general', yes: 1 }, 0)).toMatchObject({ passed: false });
  });
});
