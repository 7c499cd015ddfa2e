import {
  createRolePolicy,
  execute,
  ForbiddenError,
  liveClaimOf,
  snapshotFromRecords,
  snapshotToRecords,
  wishReport,
  wishSteps,
  type Snapshot,
  type Wish,
  ReadView,
  containsPiiShape,
  ValidationError,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scopedRecords, scopedTenant } from '../fixtures/scoped-street.js';
import { policyVerdict } from './fixtures.js';

// 微心愿: the lifecycle as a pure machine run by commands, its invariants under any sequence of
// commands, and the counts per community (漳州 城西社区 2015: 150 wishes claimed, 35 residents helped).

const at = (day: string) => `${day}T02:00:00.000Z`;
const as = (actorId: string, now: string, memberId?: string) => ({
  actor: { id: actorId, roles: [] as string[], ...(memberId && { memberId }) },
  now,
});

type Ctx = { readonly actor: { id: string; roles: string[]; memberId?: string; orgId?: string }; readonly now: string };

function run(snapshot: Snapshot, type: string, input: unknown, ctx: Ctx = as('staff', at('2026-03-01'))): Snapshot {
  const result = execute(snapshot, type, input, ctx);
  if (!result.ok) throw result.error;
  return result.value.snapshot;
}

/** The scoped street with m1, m2 and m3 reported to c1 (双报到) on `registeredOn`. */
function street(registeredOn = '2026-01-05'): Snapshot {
  let snapshot = snapshotFromRecords(scopedTenant, 1, scopedRecords);
  for (const memberId of ['m1', 'm2', 'm3']) {
    snapshot = run(snapshot, 'member.registerInCommunity', {
      id: `r-${memberId}`,
      memberId,
      communityOrgId: 'c1',
      registeredOn,
    });
  }
  return snapshot;
}

/** Adds b3's unit, reported to c1 on 2026-01-05. */
function withUnit(snapshot: Snapshot): Snapshot {
  return snapshotFromRecords(scopedTenant, 1, {
    ...snapshotToRecords(snapshot),
    units: [{ id: 'u1', name: '区税务局', kind: 'agency', communityOrgId: 'c1', orgId: 'b3', formation: 'standalone' }],
    unitRegistrations: [{ id: 'ur1', unitId: 'u1', communityOrgId: 'c1', registeredOn: '2026-01-05' }],
  });
}

function openWish(snapshot: Snapshot, id: string, residentId: string, day = '2026-03-01'): Snapshot {
  let next = run(snapshot, 'wish.post', { id, communityOrgId: 'c1', title: `心愿${id}` }, as(residentId, at(day)));
  next = run(next, 'wish.review', { wishId: id }, as('staff', at(day)));
  return run(next, 'wish.publish', { wishId: id }, as('staff', at(day)));
}

describe('wishes', () => {
  it('go posted → reviewed → open → claimed → fulfilled, only when the resident confirms', () => {
    let snapshot = openWish(street(), 'w', 'resident-1');
    expect(snapshot.wishes.get('w')).toMatchObject({ state: 'open', residentId: 'resident-1' });
    const claim = { wishId: 'w', claimId: 'c1', claimant: { kind: 'member', memberId: 'm1' } };
    snapshot = run(snapshot, 'wish.claim', claim, as('m1-account', at('2026-03-02'), 'm1'));
    expect(snapshot.wishes.get('w')!.state).toBe('claimed');
    snapshot = run(snapshot, 'wish.confirm', { wishId: 'w' }, as('resident-1', at('2026-03-05')));
    expect(snapshot.wishes.get('w')).toMatchObject({ state: 'fulfilled', fulfilledAt: at('2026-03-05') });
    const again = execute(
      snapshot,
      'wish.withdraw',
      { wishId: 'w', reason: '不需要了' },
      as('resident-1', at('2026-03-06')),
    );
    expect(!again.ok && again.error.rule?.id).toBe('wish.lifecycle');
  });

  it('reopen when a claim is given up, and expire only after their last day', () => {
    let snapshot = run(street(), 'wish.post', {
      id: 'w',
      communityOrgId: 'c1',
      title: '买药',
      expiresOn: '2026-03-10',
    });
    snapshot = run(run(snapshot, 'wish.review', { wishId: 'w' }), 'wish.publish', { wishId: 'w' });
    snapshot = run(snapshot, 'wish.claim', {
      wishId: 'w',
      claimId: 'c1',
      claimant: { kind: 'member', memberId: 'm2' },
    });
    snapshot = run(snapshot, 'wish.cancelClaim', { wishId: 'w', reason: '出差' });
    expect(snapshot.wishes.get('w')!.state).toBe('open');
    expect(liveClaimOf(snapshot.wishes.get('w')!)).toBeUndefined();
    // On its last day (Asia/Shanghai) it is still open: 2026-03-10T15:59Z is 23:59 in Shanghai.
    const early = execute(snapshot, 'wish.expire', { wishId: 'w' }, as('staff', '2026-03-10T15:59:00.000Z'));
    expect(!early.ok && early.error.rule?.id).toBe('wish.expiresOnItsDay');
    snapshot = run(snapshot, 'wish.expire', { wishId: 'w' }, as('staff', '2026-03-10T16:00:00.000Z'));
    expect(snapshot.wishes.get('w')!.state).toBe('expired');
  });

  it('never hold two live claims, nor a claimant more than allowed, under any sequence of commands (property)', () => {
    const wishIds = ['a', 'b', 'c', 'd', 'e'];
    const base = wishIds.reduce((snapshot, id) => openWish(snapshot, id, `resident-${id}`), street());
    const command = fc.oneof(
      fc.record({
        type: fc.constant('wish.claim'),
        wishId: fc.constantFrom(...wishIds),
        memberId: fc.constantFrom('m1', 'm2', 'm3', 'm4'),
      }),
      fc.record({
        type: fc.constantFrom('wish.cancelClaim', 'wish.confirm', 'wish.expire'),
        wishId: fc.constantFrom(...wishIds),
      }),
      fc.record({ type: fc.constant('wish.withdraw'), wishId: fc.constantFrom(...wishIds) }),
    );
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
        let snapshot = base;
        commands.forEach((command, index) => {
          const input =
            command.type === 'wish.claim'
              ? {
                  wishId: command.wishId,
                  claimId: `k${index}`,
                  claimant: { kind: 'member', memberId: (command as { memberId: string }).memberId },
                }
              : command.type === 'wish.withdraw'
                ? { wishId: command.wishId, reason: '撤回' }
                : { wishId: command.wishId };
          const result = execute(snapshot, command.type, input, as('staff', at('2026-03-03')));
          if (result.ok) snapshot = result.value.snapshot;
        });
        const wishes: Wish[] = [...snapshot.wishes.values()];
        const held = new Map<string, number>();
        for (const wish of wishes) {
          const live = wish.claims.filter((claim) => claim.cancelledAt === undefined);
          // The oracle: the state says whether a claim stands, and never two at once.
          expect(live.length).toBeLessThanOrEqual(1);
          if (wish.state === 'open') expect(live).toHaveLength(0);
          if (wish.state === 'claimed') {
            expect(live).toHaveLength(1);
            const claimant = live[0]!.claimant as { memberId: string };
            held.set(claimant.memberId, (held.get(claimant.memberId) ?? 0) + 1);
          }
          // m4 never reported to c1, so never holds one.
          expect(live.some((claim) => (claim.claimant as { memberId: string }).memberId === 'm4')).toBe(false);
          expect(wishSteps[wish.state]).toBeDefined();
        }
        for (const count of held.values()) expect(count).toBeLessThanOrEqual(3);
      }),
      { numRuns: 150 },
    );
  });
});

describe('wish counts', () => {
  it('reproduce 城西社区 2015: 150 wishes claimed by reported members, 35 distinct residents helped', () => {
    let snapshot = street('2015-01-05');
    // 150 wishes from 35 residents (the first 10 post five each, the other 25 four each), each
    // claimed by a reported member and confirmed within 2015.
    const residents = Array.from({ length: 35 }, (_, index) => `resident-${index + 1}`);
    const postsBy = residents.flatMap((resident, index) => Array.from({ length: index < 10 ? 5 : 4 }, () => resident));
    expect(postsBy).toHaveLength(150);
    postsBy.forEach((resident, index) => {
      const id = `cx${index}`;
      const month = String((index % 12) + 1).padStart(2, '0');
      const day = `2015-${month}-10`;
      snapshot = openWish(snapshot, id, resident, day);
      const memberId = ['m1', 'm2', 'm3'][index % 3]!;
      const claimant = { kind: 'member', memberId };
      snapshot = run(
        snapshot,
        'wish.claim',
        { wishId: id, claimId: `c-${id}`, claimant },
        as(memberId, at(day), memberId),
      );
      snapshot = run(snapshot, 'wish.confirm', { wishId: id }, as(resident, at(`2015-${month}-20`)));
    });
    const report = wishReport(snapshot, { orgId: 'street', from: '2015-01-01', to: '2016-01-01' });
    expect(report.data.communities).toEqual([
      { communityOrgId: 'c1', posted: 150, claimed: 150, fulfilled: 150, residentsHelped: 35 },
    ]);
  });

  it('count by the day of each step, in half-open periods (Asia/Shanghai)', () => {
    let snapshot = openWish(street(), 'w', 'resident-1', '2026-03-31');
    // Claimed at 2026-03-31T16:30Z: already 1 April in Shanghai.
    const claimant = { kind: 'member', memberId: 'm1' };
    snapshot = run(
      snapshot,
      'wish.claim',
      { wishId: 'w', claimId: 'c', claimant },
      as('staff', '2026-03-31T16:30:00.000Z'),
    );
    const march = wishReport(snapshot, { orgId: 'c1', from: '2026-03-01', to: '2026-04-01' }).data.communities[0]!;
    const april = wishReport(snapshot, { orgId: 'c1', from: '2026-04-01', to: '2026-05-01' }).data.communities[0]!;
    expect([march.posted, march.claimed, april.posted, april.claimed]).toEqual([1, 0, 0, 1]);
    // A claim given up no longer counts as claimed.
    snapshot = run(snapshot, 'wish.cancelClaim', { wishId: 'w' }, as('staff', '2026-04-02T02:00:00.000Z'));
    expect(
      wishReport(snapshot, { orgId: 'c1', from: '2026-04-01', to: '2026-05-01' }).data.communities[0]!.claimed,
    ).toBe(0);
  });
});

describe('wish counts at the period’s edges (review)', () => {
  /** One wish posted and claimed on 1 March, fulfilled at `fulfilledAt`. */
  function fulfilledAt(fulfilledAt: string): Snapshot {
    const snapshot = run(
      openWish(street(), 'w', 'resident-1'),
      'wish.claim',
      { wishId: 'w', claimId: 'c', claimant: { kind: 'member', memberId: 'm1' } },
      as('m1-account', at('2026-03-01'), 'm1'),
    );
    return run(snapshot, 'wish.confirm', { wishId: 'w' }, as('resident-1', fulfilledAt));
  }
  const fulfilledIn = (snapshot: Snapshot, from: string, to: string) =>
    wishReport(snapshot, { orgId: 'c1', from, to }).data.communities[0]?.fulfilled ?? 0;

  it('compare instants when a bound is an instant: 03-05 01:30 Shanghai lies before 03-05 12:00', () => {
    const snapshot = fulfilledAt('2026-03-04T17:30:00.000Z');
    expect(fulfilledIn(snapshot, '2026-03-01', '2026-03-05T12:00:00+08:00')).toBe(1);
    expect(fulfilledIn(snapshot, '2026-03-01', '2026-03-05T01:30:00+08:00')).toBe(0);
    expect(fulfilledIn(snapshot, '2026-03-05T01:30:00+08:00', '2026-03-06')).toBe(1);
    expect(fulfilledIn(snapshot, '2026-03-05', '2026-03-06')).toBe(1);
  });

  it('refuse an unknown org and a period that ends before it starts, with typed errors naming the field', () => {
    const snapshot = street();
    const refusedWith = (query: { orgId: string; from: string; to: string }) => {
      try {
        wishReport(snapshot, query);
      } catch (error) {
        return error instanceof ValidationError ? [error.code, error.field, error.text.en] : error;
      }
      return 'no error';
    };
    expect(refusedWith({ orgId: 'nope', from: '2026-01-01', to: '2026-03-06' })).toEqual([
      'wish.unknownOrg',
      'orgId',
      'There is no org with id "nope" to count wishes for',
    ]);
    expect(refusedWith({ orgId: 'c1', from: '2026-12-01', to: '2026-01-01' })).toEqual([
      'wish.periodReversed',
      'to',
      'The period starts at 2026-12-01, after its end 2026-01-01',
    ]);
    expect((refusedWith({ orgId: 'c1', from: 'garbage', to: '2026-03-06' }) as unknown[]).slice(0, 2)).toEqual([
      'calendar.invalidInstant',
      'from',
    ]);
  });

  it('count a wish exactly when from ≤ its fulfilment < to, on instants (property)', () => {
    const minute = 60_000;
    const base = Date.parse('2026-03-02T00:00:00.000Z');
    const instant = fc
      .integer({ min: 0, max: 20 * 24 * 60 })
      .map((minutes) => new Date(base + minutes * minute).toISOString());
    fc.assert(
      fc.property(instant, instant, instant, (done, a, b) => {
        const [from, to] = Date.parse(a) <= Date.parse(b) ? [a, b] : [b, a];
        const expected = Date.parse(from) <= Date.parse(done) && Date.parse(done) < Date.parse(to) ? 1 : 0;
        expect(fulfilledIn(fulfilledAt(done), from, to)).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });
});

describe('personal data in wishes (review: residents read every wish unmasked)', () => {
  it('refuses an ID-number or phone shape in a wish’s title or description, naming the field, never echoing it', () => {
    const cases: [string, Record<string, string>, string][] = [
      ['title', { title: '请联系13912345678' }, 'title'],
      ['description', { title: '换灯泡', description: '身份证110101199003078515，请上门' }, 'description'],
    ];
    for (const [, text, field] of cases) {
      const posted = execute(
        street(),
        'wish.post',
        { id: 'w', communityOrgId: 'c1', ...text },
        as('resident-1', at('2026-03-01')),
      );
      expect(!posted.ok && [posted.error.code, posted.error.field]).toEqual(['wish.personalDataInText', field]);
      expect(!posted.ok && JSON.stringify(posted.error.text)).not.toMatch(/\d{11}/);
    }
  });

  it('never shows a resident an ID or phone shape in any wish, whatever residents type (property)', () => {
    const policy = createRolePolicy();
    // Plain digits, and numbers shaped like a mobile (1[3-9] and nine more) that residents do type.
    const digits = fc.oneof(fc.stringMatching(/^[0-9]{0,20}$/), fc.stringMatching(/^1[3-9][0-9]{9}$/));
    const text = fc
      .tuple(fc.constantFrom('换灯泡', '修水管', '电话'), digits)
      .map(([word, number]) => `${word}${number}`);
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.option(text, { nil: undefined })), { maxLength: 5 }), (wishes) => {
        let snapshot = street();
        wishes.forEach(([title, description], index) => {
          const input = {
            id: `w${index}`,
            communityOrgId: 'c1',
            title,
            ...(description !== undefined && { description }),
          };
          const posted = execute(snapshot, 'wish.post', input, as('resident-1', at('2026-03-01')));
          if (posted.ok) snapshot = posted.value.snapshot;
        });
        // The poster sees their own wishes at every stage: the widest resident view of them.
        const view = new ReadView(policy, { id: 'resident-1', roles: ['resident'] }, snapshot);
        const shown = [...snapshot.wishes.values()].map((wish) => view.show('wishes', wish));
        expect(shown.every((wish) => wish !== undefined)).toBe(true);
        expect(containsPiiShape(JSON.stringify(shown))).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
});

describe('who may read a wish (default roles)', () => {
  it('shows other residents a wish only once the community published it; its poster sees it at every stage', () => {
    const policy = createRolePolicy();
    const [poster, neighbour] = [
      { id: 'resident-1', roles: ['resident'] },
      { id: 'resident-2', roles: ['resident'] },
    ];
    const sees = (actor: typeof poster, snapshot: Snapshot) =>
      new ReadView(policy, actor, snapshot).show('wishes', snapshot.wishes.get('w')!) !== undefined;
    let snapshot = run(
      street(),
      'wish.post',
      { id: 'w', communityOrgId: 'c1', title: '换灯泡' },
      as('resident-1', at('2026-03-01')),
    );
    expect([sees(poster, snapshot), sees(neighbour, snapshot)]).toEqual([true, false]);
    snapshot = run(snapshot, 'wish.review', { wishId: 'w' }, as('c1-committee', at('2026-03-01')));
    expect([sees(poster, snapshot), sees(neighbour, snapshot)]).toEqual([true, false]);
    snapshot = run(snapshot, 'wish.publish', { wishId: 'w' }, as('c1-committee', at('2026-03-01')));
    expect(snapshot.wishes.get('w')!.state).toBe('open');
    expect([sees(poster, snapshot), sees(neighbour, snapshot)]).toEqual([true, true]);
  });
});

describe('who may act on a wish (default roles)', () => {
  const refusal = (
    snapshot: Snapshot,
    type: string,
    input: unknown,
    actor: { id: string; roles: string[]; memberId?: string; orgId?: string },
  ) => policyVerdict(createRolePolicy(), snapshot, type, input, { actor, now: at('2026-03-02') });
  const resident = (id: string) => ({ id, roles: ['resident'] });

  it('lets a resident post and confirm their own wish, never another resident’s', () => {
    const posting = { id: 'w', communityOrgId: 'c1', title: '换灯泡' };
    expect(refusal(street(), 'wish.post', posting, resident('resident-1'))).toBeUndefined();
    let snapshot = openWish(street(), 'w', 'resident-1');
    snapshot = run(snapshot, 'wish.claim', { wishId: 'w', claimId: 'c', claimant: { kind: 'member', memberId: 'm1' } });
    expect(refusal(snapshot, 'wish.confirm', { wishId: 'w' }, resident('resident-1'))).toBeUndefined();
    expect(refusal(snapshot, 'wish.confirm', { wishId: 'w' }, resident('resident-2'))).toBeInstanceOf(ForbiddenError);
    // Reviewing is the community's: not even the poster reviews their own wish.
    const posted = run(street(), 'wish.post', posting, as('resident-1', at('2026-03-01')));
    expect(refusal(posted, 'wish.review', { wishId: 'w' }, resident('resident-1'))).toBeInstanceOf(ForbiddenError);
  });

  it('lets a member claim in their own name', () => {
    const snapshot = openWish(street(), 'w', 'resident-1');
    const claim = { wishId: 'w', claimId: 'c', claimant: { kind: 'member', memberId: 'm1' } };
    expect(refusal(snapshot, 'wish.claim', claim, { id: 'a1', roles: ['member'], memberId: 'm1' })).toBeUndefined();
    const forOther = execute(snapshot, 'wish.claim', claim, as('a2', at('2026-03-02'), 'm2'));
    expect(!forOther.ok && forOther.error.rule?.id).toBe('wish.claimForOneself');
  });

  it('lets only the live claimant or staff give a claim up, never another member (review: any member cancelled any claim)', () => {
    const snapshot = run(
      openWish(street(), 'w', 'resident-1'),
      'wish.claim',
      { wishId: 'w', claimId: 'c', claimant: { kind: 'member', memberId: 'm1' } },
      as('m1-account', at('2026-03-02'), 'm1'),
    );
    const cancel = { wishId: 'w' };
    const byOther = execute(snapshot, 'wish.cancelClaim', cancel, as('m2-account', at('2026-03-02'), 'm2'));
    expect(!byOther.ok && [byOther.error.rule?.id, byOther.error.field]).toEqual([
      'wish.claimForOneself',
      'claimant.memberId',
    ]);
    // A member of another community, and a unit org's account, are refused alike.
    const byStranger = execute(snapshot, 'wish.cancelClaim', cancel, as('m4-account', at('2026-03-02'), 'm4'));
    expect(!byStranger.ok && byStranger.error.rule?.id).toBe('wish.claimForOneself');
    const unitActor = { id: 'unit-1', roles: ['unitOrg'], orgId: 'b3' };
    const byUnit = execute(snapshot, 'wish.cancelClaim', cancel, { actor: unitActor, now: at('2026-03-02') });
    expect(!byUnit.ok && byUnit.error.rule?.id).toBe('wish.claimForOneself');
    expect(refusal(snapshot, 'wish.cancelClaim', cancel, { id: 'a1', roles: ['member'], memberId: 'm1' })).toBe(
      undefined,
    );
    const committee = {
      actor: { id: 'c1-committee', roles: ['communityCommittee'], orgId: 'c1' },
      now: at('2026-03-02'),
    };
    expect(execute(snapshot, 'wish.cancelClaim', cancel, committee).ok).toBe(true);
    expect(policyVerdict(createRolePolicy(), snapshot, 'wish.cancelClaim', cancel, committee)).toBeUndefined();
  });

  it('lets only a unit org’s own account, or staff, claim in that org’s name (review: a member claimed as any unit org)', () => {
    const snapshot = withUnit(openWish(street(), 'w', 'resident-1'));
    const asUnitOrg = { wishId: 'w', claimId: 'c', claimant: { kind: 'unitOrg', orgId: 'b3' } };
    const byMember = execute(snapshot, 'wish.claim', asUnitOrg, as('m2-account', at('2026-03-02'), 'm2'));
    expect(!byMember.ok && [byMember.error.rule?.id, byMember.error.field]).toEqual([
      'wish.claimForOneself',
      'claimant.orgId',
    ]);
    const unitActor = { id: 'unit-1', roles: ['unitOrg'], orgId: 'b3' };
    const asMemberM1 = { wishId: 'w', claimId: 'c', claimant: { kind: 'member', memberId: 'm1' } };
    const unitForMember = execute(snapshot, 'wish.claim', asMemberM1, { actor: unitActor, now: at('2026-03-02') });
    expect(!unitForMember.ok && unitForMember.error.field).toBe('claimant.memberId');
    expect(execute(snapshot, 'wish.claim', asUnitOrg, { actor: unitActor, now: at('2026-03-02') }).ok).toBe(true);
  });

  it('lets a reported unit org claim a wish and give it up under the default roles (issue 13: members or unit orgs claim)', () => {
    const snapshot = withUnit(openWish(street(), 'w', 'resident-1'));
    const unitActor = { id: 'unit-1', roles: ['unitOrg'], orgId: 'b3' };
    const claim = { wishId: 'w', claimId: 'c', claimant: { kind: 'unitOrg', orgId: 'b3' } };
    expect(refusal(snapshot, 'wish.claim', claim, unitActor)).toBeUndefined();
    const claimed = run(snapshot, 'wish.claim', claim, { actor: unitActor, now: at('2026-03-02') });
    expect(refusal(claimed, 'wish.cancelClaim', { wishId: 'w' }, unitActor)).toBeUndefined();
    // Residents still neither claim nor give a claim up.
    expect(refusal(claimed, 'wish.cancelClaim', { wishId: 'w' }, resident('resident-1'))).toBeInstanceOf(
      ForbiddenError,
    );
  });

  it('refuses a claim before the claimant’s registration day (review: registeredOn was ignored)', () => {
    let snapshot = openWish(snapshotFromRecords(scopedTenant, 1, scopedRecords), 'w', 'resident-1');
    snapshot = run(snapshot, 'member.registerInCommunity', {
      id: 'r-late',
      memberId: 'm1',
      communityOrgId: 'c1',
      registeredOn: '2026-12-01',
    });
    const claim = { wishId: 'w', claimId: 'c', claimant: { kind: 'member', memberId: 'm1' } };
    const early = execute(snapshot, 'wish.claim', claim, as('m1-account', at('2026-03-02'), 'm1'));
    expect(!early.ok && early.error.rule?.id).toBe('wish.claimantRegistered');
    // 2026-11-30T16:00Z is already 1 December in Shanghai: the registration day itself counts.
    expect(execute(snapshot, 'wish.claim', claim, as('m1-account', '2026-11-30T16:00:00.000Z', 'm1')).ok).toBe(true);
  });
});
